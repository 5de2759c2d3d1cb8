import { existsSync, readFileSync, statSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importedArticleSchema } from '../src/schema/article.ts';
import { parseArticleFile } from '../src/ingest/article-file.ts';
import { filesIn, fixture, runImport, sampleDump, scratchDir } from './helpers/run-import.ts';

const withoutFrontMatter = (text: string) => parseArticleFile(text)?.body ?? '';

describe('--json', () => {
  test('prints the sample articles with captions, credits and every paragraph, writing nothing', () => {
    const out = scratchDir();
    const { code, stdout } = runImport(['--json', '--out', out, sampleDump]);
    expect(code).toBe(0);
    const articles = JSON.parse(stdout);
    expect(articles).toHaveLength(2);
    expect(Object.keys(articles[0])).toEqual(['title', 'slug', 'lang', 'date', 'dateline', 'byline', 'images', 'paragraphs', 'removed']);
    expect(articles[0].removed).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Iraqi, American Officials to Meet to Discuss US Troop Withdrawal',
      slug: 'iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal',
      lang: 'en',
      date: null,
      images: [{ credit: 'CENTCOM file' }],
    });
    expect(articles[0].paragraphs).toHaveLength(12);
    expect(articles[1].paragraphs).toHaveLength(15);
    expect(articles[1].images).toEqual([{ caption: 'Sudani visiting a market in Baghdad on Thursday', credit: 'Government media' }]);
    expect(filesIn(out)).toEqual([]);
  });

  test('keeps paragraph text as in the dump, not Markdown-escaped, and takes --date', () => {
    const { stdout } = runImport(['--json', '--date', '2024-09-08', fixture('markdown-syntax.txt')]);
    const [article] = JSON.parse(stdout);
    expect(article.date).toBe('2024-09-08');
    expect(article.paragraphs).toContain('- not a list');
    expect(article.paragraphs).toContain('<script>alert(1)</script>');
  });

  test('reports the lines left out of each article, with the reason', () => {
    const { code, stdout } = runImport(['--json', fixture('page-furniture.txt')]);
    expect(code).toBe(0);
    const [strike, heatwave] = JSON.parse(stdout);
    expect(strike).toMatchObject({ dateline: 'Aden', byline: 'Jane Roe / Associated Press', images: [{ caption: 'Dock workers gather outside the harbour gates.', credit: 'EPA/JANE ROE' }] });
    expect(strike.paragraphs[0]).toBe('Hundreds of dock workers stopped work on Monday, saying they had not been paid for three months.');
    expect(strike.removed).toEqual([
      { line: 'Updated 3 June 2024 18:05 GMT', why: 'furniture' },
      { line: 'Dock workers gather outside the harbour gates. EPA/JANE ROE', why: 'duplicate caption' },
      { line: '20', why: 'widget' },
      { line: 'Dock workers gather outside the harbour gates. EPA/JANE ROE', why: 'duplicate caption' },
      { line: 'Dock workers gather outside the harbour gates. EPA/JANE ROE', why: 'duplicate caption' },
      { line: 'Short Url', why: 'widget' },
      { line: 'Last Update: 3 June 2024 18:05', why: 'furniture' },
      { line: 'Read more: Shipping Firms Reroute Around the Red Sea', why: 'furniture' },
      { line: '© 2024 The Associated Press. All rights reserved.', why: 'furniture' },
      { line: 'Follow', why: 'widget' },
      { line: 'Fuel Prices Rise Again in the South', why: 'teaser' },
      { line: 'Drivers queue at a petrol station. (Getty Images)', why: 'teaser' },
      { line: 'Drivers queue at a petrol station. (Getty Images)', why: 'teaser' },
    ]);
    expect(heatwave).toMatchObject({ dateline: 'Cairo and Khartoum', byline: 'Asharq Al-Awsat' });
    expect(heatwave.removed.map((entry: { why: string }) => entry.why)).toEqual(['trailer', 'teaser', 'teaser', 'teaser']);
  });

  test.each([
    {
      file: 'wire-datelines.txt',
      articles: [
        ['Tunis', 'Reuters', []],
        ['Doha', 'KUNA', []],
        ['Jeddah', null, ['AN Photo']],
        ['Riyadh', null, []],
        ['Cairo', 'John Doe / Reuters', ['REUTERS/Jane Roe/File Photo']],
        ['Beirut', 'Reuters', []],
        ['Beirut', 'Jane Roe', []],
        ['Khartoum', 'Jane Roe and AFP', []],
      ],
    },
    {
      file: 'arabic-wire.txt',
      articles: [
        ['عمّان', 'أ ب', ['أ ف ب']],
        ['القاهرة', null, ['الأوروبية']],
        ['القاهرة', 'المصدر', [null]],
      ],
    },
    {
      file: 'arab-news-layout.txt',
      articles: [
        ['Jeddah', 'Jane Roe', []],
        ['Tehran', null, ['AFP']],
      ],
    },
  ])('datelines, bylines and credits of $file', ({ file, articles }) => {
    const { code, stdout } = runImport(['--json', fixture(file)]);
    expect(code).toBe(0);
    const read = JSON.parse(stdout).map((article: { dateline: string; byline: string; images: { credit: string }[] }) => [
      article.dateline,
      article.byline,
      article.images.map((image) => image.credit),
    ]);
    expect(read).toEqual(articles);
  });

  test('one array across several dumps, in dump order', () => {
    const { code, stdout } = runImport(['--json', sampleDump, fixture('arabic.txt')]);
    expect(code).toBe(0);
    const articles = JSON.parse(stdout);
    expect(articles.map((a: { lang: string }) => a.lang)).toEqual(['en', 'en', 'ar']);
  });
});

