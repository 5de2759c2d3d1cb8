import { describe, expect, test } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeRelativeDays from '../src/markdown/rehype-relative-days.ts';

/** Render Markdown the way Astro does, with front matter on `file.data.astro`. */
async function render(markdown: string, frontmatter?: Record<string, unknown>): Promise<string> {
  const file = new VFile({ value: markdown, data: frontmatter ? { astro: { frontmatter } } : {} });
  const result = await unified().use(remarkParse).use(remarkRehype).use(rehypeRelativeDays).use(rehypeStringify).process(file);
  return String(result);
}

const SATURDAY = '<time datetime="2024-09-07" title="Saturday, September 7, 2024">Saturday</time>';

describe('rehypeRelativeDays', () => {
  test('wraps a weekday in <time> resolved against the front matter date', async () => {
    const html = await render('A senior Iraqi official told Asharq Al-Awsat on Saturday.', { date: new Date('2024-09-08'), lang: 'en' });
    expect(html).toBe(`<p>A senior Iraqi official told Asharq Al-Awsat on ${SATURDAY}.</p>`);
  });

  test('accepts a YYYY-MM-DD string date and defaults to English', async () => {
    const html = await render('Officials said on Saturday that talks will resume on Monday.', { date: '2024-09-08' });
    expect(html).toContain(SATURDAY);
    expect(html).toContain('<time datetime="2024-09-09" title="Monday, September 9, 2024">Monday</time>');
  });

  test('uses the whole paragraph as context across inline elements', async () => {
    const html = await render('The *two sides* will meet on **Monday**.', { date: new Date('2024-09-08') });
    expect(html).toBe('<p>The <em>two sides</em> will meet on <strong><time datetime="2024-09-09" title="Monday, September 9, 2024">Monday</time></strong>.</p>');
  });

  test('does not wrap text inside links or code', async () => {
    const html = await render('See [the Saturday report](https://example.com/) and `Saturday`; he spoke on Saturday.', {
      date: new Date('2024-09-08'),
    });
    expect(html).toContain('<a href="https://example.com/">the Saturday report</a>');
    expect(html).toContain('<code>Saturday</code>');
    expect(html.match(/<time /g)).toHaveLength(1);
  });

  test('wraps weekdays in list items', async () => {
    const html = await render('- Talks ended on Saturday\n- Talks resume next Sunday', { date: new Date('2024-09-08') });
    expect(html).toContain(SATURDAY);
    expect(html).toContain('<time datetime="2024-09-15" title="Sunday, September 15, 2024">Sunday</time>');
  });

  test('uses the Arabic locale for Arabic articles', async () => {
    const html = await render('قال المسؤول يوم السبت', { date: new Date('2024-09-08'), lang: 'ar' });
    expect(html).toBe('<p>قال المسؤول يوم <time datetime="2024-09-07" title="السبت، 7 سبتمبر 2024">السبت</time></p>');
  });

  test('leaves the document unchanged without a publication date', async () => {
    const markdown = 'A senior Iraqi official told Asharq Al-Awsat on Saturday.';
    const expected = '<p>A senior Iraqi official told Asharq Al-Awsat on Saturday.</p>';
    expect(await render(markdown)).toBe(expected);
    expect(await render(markdown, { lang: 'en' })).toBe(expected);
    expect(await render(markdown, { date: 'not a date' })).toBe(expected);
  });
});
