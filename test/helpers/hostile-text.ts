/**
 * A deterministic corpus of articles whose every field mixes ordinary prose with what Markdown,
 * HTML and YAML treat as syntax: every ASCII punctuation character, line-leading block markers,
 * digits before `.` and `)`, HTML tags and entities, backslashes, Arabic and other Unicode,
 * NBSP and other whitespace, control characters, leading and trailing spaces, and XSS payloads.
 */
import { readFileSync } from 'node:fs';
import { createRandom, type Random } from '../../bench/generate-dump.ts';
import type { ParsedArticle } from '../../src/ingest/parse-article.ts';
import { fixture } from './run-import.ts';

export const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

/** What can open a block (or an indent, or a reference) at the start of a line. */
const LINE_STARTS = [
  '#', '# ', '###### ', '####### ', '#5', '>', '> ', '>>', '- ', '-', '--', '---', '-x', '+ ', '+', '++', '* ', '*', '***',
  '_', '___', '_ ', '=', '===', '~', '~~~', '`', '```', '    ', '\t', '1. ', '1.', '1) ', '9)', '10.', '2024.', '007) ',
  '3)x', '1.5', '<div>', '</p>', '<!--', '<?', '<!DOCTYPE html>', '<x', '[a]: /b', '[', '![x](y)', '\\', '\\#', '&amp;',
  '&#35; ', ' ', '  ', '\u00a0', '…', '|', '| a |', ':', '$', '%', '@', '^', '{', '}', '!', '?', '"', "'", '(', ')',
];
const HTML_AND_ENTITIES = [
  '<b>', '</b>', '<p>', '<br/>', '<a href="x">', '<!-- c -->', '<![CDATA[x]]>', '<?php ?>', '<http://example.com>',
  '<jane@example.com>', '< b', '<1', '<>', '&amp;', '&lt;', '&#35;', '&#x27;', '&#X41;', '&nbsp;', '&copy', '&', 'AT&T',
  '& ', '&;', '&#;', '&bogus;', '&1', '&é',
];
const BACKSLASHES = ['\\', '\\\\', '\\*', '\\_', '\\[', '\\n', '\\a', 'C:\\path\\', '\\\\\\', '\\`', '\\ ', '\\é'];
const UNICODE = [
  'مرحبا بكم في', 'قال مسؤول «للأنباء» إن', 'ـــ', '١٢٣.', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200f', '\u3000',
  '\u2003', '\ufeff', '😀', '👍🏽', 'é', 'e\u0301', '“quoted”', '‘single’', '—', '–', '…', '№', '€5', '½', '＊', '［', '＜',
];
const WHITESPACE_AND_CONTROLS = [
  ' ', '  ', '   ', '\t', '\n', '\r\n', '\r', ' \n', '\n\n', '\n\t', '\u00a0', '\u000b', '\f', '\u0000', '\u001f', '\u007f', '\u0085',
];
const PROSE = [
  'The council approved the budget on Monday', 'officials said.', 'in Beirut', '(AFP)', 'U.S.', '$5.2bn', '12%', 'a 3-2 vote',
  'talks resume', 'The minister, who spoke to reporters,', 'said talks were "constructive".', "Jane Roe's team", '2024',
  'on 8 September 2024', 'at 10:30 am', 'Riyadh', 'No date was set!', 'Why now?', 'rose 1.5 per cent', 'the 1990s',
];

/** Ordinary news prose: what the fast path must take. */
export function prose(random: Random): string {
  const words: string[] = [];
  for (let count = random.int(1, 12); count > 0; count -= 1) words.push(random.pick(PROSE));
  const text = words.join(' ');
  return /^\d/u.test(text) ? `In ${text}` : text;
}