describe('writing articles', () => {
  test('one valid Markdown file per article, named by its slug', () => {
    const out = scratchDir();
    const { code, stdout } = runImport(['--out', out, sampleDump]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 articles: 2 written, 0 unchanged, 0 conflicts/);
    const files = filesIn(out);
    expect(files).toEqual([
      'baghdad-urges-washington-to-prevent-imminent-israeli-strikes.md',
      'iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal.md',
    ]);
    for (const name of files) {
      const file = parseArticleFile(readFileSync(join(out, name), 'utf8'));
      const data = importedArticleSchema.parse(file?.frontMatter.toJS());
      expect(`${data.slug}.md`).toBe(name);
      expect(data.source).toMatchObject({ file: 'content/dumps/news-dump-sample.txt' });
    }
  });

  test('re-importing writes nothing and says so; editor fields such as the date survive', () => {
    const out = scratchDir();
    runImport(['--out', out, sampleDump]);
    const path = join(out, 'iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal.md');
    const edited = readFileSync(path, 'utf8').replace('\nlang: en\n', '\ndate: 2024-09-08\nlang: en\n');
    writeFileSync(path, edited);
    const before = statSync(path).mtimeMs;
    const again = runImport(['--out', out, sampleDump]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 written, 2 unchanged, 0 conflicts \(nothing to do\)/);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  test('an article saved again with CRLF line ends by an editor is not a conflict', () => {
    const out = scratchDir();
    runImport(['--out', out, sampleDump]);
    const path = join(out, 'iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    const again = runImport(['--out', out, sampleDump]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/2 unchanged, 0 conflicts/);
  });

  test('a hand-edited article is a conflict and is left alone; --force overwrites it, keeping the date', () => {
    const out = scratchDir();
    runImport(['--out', out, '--date', '2024-09-08', sampleDump]);
    const path = join(out, 'iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal.md');
    const edited = readFileSync(path, 'utf8').replace('The final agreement', 'The FINAL agreement');
    writeFileSync(path, edited);
    const conflict = runImport(['--out', out, sampleDump]);
    expect(conflict.code).toBe(3);
    expect(conflict.stderr).toContain(`conflict ${path}: it was edited by hand`);
    expect(conflict.stdout).toMatch(/0 written, 1 unchanged, 1 conflict/);
    expect(readFileSync(path, 'utf8')).toBe(edited);

    const forced = runImport(['--out', out, '--force', sampleDump]);
    expect(forced.code).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('The final agreement');
    expect(text).toContain('date: 2024-09-08');
    expect(runImport(['--out', out, sampleDump]).stdout).toMatch(/2 unchanged/);
  });

  test('--dry-run reports and writes nothing', () => {
    const out = scratchDir();
    const { code, stderr, stdout } = runImport(['--out', out, '--dry-run', sampleDump]);
    expect(code).toBe(0);
    expect(stderr).toContain('would write');
    expect(stdout).toMatch(/2 to write/);
    expect(filesIn(out)).toEqual([]);
  });

  test('--dry-run shows what was recognized in each article and every line left out', () => {
    const out = scratchDir();
    const { code, stdout } = runImport(['--out', out, '--dry-run', fixture('wire-datelines.txt'), fixture('page-furniture.txt')]);
    expect(code).toBe(0);
    expect(stdout).toContain(`article 1: "Central Bank Holds Rates Steady" -> ${join(out, 'central-bank-holds-rates-steady.md')}`);
    expect(stdout).toContain('  dateline "Tunis", byline "Reuters", 2 paragraphs');
    expect(stdout).toContain('  removed (trailer): (Reporting by Jane Roe; Writing by John Doe)');
    expect(stdout).toContain('  photo 1: credit "REUTERS/Jane Roe/File Photo"; caption "Rescuers carry supplies."');
    expect(stdout).toContain('  removed (widget): Short Url');
    expect(stdout).toContain('  removed (teaser): Fuel Prices Rise Again in the South');
    expect(filesIn(out)).toEqual([]);
  });

  test('an import says how many lines it left out, by reason', () => {
    const { code, stderr } = runImport(['--out', scratchDir(), fixture('page-furniture.txt')]);
    expect(code).toBe(0);
    expect(stderr).toContain('lines left out of the articles: 4 furniture, 3 duplicate caption, 3 widget, 6 teaser, 1 trailer (--dry-run or --json lists them)');
  });

  test('two articles with the same headline get distinct slugs that stay put on re-import', () => {
    const out = scratchDir();
    runImport(['--out', out, fixture('same-headline.txt')]);
    expect(filesIn(out)).toEqual(['live-ceasefire-talks-resume-2.md', 'live-ceasefire-talks-resume.md']);
    expect(readFileSync(join(out, 'live-ceasefire-talks-resume-2.md'), 'utf8')).toContain('Talks were suspended');
    expect(runImport(['--out', out, fixture('same-headline.txt')]).stdout).toMatch(/2 unchanged/);
  });

  test('an article of another dump with the same slug is not overwritten', () => {
    const out = scratchDir();
    runImport(['--out', out, fixture('no-markers.txt')]);
    const copy = join(scratchDir(), 'other-dump.txt');
    writeFileSync(copy, readFileSync(fixture('no-markers.txt'), 'utf8').replace('first paragraph', 'opening paragraph'));
    runImport(['--out', out, copy]);
    expect(filesIn(out)).toEqual(['a-plain-headline-without-any-markers-2.md', 'a-plain-headline-without-any-markers.md']);
  });

  test('same-named dumps in different folders are different sources: neither overwrites the other', () => {
    const out = scratchDir();
    const [first, second] = [scratchDir(), scratchDir()].map((dir) => join(dir, 'dump.txt'));
    writeFileSync(first!, 'Daily Briefing\n\nMonday\u2019s briefing text.\n');
    writeFileSync(second!, 'Daily Briefing\n\nA different briefing, from another desk.\n');
    runImport(['--out', out, first!]);
    const again = runImport(['--out', out, second!]);
    expect(again.stdout).toMatch(/1 written, 0 unchanged, 0 conflicts/);
    expect(filesIn(out)).toEqual(['daily-briefing-2.md', 'daily-briefing.md']);
    expect(readFileSync(join(out, 'daily-briefing.md'), 'utf8')).toContain('Monday');
  });

  test('an Arabic article gets lang ar and an ASCII slug', () => {
    const out = scratchDir();
    runImport(['--out', out, fixture('arabic.txt')]);
    const [name] = filesIn(out);
    expect(name).toMatch(/^[a-z0-9-]+\.md$/);
    const text = readFileSync(join(out, name ?? ''), 'utf8');
    expect(text).toContain('lang: ar');
    expect(text).toContain('dateline: القاهرة');
  });
});

test('a large dump formatted on worker threads gives the same files as on one thread', async () => {
  const { writeDump } = await import('../bench/generate-dump.ts');
  const dump = join(scratchDir(), 'large.txt');
  await writeDump(dump, { targetBytes: 5 * 1024 * 1024, seed: 7 });
  const threaded = scratchDir();
  const single = scratchDir();
  expect(runImport(['--out', threaded, dump]).code).toBe(0);
  expect(runImport(['--out', single, dump], { NEWS_IMPORT_WORKERS: '0' }).code).toBe(0);
  const names = filesIn(threaded);
  expect(names.length).toBeGreaterThan(1000);
  expect(filesIn(single)).toEqual(names);
  for (const name of names) expect(readFileSync(join(threaded, name), 'utf8'), name).toBe(readFileSync(join(single, name), 'utf8'));
});

describe('encodings', () => {
  test('CRLF line ends, a UTF-8 BOM and non-breaking spaces', () => {
    const dir = scratchDir();
    const path = join(dir, 'crlf.txt');
    const text = readFileSync(sampleDump, 'utf8').replace(/\n/g, '\r\n').replace(/^Iraqi, American/, 'Iraqi,\u00a0American');
    writeFileSync(path, `\uFEFF${text}\u00a0\r\n`);
    const [first, second] = JSON.parse(runImport(['--json', path]).stdout);
    expect(first.title).toBe('Iraqi,\u00a0American Officials to Meet to Discuss US Troop Withdrawal');
    expect(first.paragraphs).toHaveLength(12);
    expect(second.paragraphs).toHaveLength(15);
    expect(first.paragraphs.every((p: string) => !p.includes('\r'))).toBe(true);
  });

  test('Windows-1252 text is decoded right, with a warning', () => {
    const dir = scratchDir();
    const path = join(dir, 'cp1252.txt');
    // "Café “Le Monde” – 5 €, naïve façade" in Windows-1252 bytes.
    const body = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x4c, 0x65, 0x20, 0x4d, 0x6f, 0x6e, 0x64, 0x65, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x2c, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x66, 0x61, 0xe7, 0x61, 0x64, 0x65]);
    writeFileSync(path, Buffer.concat([Buffer.from('Paris Cafes Reopen\n\n'), body, Buffer.from('\n')]));
    const { code, stdout, stderr } = runImport(['--json', path]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].paragraphs).toEqual(['Café “Le Monde” – 5 €, naïve façade']);
    expect(stderr).toContain('read as Windows-1252');
  });

  test('Windows-1256 Arabic is refused rather than turned into mojibake', () => {
    const dir = scratchDir();
    const path = join(dir, 'cp1256.txt');
    // "العراق" and "بغداد" in Windows-1256 bytes, repeated into a headline and a body.
    const word = Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0x20, 0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x20]);
    writeFileSync(path, Buffer.concat([word, Buffer.from('\n\n'), word, word, word, Buffer.from('\n')]));
    const out = scratchDir();
    const { code, stderr } = runImport(['--out', out, path]);
    expect(code).toBe(1);
    expect(stderr).toContain(path);
    expect(stderr).toMatch(/save it as UTF-8/);
    expect(filesIn(out)).toEqual([]);
  });
});

