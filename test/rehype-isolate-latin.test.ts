import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import rehypeIsolateLatin from '../src/markdown/rehype-isolate-latin.ts';

async function render(markdown: string, lang: string): Promise<string> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { lang } } } });
  const result = await unified().use(remarkParse).use(remarkRehype).use(rehypeIsolateLatin).use(rehypeStringify).process(file);
  return String(result).trim();
}

test.each([
  ['قال Joe Biden إن الاجتماع', 'ar', '<p>قال <bdi>Joe Biden</bdi> إن الاجتماع</p>'],
  ['زار Al-Sudani مقر UN-ESCWA في 2024', 'ar', '<p>زار <bdi>Al-Sudani</bdi> مقر <bdi>UN-ESCWA</bdi> في <bdi>2024</bdi></p>'],
  ['نحو 2,500 جندي و12.5 مليون', 'ar', '<p>نحو <bdi>2,500</bdi> جندي و<bdi>12.5</bdi> مليون</p>'],
  ['افتتاح جناح جديد', 'ar', '<p>افتتاح جناح جديد</p>'],
  ['English text stays as it is', 'en', '<p>English text stays as it is</p>'],
  ['رابط `code` هنا', 'ar', '<p>رابط <code>code</code> هنا</p>'],
])('%s (%s)', async (markdown, lang, expected) => {
  expect(await render(markdown, lang)).toBe(expected);
});
