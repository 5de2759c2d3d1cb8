import { BYLINE_NAMES, isBylineAgency } from './agencies.ts';
import { alternation } from './pattern-text.ts';
import { datelinePlace } from './place-name.ts';

/**
 * Datelines printed at the start of the first paragraph, as a table of patterns grouped by
 * house style. Each pattern runs on the paragraph's first MAX_DATELINE_PREFIX characters only
 * and matches the dateline with the separator and spaces after it; the paragraph keeps the
 * rest of its text exactly.
 */

/** An inline dateline is always short; longer prefixes are never read. */
export const MAX_DATELINE_PREFIX = 200;

/** Publications whose own house style is `Place, Publication–text`. */
export const HOUSE_NAMES = ['Asharq Al-Awsat', 'Arab News', 'The National'];

const CAPS_WORD = String.raw`[A-Z][A-Z'’.\-/]+`;
const TITLE_WORD = String.raw`[A-Z][\p{L}'’.\-/]+`;
/** A word with a lower-case letter, as a writer's name is printed (`Roe`, `McDonald`). */
const NAME_WORD = String.raw`[A-Z][\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const TITLE_PLACE = String.raw`${TITLE_WORD}(?: (?:${TITLE_WORD}|and|al|el|de|of)){0,3}`;
const ARABIC_WORD = String.raw`[\p{Script=Arabic}][\p{Script=Arabic}\p{M}]*`;
const ARABIC_PLACE = String.raw`${ARABIC_WORD}(?: ${ARABIC_WORD}){0,2}`;
/** `, Sudan`, `, June 3`, `, Feb 2`: the country, state or date after the place (dropped). */
const PLACE_PARTS = String.raw`(?:, [^,()\n]{1,30}){0,2}`;
const ARABIC_PLACE_PARTS = String.raw`(?:[،,] ?[^،,()\n]{1,30}){0,2}`;
const AGENCY = String.raw`\((?<agency>[\p{L}][\p{L} .&'’\-]{0,29})\)`;
/** What follows a wire dateline's agency: a dash (`-`, `--`, `–`, `—`) or a colon. */
const DASH = String.raw`\s*(?:--|[-–—]{1,2}|:)\s*`;
/** A syndication prefix before a wire dateline: `(MENAFN- Kuwait News Agency (KUNA)) `. */
const SYNDICATION = String.raw`(?:\(MENAFN-[^()]{0,60}(?:\([^()]{0,20}\))?\)\s*)?`;
const SENDER = alternation([...HOUSE_NAMES, ...BYLINE_NAMES]);
/** `Asharq Al-Awsat`, `Reuters`, `AP/Asharq Al-Awsat`: who sent it, in the publication's house style. */
const HOUSE = `(?<house>${SENDER}(?: ?/ ?${SENDER})?)`;

type Groups = Record<string, string | undefined>;

interface InlineRow {
  style: string;
  example: string;
  pattern: RegExp;
  /** A cheap test of the paragraph's start that the pattern needs to pass (most paragraphs fail it). */
  gate: (prefix: string) => boolean;
  /** A further check on the match's groups. */
  check?: (groups: Groups) => boolean;
}

const hasBracket = (prefix: string) => prefix.includes('(');
const startsInCapitals = (prefix: string) => /^[A-Z]{2}/u.test(prefix);
const startsInArabic = (prefix: string) => /^\p{Script=Arabic}/u.test(prefix);

/** Words in capitals that open a paragraph with a dash or colon and are no place. */
const NOT_PLACES = new Set([
  'BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'LIVE', 'ANALYSIS', 'FACTBOX', 'EXPLAINER',
  'OPINION', 'COMMENT', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'NOTE', 'CORRECTION', 'CLARIFICATION', 'PHOTOS', 'VIDEO', 'READ MORE',
  'ALSO READ', 'RELATED', 'WARNING', 'ALERT', 'URGENT', 'FLASH', 'REVIEW', 'INTERVIEW', 'Q', 'A',
]);

const knownAgencyOrCaps = (groups: Groups) => isBylineAgency(groups.agency ?? '') || !/\p{Ll}/u.test(groups.place ?? '');

export const INLINE_DATELINES: readonly InlineRow[] = [
  {
    style: 'the publication (Place, Asharq Al-Awsat–, Beirut, Reuters—, Baghdad, AP/Asharq Al-Awsat —)',
    example: 'Cairo and Khartoum, Asharq Al-Awsat—',
    gate: (prefix) => prefix.includes(', '),
    pattern: new RegExp(String.raw`^(?<place>${TITLE_PLACE}${PLACE_PARTS}), ${HOUSE}\s*(?:--|[-–—:])\s*`, 'u'),
  },
  {
    style: 'wire byline and dateline on one line (By Name CAIRO (Reuters) -)',
    example: 'By Jane Roe CAIRO (Reuters) -',
    gate: (prefix) => prefix.startsWith('By ') && hasBracket(prefix),
    pattern: new RegExp(String.raw`^By (?<writer>${NAME_WORD}(?: (?:${NAME_WORD}|and|[A-Z]\.)){0,4}) (?<place>${CAPS_PLACE})${PLACE_PARTS} ${AGENCY}${DASH}`, 'u'),
  },
  {
    style: 'Reuters, AP, AFP, KUNA (CITY, Country (AP) —, TUNIS, June 3 (Reuters) -, Beirut (AFP) -)',
    example: 'KHARTOUM, Sudan (AP) —',
    gate: hasBracket,
    pattern: new RegExp(String.raw`^${SYNDICATION}(?<place>${TITLE_PLACE})${PLACE_PARTS} ${AGENCY}${DASH}`, 'u'),
    check: knownAgencyOrCaps,
  },
  {
    style: 'Arab News and others, no agency (JEDDAH: , RIYADH -- , KHARTOUM, Sudan —)',
    example: 'JEDDAH:',
    gate: startsInCapitals,
    pattern: new RegExp(String.raw`^(?<place>${CAPS_PLACE})${PLACE_PARTS}(?:\s*(?:--|[-–—])|:)\s+`, 'u'),
    check: (groups) => (groups.place ?? '').replace(/[^A-Z]/gu, '').length >= 3 && !NOT_PLACES.has(groups.place ?? ''),
  },
  {
    style: 'Arabic wire (عمّان، الأردن (أ ب) –, غزة - (أ ف ب) -)',
    example: 'عمّان، الأردن (أ ب) –',
    gate: (prefix) => startsInArabic(prefix) && hasBracket(prefix),
    pattern: new RegExp(String.raw`^(?<place>${ARABIC_PLACE})${ARABIC_PLACE_PARTS}(?: ?[-–—] ?| ?)\((?<agency>[^()\n]{1,20})\)\s*(?:--|[-–—:])\s*`, 'u'),
  },
  {
    style: 'Arabic place and outlet (الرياض / العرب –)',
    example: 'الرياض / العرب –',
    gate: (prefix) => startsInArabic(prefix) && prefix.includes('/'),
    pattern: new RegExp(String.raw`^(?<place>${ARABIC_PLACE}) ?\/ ?(?<agency>${ARABIC_WORD}(?: ${ARABIC_WORD}){0,2}) ?[-–—:]\s*`, 'u'),
  },
  {
    style: 'Arabic with a bar (القاهرة | )',
    example: 'القاهرة |',
    gate: (prefix) => startsInArabic(prefix) && prefix.includes('|'),
    pattern: new RegExp(String.raw`^(?<place>${ARABIC_PLACE}) ?\| ?`, 'u'),
  },
  {
    style: 'Arabic (القاهرة- )',
    example: 'القاهرة-',
    gate: startsInArabic,
    pattern: new RegExp(String.raw`^(?<place>${ARABIC_WORD}(?: ${ARABIC_WORD})?) ?[-–—]\s*`, 'u'),
  },
];

/** The dateline read from a paragraph's start, and the paragraph's remaining text. */
export interface InlineDateline {
  /** Null when the word before the dash is an agency (`وطنية - …`), not a place. */
  place: string | null;
  /** The writer, the agency or both (`Jane Roe / Reuters`); null when none is printed. */
  byline: string | null;
  rest: string;
}

/** Cheap gate: an inline dateline starts with a capital letter or an Arabic letter. */
const DATELINE_START = /^[A-Z(\p{Script=Arabic}]/u;

/** Reads an inline dateline at the start of `paragraph`, or returns null. */
export function readInlineDateline(paragraph: string): InlineDateline | null {
  if (!DATELINE_START.test(paragraph)) return null;
  const prefix = paragraph.slice(0, MAX_DATELINE_PREFIX);
  for (const row of INLINE_DATELINES) {
    if (!row.gate(prefix)) continue;
    const match = row.pattern.exec(prefix);
    if (!match?.groups || match[0].length >= paragraph.length) continue;
    if (row.check && !row.check(match.groups)) continue;
    const { place = '', agency, house, writer } = match.groups;
    if (!agency && !house && isBylineAgency(place)) return { place: null, byline: place, rest: paragraph.slice(match[0].length) };
    const sender = (agency ?? house)?.trim();
    const byline = writer && sender ? `${writer} / ${sender}` : (writer ?? sender ?? null);
    return { place: datelinePlace(place), byline, rest: paragraph.slice(match[0].length) };
  }
  return null;
}
