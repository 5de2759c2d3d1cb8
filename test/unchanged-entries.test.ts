import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { skipUnchangedFrontMatter } from '../src/data/unchanged-entries.ts';

const root = '/site/';
const digest = (text: string) => `d:${text.length}:${text}`;

/** A loader context with the stored entries given, and a Markdown entry type that counts what it parses. */
function setUp(stored: { id: string; filePath?: string; text?: string }[]) {
  const parsed: string[] = [];
  const markdown = {
    extensions: ['.md'],
    getEntryInfo: ({ contents }: { contents: string; fileUrl: URL }) => {
      parsed.push(contents);
      return { data: { slug: `parsed-${contents}` }, rawData: contents, body: '', slug: '' };
    },
  };
  const context = {
    config: { root: pathToFileURL(root) },
    generateDigest: digest,
    store: { values: () => stored.map((entry) => ({ id: entry.id, filePath: entry.filePath, digest: entry.text === undefined ? undefined : digest(entry.text), data: {} })) },
  } as unknown as Parameters<typeof skipUnchangedFrontMatter>[0];
  return { parsed, skip: skipUnchangedFrontMatter(context, new Map([['.md', markdown]])) };
}

const read = async (skip: ReturnType<typeof setUp>['skip'], path: string, contents: string) =>
  skip.entryTypes!.get('.md')!.getEntryInfo({ contents, fileUrl: pathToFileURL(`${root}${path}`) });

describe('skipUnchangedFrontMatter', () => {
  test('a file whose digest is its stored entry’s is not parsed, and its data names the stored id', async () => {
    const { parsed, skip } = setUp([{ id: 'talks-resume', filePath: 'content/articles/talks.md', text: 'same text' }]);
    const info = await read(skip, 'content/articles/talks.md', 'same text');
    expect(parsed).toEqual([]);
    expect(skip.idOf(info.data)).toBe('talks-resume');
  });

  test.each([
    { why: 'an edited file', stored: [{ id: 'a', filePath: 'content/articles/a.md', text: 'old text' }], path: 'content/articles/a.md' },
    { why: 'a new file', stored: [{ id: 'a', filePath: 'content/articles/a.md', text: 'new text' }], path: 'content/articles/b.md' },
    { why: 'an entry stored without a digest', stored: [{ id: 'a', filePath: 'content/articles/a.md' }], path: 'content/articles/a.md' },
    { why: 'an entry stored without a path', stored: [{ id: 'a', text: 'new text' }], path: 'content/articles/a.md' },
  ])('$why is parsed, and its data names no stored id', async ({ stored, path }) => {
    const { parsed, skip } = setUp(stored);
    const info = await read(skip, path, 'new text');
    expect(parsed).toEqual(['new text']);
    expect(skip.idOf(info.data)).toBeUndefined();
  });

  test('without a Markdown entry type, nothing is changed', () => {
    const context = { config: { root: pathToFileURL(root) }, generateDigest: digest, store: { values: () => [] } } as unknown as Parameters<typeof skipUnchangedFrontMatter>[0];
    expect(skipUnchangedFrontMatter(context, new Map()).entryTypes).toBeUndefined();
    expect(skipUnchangedFrontMatter(context, undefined).entryTypes).toBeUndefined();
  });
});
