import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkReadsBack } from '../src/ingest/article-file.ts';
import { readFrontMatterAsAstro } from '../src/lib/astro-front-matter.ts';
import { cleanArticle, FIELD_LIMITS } from '../src/ingest/clean-article.ts';
import { runImport, scratchDir } from './helpers/run-import.ts';

/**
 * Headlines and credits that a YAML 1.1 or 1.2 reader, or Astro's js-yaml, would take for
 * something other than text when written unquoted, and characters Astro's reader refuses. Each
 * goes through a real import and is read back with Astro's own front-matter reader.
 */
const values: [string, string][] = [
  ['octal (YAML 1.2)', '0o17'],
  ['signed octal', '+0o17'],
  ['negative octal', '-0o17'],
  ['hexadecimal', '0x1F'],
  ['YAML 1.1 octal', '017'],
  ['binary', '0b101'],
  ['underscored integer', '1_000'],
  ['leading-dot float', '.5'],
  ['exponent', '1e3'],
  ['infinity', '.inf'],
  ['negative infinity', '-.Inf'],
  ['not a number', '.nan'],
  ['sexagesimal (YAML 1.1)', '190:20:30'],
  ['signed integer', '+12'],
  ['yes', 'yes'],
  ['no', 'no'],
  ['on', 'on'],
  ['off', 'Off'],
  ['y', 'y'],
  ['n', 'N'],
  ['true', 'true'],
  ['False', 'False'],
  ['tilde null', '~'],
  ['null', 'null'],
  ['date', '2024-09-08'],
  ['timestamp', '2024-09-08T10:00:00Z'],
  ['timestamp with a space', '2001-12-14 21:59:43.10 -5'],
  ['merge key', '<<'],
];

/** Noncharacters and controls in a headline: removed, the rest kept. */
const unreadable: [string, string, string][] = [
  ['U+FFFE', 'Talks\uFFFE resume in Doha', 'Talks resume in Doha'],
  ['U+FFFF', '\uFFFFTalks resume in Doha', 'Talks resume in Doha'],
  ['U+FDD0', 'Talks resume\uFDD0 in Doha', 'Talks resume in Doha'],
  ['U+FDEF', 'Talks resume in Doha\uFDEF', 'Talks resume in Doha'],
  ['U+1FFFE (plane 1)', 'Talks \u{1FFFE}resume in Doha', 'Talks resume in Doha'],
  ['U+10FFFF (plane 16)', 'Talks resume \u{10FFFF}in Doha', 'Talks resume in Doha'],
  ['C0 control U+0001', 'Talks\u0001 resume in Doha', 'Talks resume in Doha'],
  ['C1 control U+0085', 'Talks resume\u0085 in Doha', 'Talks resume in Doha'],
  ['DEL', 'Talks resume in\u007F Doha', 'Talks resume in Doha'],
];

/** One article of the dump format: headline, doubled caption, widget, repeated header, body. */
function dumpArticle(title: string, credit: string, n: number): string {
  const caption = `Delegates arrive for round ${n} of the talks. (${credit})`;
  return [title, '', caption, caption, 'TT', '', title, '', caption, caption, '', `Negotiators met again for round ${n}, officials said.`].join('\n');
}

let imported: Map<number, Record<string, unknown>>;
let warnings: string;

beforeAll(() => {
  const dir = scratchDir('news-yaml-');
  const rows = [...values.map(([, value]) => [value, value]), ...unreadable.map(([, raw]) => [raw, 'AFP'])];
  const dump = join(dir, 'hostile-values.txt');
  writeFileSync(dump, `${rows.map(([title, credit], index) => dumpArticle(title!, credit!, index + 1)).join('\n\n\n')}\n`);
  const out = join(dir, 'articles');
  const result = runImport(['--out', out, '--date', '2024-10-01', dump]);
  expect(result.code, result.stderr).toBe(0);
  warnings = result.stderr;
  imported = new Map();
  for (const name of readdirSync(out)) {
    const data = readFrontMatterAsAstro(readFileSync(join(out, name), 'utf8'));
    imported.set((data.source as { position: number }).position, data);
  }
});

describe('imported front matter reads back as written, with Astro’s reader', () => {
  test.each(values.map(([name, value], index) => [name, value, index + 1] as const))('%s: %s', (_name, value, position) => {
    const data = imported.get(position);
    expect(data?.title).toBe(value);
    // The caption splitter decides what is a credit; whichever field holds the value keeps it as text.
    const image = (data?.images as { caption: unknown; credit?: unknown }[])[0];
    if (image?.credit === undefined) expect(image?.caption).toBe(`Delegates arrive for round ${position} of the talks. (${value})`);
    else expect(image.credit).toBe(value);
    expect(data?.date).toEqual(new Date('2024-10-01T00:00:00Z'));
  });

  test.each(unreadable.map(([name, raw, kept], index) => [name, raw, kept, values.length + index + 1] as const))(
    '%s is removed from the headline and reported',
    (name, _raw, kept, position) => {
      expect(imported.get(position)?.title).toBe(kept);
      const code = name.split(' ')[0]!.startsWith('U+') ? name.split(' ')[0]! : undefined;
      const line = warnings.split('\n').find((warning) => warning.includes(`article ${position} (`));
      expect(line).toMatch(/removed 1 character no reader can show .* from the headline/u);
      if (code) expect(line).toContain(code);
    },
  );
});

