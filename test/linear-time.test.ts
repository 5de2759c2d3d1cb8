import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { findWeekdayReferences } from '../src/lib/relative-days.ts';
import { sentenceSpans } from '../src/lib/sentences.ts';
import { firstSentence } from '../src/lib/summary.ts';
import { measureWork } from '../src/lib/work-meter.ts';
import { rehypeRelativeDays } from '../src/markdown/rehype-relative-days.ts';

/**
 * Dumps are untrusted: the text functions must do work linear in their input's length on any
 * text. Each generator makes a paragraph of about `size` characters; doubling the size must at
 * most about double the work counted by src/lib/work-meter.ts (characters scanned, tokens and
 * clauses visited).
 */
type Generator = (size: number) => string;

/** A deterministic pseudo-random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const repeat = (unit: string): Generator => (size) => unit.repeat(Math.ceil(size / unit.length));

/** Random words, weekdays, tense markers and punctuation, English and Arabic. */
const PIECES = [
  'the', 'minister', 'said', 'will', 'on', 'Monday', 'Friday', 'last', 'next', 'when', 'but', 'U.S.', 'Gen.', 'a.', 'B.',
  '.', ',', ';', '?', '!', '—', '(', ')', '"', '”', 'was', 'expected', 'to', 'be', 'held', 'يوم', 'السبت', 'الأحد',
  'المقبل', 'قال', 'سوف', '،', '؟', '\n', 'Mr.', 'No.', '2.5', 'Good Friday',
];
const randomText = (seed: number): Generator => (size) => {
  const next = random(seed);
  let text = '';
  while (text.length < size) text += `${PIECES[Math.floor(next() * PIECES.length)]}${next() < 0.8 ? ' ' : ''}`;
  return text;
};

const generators: [string, Generator][] = [
  ['a weekday phrase repeated, no punctuation', repeat('the minister said on Monday that ')],
  ['a weekday phrase repeated in one sentence of clauses', repeat('on Saturday, officials said, ')],
  ['weekdays back to back', repeat('Monday ')],
  ['strict modifiers repeated', repeat('last Friday and next Friday ')],
  ['Arabic weekday forms repeated', repeat('قال الوزير يوم السبت الماضي ')],
  ['Arabic weekdays in clauses', repeat('يوم الاثنين، بينما الخميس المقبل ')],
  ['very short sentences', repeat('a. ')],
  ['initials that end no sentence', repeat('U.S. ')],
  ['abbreviations that end no sentence', repeat('Gen. ')],
  ['end punctuation before lowercase words', repeat('why? then ')],
  ['one long word before each period', repeat(`${'x'.repeat(500)}. `)],
  ['a run of periods', repeat('.')],
  ['random text (seed 1)', randomText(1)],
  ['random text (seed 2)', randomText(2)],
  ['random text (seed 3)', randomText(3)],
];

const published = new Date('2024-09-08');

const tasks: [string, (text: string) => void][] = [
  ['sentenceSpans', (text) => sentenceSpans(text)],
  ['firstSentence (summaries)', (text) => firstSentence(text)],
  ['findWeekdayReferences (en)', (text) => findWeekdayReferences(text, published, 'en')],
  ['findWeekdayReferences (ar)', (text) => findWeekdayReferences(text, published, 'ar')],
];

/** The work at a size and at twice it, for sizes up to 64 KB. */
function workRatios(generate: Generator, run: (text: string) => void): { size: number; ratio: number; work: number }[] {
  const results = [];
  for (let size = 4_000; size <= 32_000; size *= 2) {
    const small = measureWork(() => run(generate(size)));
    const large = measureWork(() => run(generate(size * 2)));
    results.push({ size, ratio: large / small, work: small });
  }
  return results;
}

describe('text functions do linear work on hostile paragraphs', () => {
  for (const [taskName, run] of tasks) {
    test.each(generators)(`${taskName}: %s`, (_name, generate) => {
      for (const { size, ratio, work } of workRatios(generate, run)) {
        // Every character is looked at at least once: the meter is counting.
        expect(work, `work at ${size}`).toBeGreaterThanOrEqual(size);
        expect(ratio, `work from ${size} to ${size * 2} characters`).toBeLessThanOrEqual(2.2);
      }
    });
  }
});

describe('the relative-days plugin pairs references with text nodes in one walk', () => {
  /** A paragraph of `count` emphasised weekdays between text nodes. */
  const paragraph = (count: number): Root => {
    const children: Element['children'] = [];
    for (let n = 0; n < count; n += 1) {
      children.push({ type: 'text', value: ' They met on Monday and ' });
      children.push({ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'Tuesday' }] });
    }
    return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] };
  };
  const file = { data: { astro: { frontmatter: { date: '2024-09-08', lang: 'en' } } } } as never;

  test('wraps every weekday, with work linear in the paragraph', () => {
    const transform = rehypeRelativeDays();
    const works = [1_000, 2_000, 4_000].map((count) => {
      const tree = paragraph(count);
      const work = measureWork(() => transform(tree, file));
      const p = tree.children[0] as Element;
      const times = p.children.filter((child) => child.type === 'element' && child.tagName === 'time').length;
      const nested = p.children.filter((child) => child.type === 'element' && child.tagName === 'em' && (child.children[0] as Element).tagName === 'time').length;
      expect(times + nested).toBe(count * 2);
      return work;
    });
    expect(works[1]! / works[0]!).toBeLessThanOrEqual(2.2);
    expect(works[2]! / works[1]!).toBeLessThanOrEqual(2.2);
  });
});
