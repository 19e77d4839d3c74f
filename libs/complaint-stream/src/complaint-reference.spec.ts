import { formatReference, parseReference } from './complaint-reference';

describe('complaint references', () => {
  it('numbers from the allocation revision, six digits at least', () => {
    expect(formatReference('2025', 0n)).toBe('C-2025-000001');
    expect(formatReference('2025', 122n)).toBe('C-2025-000123');
    expect(formatReference('2025', 1_234_567n)).toBe('C-2025-1234568');
  });

  it('reads a reference in any case and with spaces around it, and nothing else', () => {
    expect(parseReference(' c-2025-000123 ')).toBe('C-2025-000123');
    expect(parseReference('C-2025-123')).toBeUndefined();
    expect(parseReference('3f2a…')).toBeUndefined();
  });
});
