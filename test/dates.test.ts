import { describe, expect, test } from 'vitest';
import { ar, enUS } from 'date-fns/locale';
import { arabicIntlLocale, dateLocale, formatDate, formatHijriDate, formatLongDate, hijriDateFor, toIsoDate, parseCalendarDate, type ArabicDateSettings } from '../src/lib/dates.ts';

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

describe('Arabic dates', () => {
  const egyptian: ArabicDateSettings = { months: 'egyptian', digits: 'latin', hijri: true };
  const levantine: ArabicDateSettings = { months: 'levantine', digits: 'latin', hijri: true };
  const indic: ArabicDateSettings = { months: 'egyptian', digits: 'arabic-indic', hijri: true };

  test.each([
    { date: '2024-09-07', settings: egyptian, text: '7 سبتمبر 2024' },
    { date: '2024-11-21', settings: egyptian, text: '21 نوفمبر 2024' },
    { date: '2024-01-01', settings: egyptian, text: '1 يناير 2024' },
    { date: '2024-09-07', settings: levantine, text: '7 أيلول 2024' },
    { date: '2024-01-15', settings: levantine, text: '15 كانون الثاني 2024' },
    { date: '2024-11-21', settings: levantine, text: '21 تشرين الثاني 2024' },
    { date: '2024-09-07', settings: indic, text: '٧ سبتمبر ٢٠٢٤' },
  ])('$date with $settings.months months, $settings.digits digits: $text', ({ date, settings, text }) => {
    expect(formatDate(new Date(date), 'ar', settings)).toBe(text);
  });

  test.each([
    { date: '2024-09-07', settings: egyptian, text: 'السبت، 7 سبتمبر 2024' },
    { date: '2024-09-07', settings: levantine, text: 'السبت، 7 أيلول 2024' },
  ])('long date $text', ({ date, settings, text }) => {
    expect(formatLongDate(new Date(date), 'ar', settings)).toBe(text);
  });

  test.each([
    { date: '2024-09-07', settings: egyptian, text: '4 ربيع الأول 1446 هـ' },
    { date: '2024-03-11', settings: egyptian, text: '1 رمضان 1445 هـ' },
    { date: '2024-09-07', settings: indic, text: '٤ ربيع الأول ١٤٤٦ هـ' },
  ])('Hijri (Umm al-Qura) $date: $text', ({ date, settings, text }) => {
    expect(formatHijriDate(new Date(date), settings)).toBe(text);
  });

  test.each([
    { lang: 'ar', settings: egyptian, text: '4 ربيع الأول 1446 هـ' },
    { lang: 'ar-SA', settings: egyptian, text: '4 ربيع الأول 1446 هـ' },
    { lang: 'ar', settings: { ...egyptian, hijri: false }, text: undefined },
    { lang: 'en', settings: egyptian, text: undefined },
  ])('the Hijri date beside a $lang date (hijri: $settings.hijri): $text', ({ lang, settings, text }) => {
    expect(hijriDateFor(new Date('2024-09-07'), lang, settings)).toBe(text);
  });

  test('a build in any time zone prints the same calendar date', () => {
    expect(formatDate(new Date('2024-09-07T00:00:00Z'), 'ar', egyptian)).toBe('7 سبتمبر 2024');
  });

  test.each([
    { settings: egyptian, calendar: undefined, locale: 'ar-EG-u-nu-latn' },
    { settings: levantine, calendar: undefined, locale: 'ar-SY-u-nu-latn' },
    { settings: indic, calendar: 'islamic-umalqura', locale: 'ar-EG-u-ca-islamic-umalqura-nu-arab' },
  ])('Intl locale $locale', ({ settings, calendar, locale }) => {
    expect(arabicIntlLocale(settings, calendar)).toBe(locale);
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