describe('cleanArticle', () => {
  const article = (fields: Partial<Parameters<typeof cleanArticle>[0]>) =>
    cleanArticle({ title: 'Talks resume', images: [], dateline: null, byline: null, paragraphs: ['Body.'], removed: [], ...fields });

  test('lone surrogates are removed from any text, paragraphs included', () => {
    const { article: cleaned, problems } = article({ paragraphs: ['Half \uD800 a pair', 'Other \uDC00half'] });
    expect(cleaned.paragraphs).toEqual(['Half  a pair', 'Other half']);
    expect(problems).toEqual([
      'removed 1 character no reader can show (U+D800) from the paragraph 1',
      'removed 1 character no reader can show (U+DC00) from the paragraph 2',
    ]);
  });

  test('a pair of surrogates (a letter outside the BMP) is kept', () => {
    expect(article({ title: 'Talks 𝐀 resume' }).article.title).toBe('Talks 𝐀 resume');
  });

  // The quick first look (no `u` flag) must pass on every character the full pattern removes.
  test.each([
    ['a C0 control', 'a\u0001b', 'ab'],
    ['a C1 control', 'a\u0085b', 'ab'],
    ['DEL', 'a\u007fb', 'ab'],
    ['a lone high surrogate at the end', 'ab\ud83d', 'ab'],
    ['a BMP noncharacter U+FDD0', 'a\ufdd0b', 'ab'],
    ['U+FFFE', 'a\ufffeb', 'ab'],
    ['U+FFFF', 'a\uffffb', 'ab'],
    ['a noncharacter past the BMP, U+1FFFE', 'a\u{1fffe}b', 'ab'],
    ['U+10FFFF', 'a\u{10ffff}b', 'ab'],
    ['an emoji beside a noncharacter past the BMP', '😀\u{2fffe}', '😀'],
    ['tab, line feed and carriage return (kept)', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['NBSP, Arabic and an emoji (kept)', 'a\u00a0ب 😀', 'a\u00a0ب 😀'],
  ])('%s: %j becomes %j', (_, text, cleaned) => {
    expect(article({ paragraphs: [text] }).article.paragraphs).toEqual([cleaned]);
  });

  type Cleaned = ReturnType<typeof article>['article'];
  const caps: [keyof typeof FIELD_LIMITS, Partial<Cleaned>, (a: Cleaned) => string][] = [
    ['title', { title: `Talks ${'resume '.repeat(100)}` }, (a: Cleaned) => a.title],
    ['credit', { images: [{ caption: 'A caption', credit: 'Agency '.repeat(40) }] }, (a: Cleaned) => a.images[0]!.credit ?? ''],
    ['dateline', { dateline: 'Place '.repeat(40) }, (a: Cleaned) => a.dateline ?? ''],
    ['byline', { byline: 'Name '.repeat(80) }, (a: Cleaned) => a.byline ?? ''],
  ];
  test.each(caps)('an overlong %s is cut at a word, the cut reported', (field, fields, pick) => {
    const { article: cleaned, problems } = article(fields);
    const limit = FIELD_LIMITS[field];
    expect(pick(cleaned).length).toBeLessThanOrEqual(limit);
    expect(pick(cleaned).length).toBeGreaterThan(limit / 2);
    expect(pick(cleaned)).not.toMatch(/\s$/u);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`over the ${limit} a ${field} may have; \\d+ cut: "`, 'u'));
  });

  test('a caption is not cut again (readCaption caps it when it is read), only cleaned', () => {
    const caption = `${'word '.repeat(199)}\u0007end`;
    const { article: cleaned, problems } = article({ images: [{ caption, credit: null }] });
    expect(cleaned.images[0]?.caption).toBe(caption.replace('\u0007', ''));
    expect(problems).toEqual(['removed 1 character no reader can show (U+0007) from the caption of photo 1']);
  });

  test('the body is never cut', () => {
    const long = 'sentence '.repeat(50_000);
    const { article: cleaned, problems } = article({ paragraphs: [long] });
    expect(cleaned.paragraphs[0]).toBe(long);
    expect(problems).toEqual([]);
  });
});

describe('checkReadsBack', () => {
  test('names the field Astro would read otherwise', () => {
    expect(() => checkReadsBack('---\ntitle: 0o17\n---\n\nBody.\n', { title: '0o17' })).toThrow(
      'its front matter field "title" would read back as 15, not "0o17"',
    );
  });

  test('reports a file Astro’s reader refuses', () => {
    expect(() => checkReadsBack('---\ntitle: Talks \uFFFE resume\n---\n\nBody.\n', { title: 'Talks \uFFFE resume' })).toThrow(/would not read back/u);
  });

  test('passes a file that reads back as meant', () => {
    expect(() => checkReadsBack('---\ntitle: "0o17"\n---\n\nBody.\n', { title: '0o17', byline: undefined })).not.toThrow();
  });
});
