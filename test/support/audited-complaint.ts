import { randomUUID } from 'node:crypto';
import type { ComplaintCommand } from '@redress/complaints';
import { commands as c } from '@redress/complaints/testing';
import type { EventStore } from '@redress/event-store';
import { executeComplaintCommand } from '../../apps/api/src/complaints/shared/execute-complaint-command';

/** One step of the audited complaint: the day it was recorded and who recorded it. */
export interface AuditStep {
  readonly recordedOn: string;
  readonly actor: string;
  readonly command: ComplaintCommand;
}

/**
 * A complaint that went through Stage 1, an extension, Stage 2, a back-dated entry and an
 * Ombudsman determination (England and Wales calendar of 2025: bank holidays 5 and 26 May).
 * The Stage 2 final response was sent on Thursday 12 June but only entered on Wednesday
 * 18 June, back-dated with a reason: on 17 June the record showed the response overdue
 * (due Monday 16 June), though in business time it had been met.
 */
export function auditedComplaintSteps(id: string, description?: string): AuditStep[] {
  const on = (recordedOn: string, command: ComplaintCommand, actor = 'officer-1') => ({
    recordedOn,
    actor,
    command: { ...command, complaintId: id } as ComplaintCommand,
  });
  return [
    on('2025-04-17', c.log(description === undefined ? {} : { description })),
    on('2025-04-22', c.acknowledge1()),
    on('2025-04-30', c.extend({ newDueOn: '2025-05-14' }), 'alice'),
    on('2025-05-12', c.respond1(), 'alice'),
    on('2025-05-14', c.requestEscalation()),
    on('2025-05-16', c.acknowledge2()),
    on(
      '2025-06-18',
      c.respond2({
        effectiveOn: '2025-06-12',
        backdateReason: 'Final response letter posted 12 June; entered late after leave',
      }),
      'bob',
    ),
    on('2025-06-19', c.close({ outcome: 'NOT_UPHELD' })),
    on('2025-07-01', c.referral()),
    on('2025-10-01', c.determination()),
  ];
}

/** Records the steps through the real command path, the clock at 10:00 UTC on each day. */
export async function recordAuditedComplaint(
  store: EventStore,
  id: string = randomUUID(),
  description?: string,
): Promise<{ id: string; steps: AuditStep[] }> {
  const steps = auditedComplaintSteps(id, description);
  for (const [n, step] of steps.entries()) {
    await executeComplaintCommand(step.command, {
      store,
      now: () => new Date(`${step.recordedOn}T10:00:00Z`),
      actor: { id: step.actor, role: 'officer' },
      commandId: `${id}-step-${n}`,
      correlationId: `${id}-audit-fixture`,
    });
  }
  return { id, steps };
}
