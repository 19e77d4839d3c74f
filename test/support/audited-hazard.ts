import { randomUUID } from 'node:crypto';
import { calendar } from '@redress/complaint-stream';
import { handleCommand, type EventStore } from '@redress/event-store';
import {
  hazardDecider,
  hazardPolicies,
  hazardSerializer,
  hazardStream,
} from '@redress/hazard-stream';
import type { HazardCommand } from '@redress/hazards';
import { hazardCommands as h } from '@redress/hazards/testing';

/**
 * A significant damp and mould case (SI 2025/1042) with one back-dated step. The landlord became
 * aware on Monday 2 March 2026 at 10:00; the investigation concluded on Thursday 12 March, within
 * the 10 working days of reg. 6 (due Monday 16 March), but the surveyor's report was only entered
 * on Wednesday 18 March. On 17 March the record showed the investigation overdue; in business
 * time it had been met.
 */
export function auditedHazardSteps(id: string): { recordedAt: string; command: HazardCommand }[] {
  const at = (recordedAt: string, command: HazardCommand) => ({
    recordedAt,
    command: { ...command, hazardId: id } as HazardCommand,
  });
  return [
    at('2026-03-02T10:00:00Z', h.report()),
    at('2026-03-02T11:00:00Z', h.classify()),
    at(
      '2026-03-18T10:00:00Z',
      h.conclude({
        at: '2026-03-12T15:00:00Z',
        backdateReason: "Surveyor's report received on paper; entered after the visit",
      }),
    ),
    at('2026-03-18T11:00:00Z', h.summary()),
  ];
}

/** Records the steps through the same command handler the api uses, the clock at each step. */
export async function recordAuditedHazard(
  store: EventStore,
  id: string = randomUUID(),
): Promise<{ id: string }> {
  for (const [n, step] of auditedHazardSteps(id).entries()) {
    const now = () => new Date(step.recordedAt);
    await handleCommand(
      hazardDecider,
      {
        stream: hazardStream(id),
        command: step.command,
        context: () => ({
          now: now(),
          actor: { id: 'olivia', role: 'officer' },
          policies: hazardPolicies,
          calendar,
        }),
        metadata: {
          commandId: `${id}-hazard-step-${n}`,
          correlationId: `${id}-hazard-fixture`,
          causationId: `${id}-hazard-step-${n}`,
          actor: { id: 'olivia', role: 'officer' },
        },
      },
      { store, serializer: hazardSerializer, now },
    );
  }
  return { id };
}