describe('bad input: one-line error naming the file, exit 1, nothing written', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  test.each([
    { name: 'a missing file', make: (_path: string) => {}, message: /no such file/ },
    { name: 'an empty file', make: (path: string) => writeFileSync(path, ''), message: /is empty/ },
    { name: 'a whitespace-only file', make: (path: string) => writeFileSync(path, ' \n\n\u00a0\n\t\n'), message: /no article found/ },
    { name: 'a PNG image', make: (path: string) => writeFileSync(path, png), message: /is a PNG file/ },
    { name: 'random bytes', make: (path: string) => writeFileSync(path, random), message: /binary/ },
    { name: 'a headline with no body', make: (path: string) => writeFileSync(path, 'Just a line\n'), message: /no article found/ },
    {
      name: 'a file over the size limit',
      make: (path: string) => {
        writeFileSync(path, 'x');
        truncateSync(path, 201 * 1024 * 1024);
      },
      message: /the limit is 200 MB/,
    },
  ])('$name', ({ make, message }) => {
    const path = join(scratchDir(), 'dump.txt');
    make(path);
    const out = join(scratchDir(), 'articles');
    const { code, stderr } = runImport(['--out', out, path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(path);
    expect(stderr).not.toMatch(/\n\s+at /);
    // Not even the output folder is made.
    expect(existsSync(out)).toBe(false);
  });

  test('with several dumps, a bad one is reported and the good ones are still written', () => {
    const out = scratchDir();
    const { code, stderr, stdout } = runImport(['--out', out, fixture('no-photo.txt'), join(out, 'missing.txt'), fixture('arabic.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: no such file/);
    expect(stdout).toMatch(/2 articles: 2 written.*1 dump failed/);
    expect(filesIn(out)).toHaveLength(2);
  });

  test.each([
    [['--date', '2024-02-30', 'x.txt'], /--date 2024-02-30/],
    [['--outt', 'dir', 'x.txt'], /Unknown option '--outt'/],
    [[], /no dump file given/],
  ])('usage error %j exits 2 with the usage text', (args, message) => {
    const { code, stderr } = runImport(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run import');
  });
});

test('the written Markdown body round-trips: every paragraph comes back as its literal text', async () => {
  const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
  const { articleMarkdownOptions } = await import('../src/markdown/article-markdown.ts');
  const out = scratchDir();
  runImport(['--out', out, fixture('markdown-syntax.txt')]);
  const [name] = filesIn(out);
  const body = withoutFrontMatter(readFileSync(join(out, name ?? ''), 'utf8'));
  const processor = await createMarkdownProcessor({ ...articleMarkdownOptions, syntaxHighlight: false } as Parameters<typeof createMarkdownProcessor>[0]);
  const { code: html } = await processor.render(body);
  const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decodeEntities(m[1] ?? ''));
  const { paragraphs: expected } = JSON.parse(runImport(['--json', fixture('markdown-syntax.txt')]).stdout)[0];
  expect(paragraphs).toEqual(expected);
  expect(html.replace(/<\/?p>/g, '')).not.toMatch(/<[a-z]/i);
});

function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
