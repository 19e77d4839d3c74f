import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { projectHistories } from '../testing/project-histories';
import { HomesNotConfiguredError, tenantSatisfactionMeasures } from './tsm.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

/**
 * CH01 and CH02 worked examples (domain doc §9). Received Thu 17 Apr 2025; the Stage 1
 * acknowledgement is due Mon 28 Apr, and after a 22 Apr acknowledgement the response is due
 * Wed 7 May (Easter and 5 May are bank holidays).
 */
describe.each(READ_MODEL_DIALECTS)(
  'Tenant Satisfaction Measures CH01 and CH02, on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    const base = () => Scenario.start().on('2025-04-17', c.log());
    const histories = {
      onTime: HISTORIES['stage1.responded']().events,
      // Extension notified before the original date; the response beats the new date only.
      extended: base()
        .on('2025-04-22', c.acknowledge1())
        .on('2025-05-06', c.extend({ newDueOn: '2025-05-14' }))
        .on('2025-05-13', c.respond1(), 'alice').events,
      missed: base().on('2025-04-22', c.acknowledge1()).on('2025-05-09', c.respond1(), 'alice')
        .events,
      lateAcknowledgement: base()
        .on('2025-04-30', c.acknowledge1())
        .on('2025-05-02', c.respond1(), 'alice').events,
      escalated: HISTORIES['stage2.responded']().events, // Stage 2 within 20 working days
      withdrawn: HISTORIES.withdrawn().events,
      notAccepted: HISTORIES.notAccepted().events,
    };
    const options = (extensionsCountAsInTime: boolean) => ({
      homesByYear: { '2025/26': 1_000 },
      extensionsCountAsInTime,
    });

    it('counts an extended response as in time when the switch says so (the recommended rule)', async () => {
      const rm = await projectHistories(histories);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2025/26', options(true));
      expect(tsm.extensionsCountAsInTime).toBe(true);
      // Refused complaints are not received at Stage 1; a withdrawn one was.
      expect(tsm.ch01.stage1).toEqual({ complaints: 6, homes: 1000, per1000Homes: 6 });
      expect(tsm.ch01.stage2).toEqual({ complaints: 1, homes: 1000, per1000Homes: 1 });
      // onTime, extended and the escalated complaint's Stage 1; not missed, not the late acknowledgement.
      expect(tsm.ch02.stage1).toEqual({ responded: 5, withinTimescale: 3, percentage: 60 });
      expect(tsm.ch02.stage2).toEqual({ responded: 1, withinTimescale: 1, percentage: 100 });
      await rm.close();
    });

    it('and as late when it does not', async () => {
      const rm = await projectHistories(histories);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2025/26', options(false));
      expect(tsm.extensionsCountAsInTime).toBe(false);
      expect(tsm.ch02.stage1).toEqual({ responded: 5, withinTimescale: 2, percentage: 40 });
      await rm.close();
    });

    it('a year with nothing in it has no percentage rather than a made-up one', async () => {
      const rm = await projectHistories(histories);
      const tsm = await tenantSatisfactionMeasures(rm.db, '2024/25', {
        homesByYear: { '2024/25': 500 },
        extensionsCountAsInTime: true,
      });
      expect(tsm.ch01.stage1.complaints).toBe(0);
      expect(tsm.ch02.stage1).toEqual({ responded: 0, withinTimescale: 0, percentage: null });
      await rm.close();
    });

    it('refuses CH01 clearly when the number of homes is not configured for the year', async () => {
      const rm = await projectHistories(histories);
      const asked = tenantSatisfactionMeasures(rm.db, '2023/24', options(true));
      await expect(asked).rejects.toBeInstanceOf(HomesNotConfiguredError);
      await expect(asked).rejects.toThrow(/REDRESS_HOMES.*2023\/24/);
      await rm.close();
    });
  },
);
