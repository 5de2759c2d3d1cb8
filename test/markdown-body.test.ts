import type { Processor } from 'unified';
import { describe, expect, test, vi } from 'vitest';
import { createRandom } from '../bench/generate-dump.ts';
import { cleanArticle } from '../src/ingest/clean-article.ts';
import { formatArticle, type FormatTask } from '../src/ingest/format-article.ts';
import { isPlainParagraph, paragraphsToMarkdown, paragraphsToMarkdownByRemark } from '../src/ingest/markdown-body.ts';
import { openDump } from '../src/ingest/read-dump.ts';
import { readArticles } from '../src/ingest/read-articles.ts';
import { ASCII_PUNCTUATION, FIELDS, hostileArticles, hostileText, prose, xssPayloads } from './helpers/hostile-text.ts';
import { sampleDump } from './helpers/run-import.ts';

/** How many times remark-stringify has serialized a tree in this file. */
const remarkRuns = vi.hoisted(() => ({ count: 0 }));
vi.mock('remark-stringify', async (importOriginal) => {
  const { default: remarkStringify } = await importOriginal<typeof import('remark-stringify')>();
  return {
    default: function countedRemarkStringify(this: Processor, ...options: Parameters<typeof remarkStringify>) {
      remarkStringify.call(this, ...options);
      const compile = this.compiler!;
      this.compiler = (tree, file) => {
        remarkRuns.count += 1;
        return compile(tree, file);
      };
    },
  };
});

const ARTICLES = 2000;
const BODIES = 6000;

