import { describe, expect, it } from 'vitest';
import { formatFileSize, hasExampleData, latestUpdate } from './entry-meta.ts';

describe('entry meta', () => {
  const entries = [
    { updatedAt: '2026-03-01T10:00:00.000Z', isExample: false },
    { updatedAt: '2026-05-01T10:00:00.000Z', isExample: true },
  ];

  it('takes the latest update of the entries shown', () => {
    expect(latestUpdate(entries)).toBe('2026-05-01T10:00:00.000Z');
    expect(latestUpdate([])).toBeUndefined();
  });

  it('flags a page when any of its entries is example data', () => {
    expect(hasExampleData(entries)).toBe(true);
    expect(hasExampleData(entries.slice(0, 1))).toBe(false);
  });

  it('formats Strapi kilobytes', () => {
    expect(formatFileSize('ru', 0.58)).toBe('0,6 КБ');
    expect(formatFileSize('ru', 2048)).toBe('2 МБ');
    expect(formatFileSize('tt', 1536)).toBe('1,5 МБ');
  });
});
