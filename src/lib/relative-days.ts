/**
 * Relative weekdays: news text says "on Saturday"; given the article's
 * publication date, resolve each weekday name to a calendar date.
 *
 * The rule (deterministic, UTC calendar dates throughout):
 *
 * 1. A modifier right next to the weekday wins: "last"/"past"/"previous"
 *    (and Arabic الماضي) → strictly before the publication date; "next",
 *    "coming", "upcoming" (and Arabic المقبل/القادم) → strictly after.
 * 2. Otherwise the tense of the words governing the weekday decides, judged
 *    inside its CLAUSE only. A sentence is cut into clauses at , ; : dashes
 *    and brackets and before "but", "while", "after", "when", … The
 *    governing marker is the nearest tense marker before the weekday in its
 *    clause, else the first one after it. A trailing ", when … will" clause
 *    that directly follows the weekday is consulted first.
 *    - future markers: will, 'll, shall, is/are due|expected|set|scheduled|
 *      going to, scheduled/slated/planned for, plans/intends/aims to,
 *      "to be" + participle, upcoming, next, "would" + verb (only when the
 *      clause has no past marker), Arabic سوف, من المقرر, المقبل …
 *    - past markers: was, were, had, been, said, told, met and other
 *      irregular past forms, lowercase "-ed" verbs (a participle after
 *      "be"/"been" is left to its auxiliary), yesterday, ago, earlier,
 *      Arabic قال, أعلن, أمس …
 * 3. A clause without markers borrows from its neighbours: a fronted
 *    "On Monday," looks at the following clauses first, anything else at the
 *    preceding ones first.
 * 4. No marker at all → past (news mostly reports what happened).
 *
 * Past means the nearest such weekday on or before the publication date
 * (the same weekday → the publication date itself); future means on or
 * after it. Rule 1 makes the comparison strict.
 */
import type { Day } from 'date-fns';
import { getDay } from 'date-fns/getDay';
import { nextDay } from 'date-fns/nextDay';
import { previousDay } from 'date-fns/previousDay';
import { startOfDay } from 'date-fns/startOfDay';
import { utc } from '@date-fns/utc';
import { toIsoDate } from './dates.ts';
import { isArabic } from './language.ts';
import { sentenceSpans, type Span } from './sentences.ts';
import { addWork } from './work-meter.ts';

export type Direction = 'past' | 'future';

export type WeekdayReference = {
  /** Offset of the weekday name in the input text. */
  start: number;
  /** Offset just after the weekday name (a possessive "'s" is left outside). */
  end: number;
  /** The weekday name as written, e.g. "Saturday" or "السبت". */
  text: string;
  /** Resolved calendar date, `YYYY-MM-DD`. */
  date: string;
  direction: Direction;
};

type WeekdayMatch = Span & { text: string; day: Day };
type Token = Span & { raw: string; word: string };
type Clause = Span & { tokens: Token[] };
type AnalysedClause = Clause & {
  markers: Marker[];
  /** How many tokens at its start are prepositions and the like ("On Monday, …"). */
  frontingTokens: number;
  /** The last marker of the nearest earlier clause that has one. */
  precedingDirection: Direction | undefined;
  /** The first marker of the nearest later clause that has one. */
  followingDirection: Direction | undefined;
};
type Marker = { index: number; direction: Direction };
type Resolution = { direction: Direction; strict: boolean };

const ENGLISH_DAYS: Record<string, Day> = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
};

const ARABIC_DAYS: Record<string, Day> = {
  'الأحد': 0,
  'الاثنين': 1,
  'الإثنين': 1,
  'الأثنين': 1,
  'الثلاثاء': 2,
  'الأربعاء': 3,
  'الخميس': 4,
  'الجمعة': 5,
  'السبت': 6,
};

