import { commands as c, Scenario } from '@redress/complaints/testing';
import { MemoryEventStore } from '@redress/event-store';
import { HAZARD_HISTORIES, hazardCommands as h } from '@redress/hazards/testing';
import { historyOf, requestCommands as r } from '@redress/service-requests/testing';
import { customPeriod } from '../../periods/reporting-period';
import { ComplaintProjector } from '../../projector/complaint-projector';
import type { ReadModelConnection } from '../../schema/open-read-model-database';
import { appendHistory, testRowContext, testSerializer } from '../../testing/append-history';
import {
  appendHazardHistory,
  appendServiceRequestHistory,
} from '../../testing/append-case-history';
import { openTestReadModels } from '../../testing/test-read-models';
import { offersToComplain } from '../offers-to-complain.query';
import { repeatIssuesReport } from '../repeat-issues.query';
import { hazardCompliance } from './hazard-compliance.query';
import { hazardsLinkedToComplaints } from './hazard-links.query';
import { openHazards } from './open-hazards.query';
import { repeatHazards } from './repeat-hazards.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../../test/support/read-model-dialects';

// The suite runs on a real PostgreSQL too: slow on a busy two-core machine.
jest.setTimeout(60_000);

/**
 * Damp and mould cases aware Mon 2 Mar 2026 (one worked through in time, one investigated late,
 * one not yet investigated), a gas emergency aware Sun 24 May 2026, one closed, one out of scope,
 * one reported inside complaint c-7, and one at another property; judged on Mon 1 Jun 2026.
 */
const PERIOD = customPeriod('2026-03-01', '2026-06-30');
const AS_OF = '2026-06-01';

