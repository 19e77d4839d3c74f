import { repeatIssues, type IssueRef } from './repeat-issues';

const leak: IssueRef = {
  kind: 'SERVICE_REQUEST',
  id: 'sr-1',
  residentRef: 'R-1',
  propertyRef: 'P-1',
  raisedOn: '2026-01-10',
  topic: 'LEAK',
};
const leakComplaint: IssueRef = {
  kind: 'COMPLAINT',
  id: 'c-1',
  residentRef: 'R-1',
  propertyRef: 'P-1',
  raisedOn: '2026-02-01',
  topic: 'LEAK',
};
const mould: IssueRef = {
  kind: 'HAZARD',
  id: 'h-1',
  residentRef: 'R-1',
  propertyRef: 'P-1',
  raisedOn: '2026-03-01',
  topic: 'DAMP_AND_MOULD',
};

describe('repeat issues across service requests, complaints and hazards', () => {
  it('lists records at one property and for one resident, with the kinds counted', () => {
    expect(repeatIssues([mould, leak, leakComplaint])).toEqual([
      {
        by: 'PROPERTY',
        ref: 'P-1',
        issues: [leak, leakComplaint, mould],
        kinds: { SERVICE_REQUEST: 1, COMPLAINT: 1, HAZARD: 1 },
        firstOn: '2026-01-10',
        lastOn: '2026-03-01',
      },
      {
        by: 'RESIDENT',
        ref: 'R-1',
        issues: [leak, leakComplaint, mould],
        kinds: { SERVICE_REQUEST: 1, COMPLAINT: 1, HAZARD: 1 },
        firstOn: '2026-01-10',
        lastOn: '2026-03-01',
      },
    ]);
  });

  it('by topic: only the two leak records repeat each other', () => {
    const repeats = repeatIssues([mould, leak, leakComplaint], { byTopic: true });
    expect(repeats.map((r) => [r.by, r.ref, r.topic, r.issues.map((i) => i.id)])).toEqual([
      ['PROPERTY', 'P-1', 'LEAK', ['sr-1', 'c-1']],
      ['RESIDENT', 'R-1', 'LEAK', ['sr-1', 'c-1']],
    ]);
  });

  it('a resident who moved home repeats across properties; the properties do not', () => {
    const moved = { ...leakComplaint, propertyRef: 'P-2' };
    expect(repeatIssues([leak, moved]).map((r) => [r.by, r.ref])).toEqual([['RESIDENT', 'R-1']]);
  });

  it('records further apart than the window are not repeats; a chain within it is one repeat', () => {
    const old = { ...leak, id: 'sr-0', raisedOn: '2024-12-01' };
    expect(repeatIssues([old, leak])).toEqual([]);
    const middle = { ...leak, id: 'sr-2', raisedOn: '2025-07-01' };
    const chain = repeatIssues([old, middle, leak], { withinDays: 250 });
    expect(chain[0]?.issues.map((i) => i.id)).toEqual(['sr-0', 'sr-2', 'sr-1']);
  });

  it('as of a date, later records are not yet known; minCount raises the bar', () => {
    expect(repeatIssues([leak, leakComplaint, mould], { asOf: '2026-01-31' })).toEqual([]);
    expect(repeatIssues([leak, leakComplaint], { minCount: 3 })).toEqual([]);
  });

  it('refuses bad options and dates with a clear message', () => {
    expect(() => repeatIssues([leak], { withinDays: -1 })).toThrow(/withinDays/);
    expect(() => repeatIssues([leak], { minCount: 1 })).toThrow(/minCount/);
    expect(() => repeatIssues([{ ...leak, raisedOn: '2026-02-30' }])).toThrow(/raisedOn/);
    expect(() => repeatIssues([leak], { asOf: 'today' })).toThrow(/asOf/);
  });
});