describe('isPlainParagraph', () => {
  test.each([
    'The council approved the budget on Monday, officials said.',
    'Iraqi and US officials met in Baghdad (AFP) for round 3 of the talks.',
    '"We are ready," the minister said; the vote was 12-3.',
    'Prices rose 1.5% to $5.2bn in the 1990s: a 3-2 vote!',
    '“Quoted” and ‘single’ marks — and dashes – are text.',
    'قال مسؤول إن المحادثات ستستأنف يوم الاثنين.',
    'Talks resume in Riyadh at 10:30 am. Why now?',
    '2024 was the year the port reopened.',
    'It costs 5 euros/day + tax = 7 euros.',
    'Email news@example.org or visit https://example.org/a-b?c=d#e.',
    'A hashtag #peace and 1. in the middle, > and - too.',
  ])('ordinary prose takes the fast path: %s', (text) => {
    expect(isPlainParagraph(text)).toBe(true);
  });

  test.each([
    ['emphasis', 'a *word*'],
    ['underscore', 'snake_case'],
    ['code', 'a `tick`'],
    ['link', 'see [this]'],
    ['closing bracket', 'a ] b'],
    ['HTML', 'a <b>bold</b>'],
    ['entity', 'AT&T'],
    ['backslash', 'C:\\path'],
    ['heading', '# Title'],
    ['quote', '> quoted'],
    ['list', '- item'],
    ['plus list', '+ item'],
    ['ordered list', '1. item'],
    ['ordered list with )', '12) item'],
    ['setext underline', '=== a'],
    ['fence', '~~~ a'],
    ['leading space', ' indented'],
    ['leading NBSP', '\u00a0indented'],
    ['trailing space', 'ends with a space '],
    ['trailing NBSP', 'ends with NBSP\u00a0'],
    ['tab', 'a\tb'],
    ['line feed', 'a\nb'],
    ['carriage return', 'a\rb'],
    ['control character', 'a\u0007b'],
    ['DEL', 'a\u007fb'],
    ['empty', ''],
  ])('%s goes to remark-stringify', (_, text) => {
    expect(isPlainParagraph(text)).toBe(false);
  });

  test('takes linear time', () => {
    const started = performance.now();
    expect(isPlainParagraph(`${'1'.repeat(200_000)}x${' '.repeat(200_000)}a`)).toBe(true);
    expect(isPlainParagraph(`${'a '.repeat(200_000)} `)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('the body fast path writes the bytes remark-stringify writes', () => {
  const payloads = xssPayloads();

  test('bodies of hostile paragraphs (line ends, tabs and control characters included)', () => {
    const random = createRandom(34);
    let fast = 0;
    for (let index = 0; index < BODIES; index += 1) {
      const body = Array.from({ length: random.int(0, 6) }, () => (random.chance(0.5) ? prose(random) : hostileText(random, payloads)));
      if (body.length > 0 && body.every(isPlainParagraph)) fast += 1;
      expect(paragraphsToMarkdown(body), JSON.stringify(body)).toBe(paragraphsToMarkdownByRemark(body));
    }
    // Both paths are compared, many times each.
    expect(fast).toBeGreaterThan(BODIES / 10);
    expect(fast).toBeLessThan(BODIES - BODIES / 10);
  });

  test('every ASCII punctuation character alone, first, last and after a line end', () => {
    for (const character of ASCII_PUNCTUATION) {
      for (const text of [character, `${character} a`, `${character}a`, `a ${character}`, `a${character}`, `a\n${character} b`, `1${character} a`]) {
        expect(paragraphsToMarkdown([text]), JSON.stringify(text)).toBe(paragraphsToMarkdownByRemark([text]));
      }
    }
  });

  test(`whole article files, XSS payloads in every field (${ARTICLES} articles, new and updated)`, () => {
    const { articles, placed } = hostileArticles(ARTICLES, payloads);
    for (const field of FIELDS) expect(placed[field], field).toBeGreaterThanOrEqual(payloads.length);
    const outcome = (task: FormatTask, writeBody?: typeof paragraphsToMarkdown) => {
      try {
        return formatArticle(task, writeBody);
      } catch (error) {
        return (error as Error).message;
      }
    };
    let fast = 0;
    let written = 0;
    for (const [index, parsed] of articles.entries()) {
      // As the importer formats them: cleaned first (control characters out, long fields cut).
      const { article } = cleanArticle(parsed);
      const task: FormatTask = { article, context: { slug: `article-${index + 1}`, sourceFile: 'hostile.txt', position: index + 1, date: '2024-09-08' }, existing: null, force: false };
      const created = outcome(task);
      expect(created, `article ${index + 1}: ${JSON.stringify(parsed)}`).toEqual(outcome(task, paragraphsToMarkdownByRemark));
      if (article.paragraphs.every(isPlainParagraph)) fast += 1;
      if (typeof created === 'string' || created.text === undefined) continue;
      written += 1;
      if (index % 3 === 0) {
        // Imported again after the dump changed: the existing file's front matter is edited in place.
        const again: FormatTask = { ...task, article: { ...article, paragraphs: article.paragraphs.slice(1) }, existing: created.text };
        expect(outcome(again), `article ${index + 1} again`).toEqual(outcome(again, paragraphsToMarkdownByRemark));
      }
    }
    expect(written).toBeGreaterThan(ARTICLES * 0.9);
    expect(fast).toBeGreaterThan(ARTICLES / 5);
    expect(fast).toBeLessThan(ARTICLES * 0.8);
  }, 180_000);
});

describe('ordinary prose is written without remark-stringify', () => {
  test('a body of prose runs no serializer; one hostile paragraph does', () => {
    const body = ['The council approved the budget on Monday, officials said.', 'قال مسؤول إن المحادثات ستستأنف.', '"We are ready," she said.'];
    const before = remarkRuns.count;
    expect(paragraphsToMarkdown(body)).toBe(`${body.join('\n\n')}\n`);
    expect(remarkRuns.count).toBe(before);
    paragraphsToMarkdown([...body, 'a *word*']);
    expect(remarkRuns.count).toBe(before + 1);
  });

  test('most articles of the sample dump take the fast path', async () => {
    let articles = 0;
    let fast = 0;
    for await (const { article } of readArticles(await openDump(sampleDump))) {
      articles += 1;
      const before = remarkRuns.count;
      paragraphsToMarkdown(cleanArticle(article).article.paragraphs);
      if (remarkRuns.count === before) fast += 1;
    }
    expect(articles).toBeGreaterThan(0);
    expect(fast / articles).toBeGreaterThan(0.8);
  });
});