describe.each(READ_MODEL_DIALECTS)('hazard reports and repeat issues, on %s', (dialect) => {
  useReadModelDialect(dialect);
  let rm: ReadModelConnection;

  beforeAll(async () => {
    const store = new MemoryEventStore();
    const hazards = {
      'h-done': HAZARD_HISTORIES.worksDone(),
      'h-late': HAZARD_HISTORIES.investigating().at('2026-03-20T09:00:00Z', h.conclude()),
      'h-open': HAZARD_HISTORIES.investigating(),
      'h-gas': HAZARD_HISTORIES.emergencyInvestigating(),
      'h-closed': HAZARD_HISTORIES['closed.resolved'](),
      'h-so': HAZARD_HISTORIES.outOfScope(),
      'h-in-complaint': HAZARD_HISTORIES.new().at(
        '2026-03-02T09:00:00Z',
        h.report({ route: 'COMPLAINT', complaintId: 'c-7' }),
      ),
      'h-elsewhere': HAZARD_HISTORIES.new().at(
        '2026-04-01T09:00:00Z',
        h.report({ propertyRef: 'P-300', residentRef: 'R-300' }),
      ),
    };
    for (const [id, scenario] of Object.entries(hazards))
      await appendHazardHistory(store, id, scenario.events);
    await appendHistory(store, 'c-7', Scenario.start().on('2026-03-02', c.log()).events);
    await appendServiceRequestHistory(
      store,
      'sr-1',
      historyOf(['2026-03-03', r.raise()], ['2026-03-04', r.offer()], ['2026-03-05', r.decline()]),
    );
    await appendServiceRequestHistory(
      store,
      'sr-2',
      historyOf(
        ['2026-03-06', r.raise({ propertyRef: 'P-300', residentRef: 'R-300' })],
        ['2026-03-09', r.offer()],
        ['2026-03-10', r.accept({ complaintId: 'c-8' })],
      ),
    );
    rm = await openTestReadModels();
    const projector = new ComplaintProjector({
      ...testRowContext,
      db: rm.db,
      store,
      serializer: testSerializer,
    });
    for (const event of await store.readAll()) await projector.handle(event);
  }, 60_000);

  it('hazard-clock compliance by step and hazard type, with each regulation', async () => {
    const report = await hazardCompliance(rm.db, PERIOD, AS_OF);
    const row = (step: string, type: string) =>
      report.rows.find((x) => x.step === step && x.hazardType === type);
    // Reg 6, due Mon 16 Mar: done in time by h-done and h-closed, late by h-late, not at all by h-open.
    expect(row('INVESTIGATION', 'DAMP_AND_MOULD')).toEqual({
      step: 'INVESTIGATION',
      provision: 'SI 2025/1042 Reg 6',
      hazardType: 'DAMP_AND_MOULD',
      metInTime: 2,
      missed: 2,
      missedStillOpen: 1,
      open: 0,
      cancelled: 0,
      metPercentage: 50,
      reasonableEndeavours: 0,
    });
    // Reg 9: h-late's summary fell due Wed 25 Mar and was never sent.
    expect(row('WRITTEN_SUMMARY', 'DAMP_AND_MOULD')).toMatchObject({
      provision: 'SI 2025/1042 Reg 9',
      metInTime: 2,
      missed: 1,
      missedStillOpen: 1,
    });
    expect(row('SAFETY_WORK', 'DAMP_AND_MOULD')).toMatchObject({
      provision: 'SI 2025/1042 Reg 11(2)(a)',
    });
    // The 24-hour emergency clocks ran out on Mon 25 May (a bank holiday) at 14:00 BST.
    expect(row('EMERGENCY_INVESTIGATION', 'UNCOMBUSTED_FUEL_GAS')).toMatchObject({
      metInTime: 0,
      missed: 1,
      missedStillOpen: 1,
    });
    // Judged before they fell due, the same clocks are open, not missed.
    const early = await hazardCompliance(rm.db, PERIOD, '2026-05-25');
    expect(early.rows.find((x) => x.step === 'EMERGENCY_MAKE_SAFE')).toMatchObject({
      open: 1,
      missed: 0,
    });
    expect(report.rows[0]!.step).toBe('EMERGENCY_INVESTIGATION');
  });

  it('open hazards by age since awareness, with the next step due', async () => {
    const report = await openHazards(rm.db, AS_OF);
    expect(report.hazards.map((x) => [x.hazardId, x.ageDays])).toEqual([
      ['h-done', 91],
      ['h-in-complaint', 91],
      ['h-late', 91],
      ['h-open', 91],
      ['h-elsewhere', 61],
      ['h-gas', 8],
    ]);
    expect(report.buckets).toEqual([
      { label: '0 to 7 days', count: 0 },
      { label: '8 to 28 days', count: 1 },
      { label: '29 to 90 days', count: 1 },
      { label: 'over 90 days', count: 4 },
    ]);
    expect(report.hazards.find((x) => x.hazardId === 'h-open')!.nextStep).toEqual({
      step: 'INVESTIGATION',
      provision: 'SI 2025/1042 Reg 6',
      dueOn: '2026-03-16',
    });
    expect(report.hazards.find((x) => x.hazardId === 'h-in-complaint')!.nextStep).toBeNull();
  });

  it('hazards linked to complaints: the one reported inside complaint c-7', async () => {
    const report = await hazardsLinkedToComplaints(rm.db, PERIOD);
    expect(report).toMatchObject({
      hazards: 8,
      linkedToComplaints: 1,
      linkedPercentage: 12.5,
      reportedInComplaints: 1,
      links: [
        {
          hazardId: 'h-in-complaint',
          complaintId: 'c-7',
          linkedOn: '2026-03-02',
          reportedInComplaint: true,
          hazardStatus: 'awaitingClassification',
          complaintStatus: 'received',
        },
      ],
    });
  });

  it('repeat hazards at one property: seven at P-200, none at P-300', async () => {
    const report = await repeatHazards(rm.db, PERIOD);
    expect(report.repeats).toHaveLength(1);
    expect(report.repeats[0]).toMatchObject({
      by: 'PROPERTY',
      ref: 'P-200',
      kinds: { HAZARD: 7, COMPLAINT: 0, SERVICE_REQUEST: 0 },
      firstOn: '2026-03-02',
      lastOn: '2026-05-24',
    });
    const sameType = await repeatHazards(rm.db, PERIOD, { byTopic: true });
    expect(sameType.repeats.map((x) => [x.topic, x.issues.length])).toEqual([
      ['DAMP_AND_MOULD', 4],
      ['', 2],
    ]);
  });

  it('repeat issues across service requests, complaints and hazards at one property', async () => {
    const atProperty = await repeatIssuesReport(rm.db, { period: PERIOD, propertyRef: 'P-200' });
    expect(atProperty.repeats.map((x) => [x.by, x.ref, x.kinds])).toEqual([
      ['PROPERTY', 'P-200', { SERVICE_REQUEST: 1, COMPLAINT: 1, HAZARD: 7 }],
    ]);
    const forResident = await repeatIssuesReport(rm.db, { period: PERIOD, residentRef: 'R-300' });
    expect(forResident.repeats.map((x) => [x.by, x.ref, x.issues.map((i) => i.id)])).toEqual([
      ['RESIDENT', 'R-300', ['sr-2', 'h-elsewhere']],
    ]);
    // Only the records before the period's end are read; none before 1 March repeats here.
    const earlier = await repeatIssuesReport(rm.db, {
      period: customPeriod('2026-01-01', '2026-02-28'),
    });
    expect(earlier.repeats).toEqual([]);
  });

  it('offers to complain made in the period, accepted and declined (CHC 1.3, 1.5)', async () => {
    expect(await offersToComplain(rm.db, PERIOD)).toEqual({
      provision: '1.3, 1.5',
      made: 2,
      accepted: 1,
      declined: 1,
      awaitingAnswer: 0,
      whileServiceRequestOpen: 2,
      offers: [
        expect.objectContaining({
          serviceRequestId: 'sr-1',
          status: 'DECLINED',
          offeredOn: '2026-03-04',
        }),
        expect.objectContaining({
          serviceRequestId: 'sr-2',
          status: 'ACCEPTED',
          complaintId: 'c-8',
          answeredOn: '2026-03-10',
        }),
      ],
    });
  });
});
