import { describe, expect, test } from 'vitest';
import { ar, enUS } from 'date-fns/locale';
import { dateLocale, formatDate, formatLongDate, toIsoDate, parseCalendarDate } from '../src/lib/dates.ts';

const SEPT_8 = new Date('2024-09-08');

describe('dates', () => {
  test.each([
    { date: '2024-09-08T00:00:00Z', iso: '2024-09-08' },
    { date: '2024-09-08T23:59:59Z', iso: '2024-09-08' },
    { date: '2024-09-08T01:00:00+03:00', iso: '2024-09-07' },
  ])('toIsoDate($date) is the UTC calendar date $iso', ({ date, iso }) => {
    expect(toIsoDate(new Date(date))).toBe(iso);
  });

  test('formatDate in English', () => {
    expect(formatDate(SEPT_8, 'en')).toBe('September 8, 2024');
  });

  test('formatDate in Arabic', () => {
    expect(formatDate(SEPT_8, 'ar')).toContain('سبتمبر');
  });

  test('formatLongDate includes the weekday', () => {
    expect(formatLongDate(SEPT_8, 'en')).toBe('Sunday, September 8, 2024');
    expect(formatLongDate(SEPT_8, 'ar')).toContain('الأحد');
  });

  test('dateLocale picks Arabic for ar and ar-* and English otherwise', () => {
    expect(dateLocale('ar')).toBe(ar);
    expect(dateLocale('ar-SA')).toBe(ar);
    expect(dateLocale('en')).toBe(enUS);
    expect(dateLocale('fr')).toBe(enUS);
  });
});

describe('parseCalendarDate', () => {
  test.each([
    ['2024-09-08', '2024-09-08T00:00:00.000Z'],
    ['2024-9-8', '2024-09-08T00:00:00.000Z'],
    [' 2024-11-22 ', '2024-11-22T00:00:00.000Z'],
    [new Date('2024-09-08T00:00:00Z'), '2024-09-08T00:00:00.000Z'],
    ['2024-02-30', undefined],
    ['2023-02-29', undefined],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2024-13-01', undefined],
    ['2024-00-10', undefined],
    ['0024-02-01', undefined],
    ['0999-12-31', undefined],
    ['1000-01-01', '1000-01-01T00:00:00.000Z'],
    ['12024-01-01', undefined],
    ['September 8, 2024', undefined],
    ['2024-09-08T10:00:00+03:00', undefined],
    [20240908, undefined],
  ])('%j', (input, expected) => {
    expect(parseCalendarDate(input)?.toISOString()).toBe(expected);
  });
});
