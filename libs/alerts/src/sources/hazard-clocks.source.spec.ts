import { randomUUID } from 'node:crypto';
import { calendar } from '@redress/complaint-stream';
import { MemoryEventStore } from '@redress/event-store';
import { hazardClocksOf, readHazardCase } from '@redress/hazard-stream';
import { HAZARD_HISTORIES } from '@redress/hazards/testing';
import type { ReadModelConnection } from '@redress/read-models';
import { projectIncrementally } from '@redress/read-models/testing/project-histories';
import type { DirectoryUser } from '@redress/users';
import { deriveAlerts } from '../derive/derive-alerts';
import { HazardClocksSource } from './hazard-clocks.source';
import { appendHazard } from '../../../../test/support/alerts/append-hazard';

const person = (id: string, managerId?: string): DirectoryUser => ({
  id,
  name: id === 'olivia' ? 'Olivia Officer' : 'Sam Manager',
  role: id === 'olivia' ? 'officer' : 'manager',
  passwordHash: '',
  mustChangePassword: false,
  disabled: false,
  managerId,
  alertChannels: { email: `${id}@example.org`, emailOn: true, webhookUrl: null, webhookOn: false },
});

const settings = {
  amberWorkingDays: 2,
  amberHours: 6,
  digestHour: 23,
  publicUrl: 'https://redress.example.org',
  emailEnabled: true,
};

describe('hazard clocks as an alert source (SI 2025/1042)', () => {
  const significant = '5a000000-0000-4000-8000-000000000001';
  const emergency = '5b000000-0000-4000-8000-000000000002';
  let store: MemoryEventStore;
  let rm: ReadModelConnection;
  const source = () => new HazardClocksSource(rm.db, store);

  beforeEach(async () => {
    store = new MemoryEventStore();
    // Damp and mould reported by phone Mon 2 March 2026 10:00, classified significant.
    await appendHazard(store, significant, HAZARD_HISTORIES.investigating().events, 'olivia');
    // A gas smell reported Sun 24 May 2026 14:00 BST, classified an emergency.
    await appendHazard(
      store,
      emergency,
      HAZARD_HISTORIES.emergencyInvestigating().events,
      'olivia',
    );
    rm = await projectIncrementally(store);
  });
  afterEach(() => rm.close());

  it('reports the reg 6 investigation, due 10 working days after awareness, owned by who recorded it', async () => {
    const open = await source().openObligations(new Date('2026-03-12T12:00:00Z'));
    const investigation = open.find((o) => o.caseId === significant && o.kind === 'INVESTIGATION');
    expect(investigation).toMatchObject({
      source: 'hazard',
      owner: 'olivia',
      dueOn: '2026-03-16',
      // Named by its home, as its page is headed, and linked to that page in the workbench.
      caseRef: 'P-200',
      path: `/web/hazards/${significant}`,
    });
    expect(investigation?.dueAt).toBeUndefined();
    expect(investigation?.provision).toMatch(/6/);
  });

  it('gives the officer and their manager an amber email two working days before the investigation is due', async () => {
    const now = new Date('2026-03-12T12:00:00Z');
    const drafts = deriveAlerts({
      obligations: await source().openObligations(now),
      people: [person('olivia', 'sam'), person('sam')],
      now,
      settings,
      calendar,
    });
    const amber = drafts.filter((d) => d.caseId === significant);
    expect(amber.map((d) => `${d.kind}:${d.recipient}:${d.channel}`).sort()).toEqual([
      'amber:olivia:email',
      'amber:sam:email',
    ]);
    expect(amber[0]!.message.subject).toMatch(
      /^Due soon: the hazard investigation for P-200, due Monday 16 March 2026$/,
    );
    // On 11 March three working days are left: not yet.
    const earlier = new Date('2026-03-11T12:00:00Z');
    expect(
      deriveAlerts({
        obligations: await source().openObligations(earlier),
        people: [person('olivia', 'sam'), person('sam')],
        now: earlier,
        settings,
        calendar,
      }).filter((d) => d.caseId === significant),
    ).toEqual([]);
  });

  it('counts an emergency in hours through the bank holiday weekend: amber 6 hours before the 24 are up', async () => {
    const emergencySource = source();
    const at = (instant: string) => emergencySource.openObligations(new Date(instant));
    const steps = (await at('2026-05-25T06:00:00Z')).filter((o) => o.caseId === emergency);
    expect(steps.map((s) => s.kind).sort()).toEqual([
      'EMERGENCY_INVESTIGATION',
      'EMERGENCY_MAKE_SAFE',
    ]);
    expect(steps[0]!.dueAt).toBe('2026-05-25T13:00:00.000Z');
    const people = [person('olivia', 'sam'), person('sam')];
    const derive = async (instant: string) =>
      deriveAlerts({
        obligations: await at(instant),
        people,
        now: new Date(instant),
        settings,
        calendar,
      })
        .filter((d) => d.caseId === emergency)
        .map((d) => d.kind);
    expect(await derive('2026-05-25T06:59:00Z')).toEqual([]);
    expect(new Set(await derive('2026-05-25T07:00:00Z'))).toEqual(new Set(['amber']));
    expect(new Set(await derive('2026-05-25T13:00:01Z'))).toEqual(new Set(['missed']));
  });

  it('gives the same open clocks as folding every stream would, for every kind of case', async () => {
    const all = new MemoryEventStore();
    const ids: string[] = [];
    for (const history of Object.values(HAZARD_HISTORIES)) {
      const events = history().events;
      if (events.length === 0) continue;
      const id = randomUUID();
      ids.push(id);
      await appendHazard(all, id, events, 'olivia');
    }
    const projected = await projectIncrementally(all);
    try {
      const fromReadModel = new HazardClocksSource(projected.db, all);
      // After every history's last step, as the notifier always asks: from the days after
      // the emergency's report to months later, when everything open is long overdue.
      for (const instant of [
        '2026-05-25T12:00:00Z',
        '2026-05-26T09:00:00Z',
        '2026-06-15T12:00:00Z',
        '2026-12-01T08:00:00Z',
      ]) {
        const now = new Date(instant);
        const expected: string[] = [];
        for (const id of ids) {
          const loaded = (await readHazardCase(all, id))!;
          for (const clock of hazardClocksOf(loaded.state, now))
            if ((clock.status === 'pending' || clock.status === 'missed') && !clock.completedAt)
              expected.push(`${id}:${clock.step}:${clock.dueAt ?? clock.dueOn}:olivia`);
        }
        const open = await fromReadModel.openObligations(now);
        expect(
          open.map((o) => `${o.caseId}:${o.kind}:${o.dueAt ?? o.dueOn}:${o.owner}`).sort(),
        ).toEqual(expected.sort());
        expect(expected.length).toBeGreaterThan(0);
      }
    } finally {
      await projected.close();
    }
  });
});
