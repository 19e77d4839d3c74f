import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalendarFileError } from './bank-holidays';
import { govUkFixture } from './gov-uk-bank-holidays.fixture';
import { loadCalendarFile } from './load-calendar-file';

describe('loadCalendarFile (GOV.UK bank-holidays.json saved to disk, §6)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redress-calendar-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, content: string): string {
    const path = join(dir, name);
    writeFileSync(path, content, 'utf8');
    return path;
  }

  it('builds a calendar whose 2025 comes from the file', () => {
    const calendar = loadCalendarFile(write('bank-holidays.json', JSON.stringify(govUkFixture())));
    expect(calendar.isWorkingDay('2025-06-02')).toBe(false); // declared in the file
    expect(calendar.isWorkingDay('2025-08-25')).toBe(true); // omitted from the file
    expect(calendar.isWorkingDay('2026-08-31')).toBe(false); // 2026 still from date-holidays
  });

  it('reads the division asked for', () => {
    const path = write('divisions.json', JSON.stringify(govUkFixture()));
    const scotland = loadCalendarFile(path, 'scotland');
    expect(scotland.isWorkingDay('2025-01-02')).toBe(false);
    expect(scotland.isWorkingDay('2025-04-21')).toBe(true); // no Easter Monday in Scotland
  });

  it('a missing file raises CalendarFileError naming the path', () => {
    const path = join(dir, 'does-not-exist.json');
    expect(() => loadCalendarFile(path)).toThrow(CalendarFileError);
    expect(() => loadCalendarFile(path)).toThrow(`Cannot read calendar file ${path}`);
  });

  it('a directory (unreadable as a file) raises CalendarFileError naming the path', () => {
    expect(() => loadCalendarFile(dir)).toThrow(`Cannot read calendar file ${dir}`);
  });

  it('bad JSON raises CalendarFileError naming the path', () => {
    const path = write('truncated.json', '{"england-and-wales": {"division": ');
    expect(() => loadCalendarFile(path)).toThrow(CalendarFileError);
    expect(() => loadCalendarFile(path)).toThrow(`Calendar file ${path} is not valid JSON`);
  });

  it('a malformed date raises CalendarFileError naming the path and the event', () => {
    const file = govUkFixture();
    file['england-and-wales'].events.push({
      title: 'x',
      date: '2025-06-31',
      notes: '',
      bunting: false,
    });
    const path = write('bad-date.json', JSON.stringify(file));
    expect(() => loadCalendarFile(path)).toThrow(
      expect.objectContaining({
        code: 'CALENDAR_FILE_INVALID',
        message: expect.stringMatching(/bad-date\.json: .*events\[8\]\.date .*"2025-06-31"/),
      }),
    );
  });

  it('a missing division raises CalendarFileError naming the path', () => {
    const path = write('no-ni.json', JSON.stringify(govUkFixture()));
    expect(() => loadCalendarFile(path, 'northern-ireland')).toThrow(
      `Calendar file ${path}: Invalid GOV.UK bank holidays data: division "northern-ireland"`,
    );
  });
});
