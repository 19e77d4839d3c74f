import { fold } from '../../state/evolve';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES } from '../../testing/histories';
import { given } from '../../testing/specification';
import type { ComplaintEvent } from '../../events/complaint-event';

/** RSH TSM CH01–CH02 are reported by stock type, so each complaint records its tenure at receipt. */
describe('tenure (RSH TSM CH01–CH02 stock types)', () => {
  it('is recorded at receipt, LCRA when not given', () => {
    const [given1] = given([])
      .when(c.log({ tenure: 'LCHO' }), contextOn('2025-04-17'))
      .events();
    expect(given1?.data).toMatchObject({ tenure: 'LCHO' });
    const [defaulted] = given([]).when(c.log(), contextOn('2025-04-17')).events();
    expect(defaulted?.data).toMatchObject({ tenure: 'LCRA' });
  });

  it('refuses a tenure outside LCRA, LCHO and OTHER', () => {
    const refusal = given([])
      .when(c.log({ tenure: 'LEASEHOLD' as never }), contextOn('2025-04-17'))
      .refusal();
    expect(refusal).toBe('INVALID_COMMAND');
  });

  it('is corrected by a reasoned command that keeps the earlier value in the history', () => {
    const history = HISTORIES['stage1.responded']().events;
    const [event] = given(history).when(c.correctTenure(), contextOn('2025-05-20')).events();
    expect(event).toMatchObject({
      type: 'TenureCorrected',
      data: { tenure: 'LCHO', previousTenure: 'LCRA', reason: expect.any(String) },
    });
    const record = fold([...history, event as ComplaintEvent]).complaint!;
    expect(record.tenure).toBe('LCHO');
    // A correction is not a step of the complaint: the last step's date does not move.
    expect(record.lastStepOn).toBe(fold(history).complaint!.lastStepOn);
  });

  it('refuses a correction without a reason, or to the tenure already recorded', () => {
    const history = HISTORIES.received().events;
    const ctx = contextOn('2025-04-18');
    expect(
      given(history)
        .when(c.correctTenure({ reason: '  ' }), ctx)
        .refusal(),
    ).toBe('INVALID_COMMAND');
    expect(
      given(history)
        .when(c.correctTenure({ tenure: 'LCRA' }), ctx)
        .refusal(),
    ).toBe('TENURE_UNCHANGED');
  });

  it('reads a complaint stored before tenure was recorded as LCRA (docs/reports.md)', () => {
    const [received] = HISTORIES.received().events as ComplaintEvent[];
    const { tenure: _t, ...old } = received!.data as Record<string, unknown>;
    const record = fold([{ ...received, data: old } as unknown as ComplaintEvent]).complaint!;
    expect(record.tenure).toBe('LCRA');
  });
});
