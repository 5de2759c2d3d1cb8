/**
 * Date helpers shared by the site. Every function works in the UTC context
 * (`@date-fns/utc`), so output never depends on the machine's time zone: an
 * article dated 2024-09-08 is September 8 everywhere.
 */
import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { ar } from 'date-fns/locale/ar';
import { enUS } from 'date-fns/locale/en-US';
import { utc } from '@date-fns/utc';
import { tz } from '@date-fns/tz';
import { isArabic } from './language.ts';

/** The date-fns locale for an article language; English for anything unknown. */
export function dateLocale(lang: string): Locale {
  return isArabic(lang) ? ar : enUS;
}

/**
 * A front-matter date as the calendar date it names, at UTC midnight: a YAML timestamp
 * (already UTC), or a `YYYY-M-D` string (the loader hands over dates as written, see
 * src/data/article-checks.ts). Anything else (a time of day, "September 8") is
 * undefined, so the schema can ask for YYYY-MM-DD instead of guessing a time zone.
 */
export function parseCalendarDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  // Four-digit years from 1000: `0024` is a typo, not the year 24 (nor, as Date.UTC reads it, 1924).
  const match = /^([1-9]\d{3})-(\d{1,2})-(\d{1,2})$/u.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // No rollover: 2024-02-30 is no date, not March 1.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** UTC calendar date as `YYYY-MM-DD` (the `datetime` attribute format). */
export function toIsoDate(d: Date): string {
  return memoized(`${d.getTime()}|iso`, () => format(d, 'yyyy-MM-dd', { in: utc }));
}

/** How Arabic pages print dates and numbers (a site setting: `arabicDates` in src/site.config.ts). */
export interface ArabicDateSettings {
  /** `egyptian`: سبتمبر, as the publication prints them; `levantine`: أيلول. */
  months: 'egyptian' | 'levantine';
  /** `latin`: 7 سبتمبر 2024; `arabic-indic`: ٧ سبتمبر ٢٠٢٤ (page numbers and reading times too). */
  digits: 'latin' | 'arabic-indic';
  /** Print the Hijri date (Umm al-Qura calendar) beside the Gregorian one. */
  hijri: boolean;
}

/** The publication's own style: Egyptian month names, Latin digits. */
export const DEFAULT_ARABIC_DATES: ArabicDateSettings = { months: 'egyptian', digits: 'latin', hijri: false };

/** The Intl locale whose month names and digits the settings ask for: `ar-EG-u-nu-latn`. */
export function arabicIntlLocale(settings: ArabicDateSettings, calendar?: string): string {
  const region = settings.months === 'levantine' ? 'SY' : 'EG';
  const extensions = [...(calendar ? ['ca', calendar] : []), 'nu', settings.digits === 'arabic-indic' ? 'arab' : 'latn'];
  return `ar-${region}-u-${extensions.join('-')}`;
}

/** `Intl.DateTimeFormat`s by locale and style, made once: constructing one is costly. */
const intlFormats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = intlFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    intlFormats.set(key, formatter);
  }
  return formatter;
}

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const WITH_WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long', ...DAY_MONTH_YEAR };

const settingsKey = (settings: ArabicDateSettings) => `${settings.months}|${settings.digits}`;

/** Calendar date for display: "September 8, 2024" (en), "8 سبتمبر 2024" or "8 أيلول 2024" (ar). */
export function formatDate(d: Date, lang: string, arabic: ArabicDateSettings = DEFAULT_ARABIC_DATES): string {
  if (isArabic(lang)) {
    return memoized(`${d.getTime()}|ar|${settingsKey(arabic)}|short`, () => intlFormat(arabicIntlLocale(arabic), DAY_MONTH_YEAR).format(d));
  }
  return memoized(`${d.getTime()}|${lang}|short`, () => format(d, 'MMMM d, yyyy', { in: utc, locale: dateLocale(lang) }));
}

/** Date with weekday: "Sunday, September 8, 2024" (en), "الأحد، 8 سبتمبر 2024" (ar). */
export function formatLongDate(d: Date, lang: string, arabic: ArabicDateSettings = DEFAULT_ARABIC_DATES): string {
  if (isArabic(lang)) {
    return memoized(`${d.getTime()}|ar|${settingsKey(arabic)}|long`, () => intlFormat(arabicIntlLocale(arabic), WITH_WEEKDAY).format(d));
  }
  return memoized(`${d.getTime()}|${lang}|long`, () => format(d, 'EEEE, MMMM d, yyyy', { in: utc, locale: dateLocale(lang) }));
}

/** The same day in the Hijri calendar (Umm al-Qura), in Arabic: "4 ربيع الأول 1446 هـ". */
export function formatHijriDate(d: Date, arabic: ArabicDateSettings = DEFAULT_ARABIC_DATES): string {
  return memoized(`${d.getTime()}|hijri|${arabic.digits}`, () => intlFormat(arabicIntlLocale(arabic, 'islamic-umalqura'), DAY_MONTH_YEAR).format(d));
}

/** The Hijri date shown beside the Gregorian one: for Arabic text, when the settings ask for it. */
export function hijriDateFor(d: Date, lang: string, arabic: ArabicDateSettings = DEFAULT_ARABIC_DATES): string | undefined {
  return isArabic(lang) && arabic.hijri ? formatHijriDate(d, arabic) : undefined;
}

/**
 * Formatted dates by date, language and style. A build formats the same few hundred dates
 * tens of thousands of times (every card, feed entry and sitemap line), and date-fns's
 * `format` is the costly part.
 */
const formatted = new Map<string, string>();

function memoized(key: string, compute: () => string): string {
  let value = formatted.get(key);
  if (value === undefined) {
    value = compute();
    formatted.set(key, value);
  }
  return value;
}

/** Today's calendar date in a time zone, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd', { in: tz(timeZone) });
}
