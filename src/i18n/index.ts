/**
 * The editions' interface text. One dictionary per language; adding a language is a
 * dictionary file here, its line in `dictionaries`, and its code in `site.editions`.
 */
import { formatDate, hijriDateFor } from '../lib/dates.ts';
import { isArabic } from '../lib/language.ts';
import { fillTemplate, formatNumber, pluralMessage, type NumberingSystem } from '../lib/messages.ts';
import { DEFAULT_EDITION, site, type Edition } from '../site.config.ts';
import { ar } from './ar.ts';
import type { Dictionary, MessageKey, PluralKey } from './dictionary.ts';
import { en } from './en.ts';

export type { Dictionary } from './dictionary.ts';

/** A dictionary for every edition in the site configuration (a missing one fails `astro check`). */
export const dictionaries: Record<Edition, Dictionary> = { en, ar };

export { DEFAULT_EDITION } from '../site.config.ts';
export { editionOf } from '../lib/editions.ts';

/** An edition's interface text and formats, as its pages use them. */
export interface Translator {
  edition: Edition;
  dict: Dictionary;
  /** A message with its `{placeholders}` filled. */
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  /** A plural message for `count` (`{count}` in the edition's digits). */
  plural(key: PluralKey, count: number, values?: Readonly<Record<string, string | number>>): string;
  /** A number in the edition's digits. */
  number(n: number): string;
  /** A calendar date as the edition prints it. */
  date(d: Date): string;
  /** The Hijri date to print beside the Gregorian one, when the edition prints it. */
  hijri(d: Date): string | undefined;
  readingTime(minutes: number): string;
}

const translators = new Map<Edition, Translator>();

/** The translator of an edition, made once. */
export function translator(edition: Edition = DEFAULT_EDITION): Translator {
  let made = translators.get(edition);
  if (!made) {
    made = makeTranslator(edition);
    translators.set(edition, made);
  }
  return made;
}

function makeTranslator(edition: Edition): Translator {
  const dict = dictionaries[edition];
  const arabic = isArabic(edition);
  const numbering: NumberingSystem = arabic && site.arabicDates.digits === 'arabic-indic' ? 'arab' : 'latn';
  return {
    edition,
    dict,
    t: (key, values) => fillTemplate(dict[key], values),
    plural: (key, count, values) => pluralMessage(dict[key], count, edition, values, numbering),
    number: (n) => formatNumber(n, numbering),
    date: (d) => formatDate(d, edition, site.arabicDates),
    hijri: (d) => hijriDateFor(d, edition, site.arabicDates),
    readingTime: (minutes) => pluralMessage(dict.readingTime, minutes, edition, {}, numbering),
  };
}

/**
 * The `[...edition]` route parameter of each edition: none for the default edition (at the
 * root), the language for the others (`/ar/…`). Routes spread it into their `getStaticPaths`.
 */
export function editionParams(): { edition: Edition; params: { edition: string | undefined } }[] {
  return site.editions.map((edition) => ({ edition, params: { edition: edition === DEFAULT_EDITION ? undefined : edition } }));
}

/** `getStaticPaths` of a route with one page per edition (search, topics, site feeds): the edition as its prop. */
export function onePagePerEdition(): { params: { edition: string | undefined }; props: { edition: Edition } }[] {
  return editionParams().map(({ edition, params }) => ({ params, props: { edition } }));
}
