import { describe, expect, test } from 'vitest';
import { articleMarkdownConfig } from '../src/markdown/article-markdown.ts';
import { MAX_MARKDOWN_NESTING } from '../src/markdown/remark-nesting-limit.ts';

const renderer = await articleMarkdownConfig.processor.createRenderer({ syntaxHighlight: false });
const render = async (body: string) => (await renderer.render(body, { frontmatter: {} })).code;

/** Each shape nested `levels` deep; its text sits `extra` levels of the tree below the last of them (a paragraph, list items…). */
const shapes: [string, (levels: number) => string, number][] = [
  ['quotes', (levels) => `${'>'.repeat(levels)} deep`, 2],
  ['strong emphasis', (levels) => `${'**'.repeat(levels)}deep${'**'.repeat(levels)}`, 2],
  ['quotes holding a list', (levels) => `${'> '.repeat(levels - 1)}- deep`, 3],
];

describe('Markdown nested deeper than the renderer can walk is refused with a message', () => {
  test.each(shapes)('%s up to the limit render', async (_name, body, extra) => {
    const html = await render(body(MAX_MARKDOWN_NESTING - extra));
    expect(html).toContain('deep');
  });

  test.each(shapes)('%s one level deeper are refused, not overflowing the stack', async (_name, body, extra) => {
    await expect(render(body(MAX_MARKDOWN_NESTING - extra + 1))).rejects.toThrow(/Markdown nested more than 500 levels deep/u);
  });

  test('a long flat body is not nested', async () => {
    const html = await render(Array.from({ length: 5_000 }, (_, index) => `Paragraph ${index} with *emphasis*.`).join('\n\n'));
    expect(html.match(/<p>/gu)).toHaveLength(5_000);
  });
});