/** A text mixing prose with syntax; line ends, tabs and controls only when `multiline`. Half are prose with one hazard. */
export function hostileText(random: Random, payloads: readonly string[], multiline = true): string {
  if (random.chance(0.5)) return proseWithOneHazard(random, multiline);
  const parts: string[] = [];
  if (random.chance(0.35)) parts.push(random.pick(LINE_STARTS));
  for (let count = random.int(1, 10); count > 0; count -= 1) {
    const roll = random.next();
    if (roll < 0.35) parts.push(prose(random));
    else if (roll < 0.5) parts.push(random.pick(ASCII_PUNCTUATION).repeat(random.int(1, 3)));
    else if (roll < 0.58) parts.push(`${random.int(0, 2024)}${random.pick(['.', ')', '. ', ') ', '.5', ''])}`);
    else if (roll < 0.66) parts.push(random.pick(HTML_AND_ENTITIES));
    else if (roll < 0.72) parts.push(random.pick(BACKSLASHES));
    else if (roll < 0.82) parts.push(random.pick(UNICODE));
    else if (roll < 0.88 && multiline) parts.push(`${random.pick(['\n', '\r\n', '\n  '])}${random.pick(LINE_STARTS)}`);
    else if (roll < 0.92 && multiline) parts.push(random.pick(WHITESPACE_AND_CONTROLS));
    else if (roll < 0.96) parts.push(random.pick(payloads));
    else parts.push(random.pick(LINE_STARTS));
    parts.push(random.pick([' ', ' ', ' ', '', '\u00a0', '  ']));
  }
  if (random.chance(0.2)) parts.push(random.pick([' ', '  ', '\t', '\u00a0', '\\', '\\\\', '#', ' #', '*', '_']));
  return parts.join('');
}

/** Prose with one thing that may be syntax at its start, in it, or at its end: the cases a fast path could miss. */
function proseWithOneHazard(random: Random, multiline: boolean): string {
  const hazards = [LINE_STARTS, ASCII_PUNCTUATION, HTML_AND_ENTITIES, BACKSLASHES, UNICODE, ...(multiline ? [WHITESPACE_AND_CONTROLS] : [])];
  const hazard = random.pick(random.pick(hazards));
  const text = prose(random);
  const where = random.int(0, 3);
  if (where === 0) return `${hazard}${text}`;
  if (where === 1) return `${text}${hazard}`;
  const at = random.int(0, text.length);
  return where === 2 ? `${text.slice(0, at)}${hazard}${text.slice(at)}` : `${random.int(0, 99)}${hazard}${text}`;
}

/**
 * XSS payloads: every line of the project's XSS fixture dump, and, when `XSS_DUMP` names
 * another dump (the shared corpus of 144 vectors: XSS_DUMP=../shared/security/xss/xss-dump.txt),
 * every line of that one too.
 */
export function xssPayloads(): string[] {
  const dumps = [fixture('xss.txt'), ...(process.env.XSS_DUMP ? [process.env.XSS_DUMP] : [])];
  const lines = dumps.flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/u));
  return [...new Set(lines.map((line) => line.trim()).filter((line) => line !== ''))];
}

/** The fields a payload is put in. */
export const FIELDS = ['title', 'dateline', 'byline', 'caption', 'credit', 'paragraph'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * `count` articles, and how many payloads went into each field. Each field takes the payloads
 * in turn (every headline one, every dateline present one, …; in a third of the articles the
 * body is prose only and takes none), so once a field has taken at least `payloads.length`,
 * every payload is in it.
 */
export function hostileArticles(count: number, payloads: readonly string[], seed = 12): { articles: ParsedArticle[]; placed: Record<Field, number> } {
  const random = createRandom(seed);
  const placed = Object.fromEntries(FIELDS.map((name) => [name, 0])) as Record<Field, number>;
  const withPayload = (name: Field, text: string) => {
    const payload = payloads[placed[name] % payloads.length] ?? '';
    placed[name] += 1;
    return random.chance(0.5) ? `${payload} ${text}` : `${text} ${payload}`;
  };
  const field = (name: Field) => withPayload(name, random.chance(0.3) ? prose(random) : hostileText(random, payloads, false));
  const articles = Array.from({ length: count }, (): ParsedArticle => {
    const proseOnly = random.chance(0.35);
    const paragraphs = Array.from({ length: random.int(1, 12) }, () => (proseOnly ? prose(random) : hostileText(random, payloads)));
    if (!proseOnly) {
      const at = random.int(0, paragraphs.length - 1);
      paragraphs[at] = withPayload('paragraph', paragraphs[at] ?? '');
    }
    return {
      title: field('title'),
      dateline: random.chance(0.8) ? field('dateline') : null,
      byline: random.chance(0.8) ? field('byline') : null,
      images: Array.from({ length: random.int(0, 3) }, () => ({ caption: field('caption'), credit: random.chance(0.8) ? field('credit') : null })),
      paragraphs,
      removed: [],
    };
  });
  return { articles, placed };
}
