/**
 * A small file in GOV.UK's bank-holidays.json shape for tests. England and Wales 2025 is
 * deliberately not the real list: it adds Mon 2 Jun 2025 (a made-up one-off) and omits the
 * Summer bank holiday, Mon 25 Aug 2025, so tests can see the file win over date-holidays.
 */
export interface GovUkEvent {
  title: string;
  date: string;
  notes: string;
  bunting: boolean;
}
export interface GovUkDivision {
  division: string;
  events: GovUkEvent[];
}
export interface GovUkFile {
  'england-and-wales': GovUkDivision;
  scotland: GovUkDivision;
}

const event = (title: string, date: string, notes = ''): GovUkEvent => ({
  title,
  date,
  notes,
  bunting: true,
});

export function govUkFixture(): GovUkFile {
  return {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [
        event("New Year's Day", '2025-01-01'),
        event('Good Friday', '2025-04-18'),
        event('Easter Monday', '2025-04-21'),
        event('Early May bank holiday', '2025-05-05'),
        event('Spring bank holiday', '2025-05-26'),
        event('Made-up one-off holiday', '2025-06-02'),
        event('Christmas Day', '2025-12-25'),
        event('Boxing Day', '2025-12-26'),
      ],
    },
    scotland: {
      division: 'scotland',
      events: [
        event("New Year's Day", '2025-01-01'),
        event('2nd January', '2025-01-02'),
        event('Good Friday', '2025-04-18'),
        event('Early May bank holiday', '2025-05-05'),
        event('Spring bank holiday', '2025-05-26'),
        event('Summer bank holiday', '2025-08-04'),
        event('St Andrew’s Day', '2025-12-01', 'Substitute day'),
        event('Christmas Day', '2025-12-25'),
        event('Boxing Day', '2025-12-26'),
      ],
    },
  };
}