const ENGLISH_DAY_PATTERN = new RegExp(`\\b(?:${Object.keys(ENGLISH_DAYS).join('|')})\\b`, 'g');
const ARABIC_DAY_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${Object.keys(ARABIC_DAYS).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** Named days ("Good Friday", "Super Tuesday") are not relative references. */
const NAMED_DAY_PREFIX = /\b(?:Good|Black|Bloody|Ash|Palm|Super|Easter|Holy|Maundy|Cyber|Shrove)\s+$/;

const CLAUSE_BREAK =
  /[,;:،؛()[\]{}—–]|\s-\s|\b(?=(?:but|while|whereas|although|though|because|after|before|when)\b)|(?<![\p{L}\p{M}])(?=(?:لكن|بينما|عندما)(?![\p{L}\p{M}]))/giu;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

const STRICT_PAST_BEFORE = new Set(['last', 'past', 'previous']);
const STRICT_FUTURE_BEFORE = new Set(['next', 'coming', 'upcoming']);
const STRICT_PAST_AFTER = new Set(['الماضي', 'الماضية']);
const STRICT_FUTURE_AFTER = new Set(['المقبل', 'المقبلة', 'القادم', 'القادمة']);

const FUTURE_WORDS = new Set([
  'will', 'shall', "won't", 'upcoming', 'tomorrow',
  'سوف', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'المرتقب', 'المرتقبة', 'المقرر', 'المتوقع', 'المزمع', 'غدا', 'غداً',
]);
/** Irregular English past forms and participles. */
const PAST_VERBS = new Set([
  'was', 'were', 'had', 'did', 'been', 'said', 'told', 'met', 'made', 'held', 'took', 'gave', 'went', 'came', 'saw',
  'spoke', 'left', 'began', 'became', 'won', 'lost', 'sent', 'led', 'brought', 'found', 'kept', 'struck', 'fought',
  'fell', 'rose', 'wrote', 'paid', 'sought', 'thought', 'knew', 'ran', 'broke', 'chose', 'drew', 'flew', 'grew',
  'heard', 'meant', 'sat', 'sold', 'stood', 'taught', 'threw', 'understood', 'fled', 'spent', 'built', 'got',
  'taken', 'given', 'seen', 'spoken', 'written', 'known', 'shown', 'begun', 'fallen', 'risen', 'chosen', 'broken',
  'shot',
]);
const PAST_WORDS = new Set([
  'yesterday', 'ago', 'earlier', 'last',
  'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'صرح', 'صرّح', 'أضاف', 'أضافت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت',
  'التقى', 'اجتمع', 'عقد', 'عقدت', 'كان', 'كانت', 'أمس', 'الماضي', 'الماضية',
]);
/** Words ending in "-ed" that are not past-tense verbs. */
const NOT_PAST_ED = new Set([
  'need', 'indeed', 'speed', 'seed', 'feed', 'breed', 'proceed', 'succeed', 'exceed', 'hundred', 'sacred', 'naked',
  'wicked', 'creed', 'greed', 'embed', 'deed', 'weed', 'reed', 'shed', 'bed', 'red', 'wed',
]);
/** "is due/expected/set/going … to" → future; "was expected" → past. */
const PLANNED_WORDS = new Set(['due', 'expected', 'set', 'scheduled', 'slated', 'poised', 'going', 'planning', 'preparing', 'planned']);
/** Planned words that read as future even without a copula ("talks scheduled for Monday"). */
const PLANNED_WITHOUT_COPULA = new Set(['due', 'scheduled', 'slated', 'planned']);
const INTENT_VERBS = new Set(['plans', 'plan', 'planning', 'intends', 'intend', 'aims', 'aim', 'preparing']);
const PRESENT_COPULAS = new Set(['is', 'are', 'am', 'be', 'being', "'s", "'re"]);
const PAST_COPULAS = new Set(['was', 'were', 'had', 'been']);
/** Words that may precede a weekday at the start of its clause ("On Monday, …"). */
const FRONTING_WORDS = new Set([
  'on', 'by', 'from', 'since', 'until', 'till', 'before', 'after', 'as', 'of', 'early', 'late', 'and', 'but',
  'while', 'when', 'then', 'also', 'this', 'the', 'يوم', 'في', 'و', 'منذ', 'حتى',
]);

/**
 * Find the weekday names in `text` and resolve each to a date relative to
 * `published` (its UTC calendar date). English names are always matched,
 * Arabic ones when `lang` is Arabic.
 *
 * Linear in the text's length however many weekdays it names: each sentence is cut into
 * clauses and their markers found once, and each weekday then looks up what it needs.
 */
export function findWeekdayReferences(text: string, published: Date, lang = 'en'): WeekdayReference[] {
  const anchor = startOfDay(published, { in: utc });
  if (Number.isNaN(anchor.getTime())) return [];
  const matches = matchWeekdays(text, lang);
  // Most paragraphs name no weekday: skip the sentence splitting for them.
  if (matches.length === 0) return [];
  const references: WeekdayReference[] = [];
  let next = 0;
  for (const sentence of sentenceSpans(text)) {
    const inSentence: WeekdayMatch[] = [];
    while (next < matches.length && matches[next]!.start < sentence.end) inSentence.push(matches[next++]!);
    if (inSentence.length === 0) continue;
    const clauses = analyseClauses(text, sentence);
    let clauseIndex = 0;
    for (const match of inSentence) {
      while (clauseIndex < clauses.length - 1 && clauses[clauseIndex]!.end <= match.start) clauseIndex += 1;
      const resolution = resolveDirection(clauses, clauseIndex, match);
      references.push({
        start: match.start,
        end: match.end,
        text: match.text,
        date: toIsoDate(resolveDate(anchor, match.day, resolution)),
        direction: resolution.direction,
      });
    }
  }
  return references;
}

/** Weekday names in `text`, in order of appearance. */
function matchWeekdays(text: string, lang: string): WeekdayMatch[] {
  const matches: WeekdayMatch[] = [];
  addWork(text.length);
  for (const m of text.matchAll(ENGLISH_DAY_PATTERN)) {
    if (NAMED_DAY_PREFIX.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    addWork(20);
    matches.push({ start: m.index, end: m.index + m[0].length, text: m[0], day: ENGLISH_DAYS[m[0]] ?? 0 });
  }
  if (isArabic(lang)) {
    addWork(text.length);
    for (const m of text.matchAll(ARABIC_DAY_PATTERN)) {
      matches.push({ start: m.index, end: m.index + m[0].length, text: m[0], day: ARABIC_DAYS[m[0]] ?? 0 });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * The clauses of a sentence with what resolving a weekday in them needs: their markers, the
 * nearest marker in the clauses around them, and how many tokens open them as a fronting phrase.
 */
function analyseClauses(text: string, sentence: Span): AnalysedClause[] {
  const clauses = splitClauses(text, sentence).map((clause): AnalysedClause => {
    const markers = clauseMarkers(clause.tokens);
    let frontingTokens = 0;
    while (frontingTokens < clause.tokens.length && FRONTING_WORDS.has(clause.tokens[frontingTokens]!.word)) frontingTokens += 1;
    return { ...clause, markers, frontingTokens, precedingDirection: undefined, followingDirection: undefined };
  });
  let preceding: Direction | undefined;
  for (const clause of clauses) {
    clause.precedingDirection = preceding;
    preceding = clause.markers.at(-1)?.direction ?? preceding;
  }
  let following: Direction | undefined;
  for (const clause of clauses.toReversed()) {
    clause.followingDirection = following;
    following = clause.markers[0]?.direction ?? following;
  }
  addWork(clauses.length);
  return clauses;
}

/** Cut a sentence into clauses at punctuation and before subordinating conjunctions. */
function splitClauses(text: string, sentence: Span): Clause[] {
  const body = text.slice(sentence.start, sentence.end);
  const clauses: Clause[] = [];
  let start = 0;
  addWork(body.length);
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    clauses.push(makeClause(text, sentence.start + start, sentence.start + m.index));
    start = m.index + m[0].length;
  }
  clauses.push(makeClause(text, sentence.start + start, sentence.end));
  return clauses.filter((c) => c.tokens.length > 0);
}

function makeClause(text: string, start: number, end: number): Clause {
  const tokens: Token[] = [];
  addWork(end - start);
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const tokenStart = start + m.index;
    tokens.push({ start: tokenStart, end: tokenStart + m[0].length, raw: m[0], word: m[0].toLowerCase().replaceAll('’', "'") });
  }
  return { start, end, tokens };
}

/** Decide whether the weekday is read as past or future (see the module comment). */
function resolveDirection(clauses: AnalysedClause[], clauseIndex: number, match: WeekdayMatch): Resolution {
  const clause = clauses[clauseIndex];
  if (!clause || match.start < clause.start || match.start >= clause.end) return { direction: 'past', strict: false };
  const dayIndex = tokenIndexAt(clause.tokens, match.start);
  const modifier = adjacentModifier(clause.tokens, dayIndex);
  if (modifier) return modifier;
  const fronted = dayIndex <= clause.frontingTokens;
  const neighbour = fronted ? (clause.followingDirection ?? clause.precedingDirection) : (clause.precedingDirection ?? clause.followingDirection);
  const direction =
    trailingWhenDirection(clauses, clauseIndex, dayIndex) ?? governingDirection(clause.markers, dayIndex) ?? neighbour ?? 'past';
  return { direction, strict: false };
}

/** The index of the token starting at `start` (binary search), or -1. */
function tokenIndexAt(tokens: Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    addWork(1);
    const middle = (low + high) >> 1;
    const token = tokens[middle]!;
    if (token.start === start) return middle;
    if (token.start < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** "last Monday", "next Monday", "السبت الماضي" … → strictly before/after. */
function adjacentModifier(tokens: Token[], dayIndex: number): Resolution | undefined {
  const before = tokens[dayIndex - 1]?.word;
  const after = tokens[dayIndex + 1]?.word;
  const afterNext = tokens[dayIndex + 2]?.word;
  if (before && STRICT_PAST_BEFORE.has(before)) return { direction: 'past', strict: true };
  if (before && STRICT_FUTURE_BEFORE.has(before)) return { direction: 'future', strict: true };
  if (after && STRICT_PAST_AFTER.has(after)) return { direction: 'past', strict: true };
  if (after && STRICT_FUTURE_AFTER.has(after)) return { direction: 'future', strict: true };
  if (afterNext === 'week' && after === 'last') return { direction: 'past', strict: true };
  if (afterNext === 'week' && after === 'next') return { direction: 'future', strict: true };
  return undefined;
}

/** "on Monday, when the minister will present …": the when-clause dates the weekday. */
function trailingWhenDirection(clauses: AnalysedClause[], clauseIndex: number, dayIndex: number): Direction | undefined {
  const clause = clauses[clauseIndex];
  const next = clauses[clauseIndex + 1];
  if (!clause || !next || dayIndex !== clause.tokens.length - 1 || next.tokens[0]?.word !== 'when') return undefined;
  return next.markers[0]?.direction;
}

/** The nearest marker before the weekday (binary search), else the first one after it. */
function governingDirection(markers: Marker[], dayIndex: number): Direction | undefined {
  let low = 0;
  let high = markers.length;
  // The first marker at or after dayIndex.
  while (low < high) {
    addWork(1);
    const middle = (low + high) >> 1;
    if (markers[middle]!.index < dayIndex) low = middle + 1;
    else high = middle;
  }
  const before = markers[low - 1];
  const after = markers[low]?.index === dayIndex ? markers[low + 1] : markers[low];
  return (before ?? after)?.direction;
}

/** Tense markers of one clause, in order. "would" counts only in a clause with no past marker. */
function clauseMarkers(tokens: Token[]): Marker[] {
  const markers: Marker[] = [];
  const wouldAt: number[] = [];
  tokens.forEach((_, index) => {
    if (isFutureWould(tokens, index)) wouldAt.push(index);
    const direction = classifyToken(tokens, index);
    if (direction) markers.push({ index, direction });
  });
  if (markers.some((m) => m.direction === 'past')) return markers;
  return [...markers, ...wouldAt.map((index): Marker => ({ index, direction: 'future' }))].sort((a, b) => a.index - b.index);
}

/** "would" followed by a verb ("would see"), not "would have". */
function isFutureWould(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]?.word;
  return tokens[index]?.word === 'would' && next !== undefined && next !== 'have' && /^\p{Ll}/u.test(tokens[index + 1]?.raw ?? '');
}

/**
 * The tense a single token signals, looking at its immediate neighbours.
 * Capitalised words are names ("Port Said", "Ahmed") unless they open the clause.
 */
function classifyToken(tokens: Token[], index: number): Direction | undefined {
  const token = tokens[index];
  if (!token || (index > 0 && /^\p{Lu}/u.test(token.raw))) return undefined;
  const word = token.word;
  const prev = tokens[index - 1]?.word ?? '';
  const prev2 = tokens[index - 2]?.word ?? '';
  const next = tokens[index + 1]?.word ?? '';
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll")) return 'future';
  if (word === 'next' && next !== 'to') return 'future';
  if (word === 'coming' && (prev === 'the' || prev === 'this')) return 'future';
  if (word === 'later' && next === 'this') return 'future';
  if (INTENT_VERBS.has(word) && next === 'to') return 'future';
  if (PLANNED_WORDS.has(word)) return plannedDirection(word, prev);
  if (isPastForm(word) && (prev === 'be' || prev === 'been' || prev === 'being')) {
    // "to be held" looks ahead; "will be held" / "has been held" leave it to the auxiliary.
    return prev === 'be' && prev2 === 'to' ? 'future' : undefined;
  }
  if (isPastForm(word) || PAST_WORDS.has(word)) return 'past';
  return undefined;
}

/** "is due", "are expected", "scheduled for" → future; "was expected" → past. */
function plannedDirection(word: string, prev: string): Direction | undefined {
  if (PRESENT_COPULAS.has(prev) || prev.endsWith("'s") || prev.endsWith("'re")) return 'future';
  if (PAST_COPULAS.has(prev)) return 'past';
  return PLANNED_WITHOUT_COPULA.has(word) ? 'future' : undefined;
}

/** Irregular past forms and regular "-ed" forms. */
function isPastForm(word: string): boolean {
  return PAST_VERBS.has(word) || (word.length >= 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word));
}

/** The nearest `day` on/before (past) or on/after (future) `anchor`; strictly so when `strict`. */
function resolveDate(anchor: Date, day: Day, { direction, strict }: Resolution): Date {
  if (!strict && getDay(anchor, { in: utc }) === day) return anchor;
  return direction === 'past' ? previousDay(anchor, day, { in: utc }) : nextDay(anchor, day, { in: utc });
}
