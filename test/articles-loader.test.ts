import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { storeVersion, withDerivedFields } from '../src/data/articles-loader.ts';

const body = 'Officials in Baghdad said on Monday that talks would resume. They gave no date.\n\nA second paragraph follows here.\n';

describe('the fields the loader works out from a body', () => {
  test('summary is the first sentence, reading time at least a minute, and the body is not stored', () => {
    const stored = withDerivedFields({ id: 'a', data: { title: 'A', lang: 'en' }, body, digest: 'd' }, 'v1');
    expect(stored.data.summary).toBe('Officials in Baghdad said on Monday that talks would resume.');
    expect(stored.data.readingMinutes).toBe(1);
    expect(stored.body).toBeUndefined();
    expect(stored.digest).toBe('d');
    expect(stored.data.storeVersion).toBe('v1');
  });

  test("an editor's summary is kept", () => {
    const stored = withDerivedFields({ id: 'a', data: { title: 'A', lang: 'en', summary: 'Talks resume.' }, body }, 'v1');
    expect(stored.data.summary).toBe('Talks resume.');
  });

  test('reading time grows with the body and reads Arabic slower', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(withDerivedFields({ id: 'a', data: { lang: 'en' }, body: words(1150) }, 'v1').data.readingMinutes).toBe(5);
    expect(withDerivedFields({ id: 'a', data: { lang: 'ar' }, body: words(1150) }, 'v1').data.readingMinutes).toBe(6);
  });
});

test('the store version changes with any file of the code that fills the store, and only then', () => {
  const root = mkdtempSync(join(tmpdir(), 'news-store-version-'));
  try {
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(join(root, 'src/lib/summary.ts'), 'export const MAX = 220;');
    const url = pathToFileURL(`${root}/`);
    const first = storeVersion(url);
    expect(storeVersion(url)).toBe(first);
    writeFileSync(join(root, 'src/pages/index.astro'), 'a page');
    expect(storeVersion(url)).toBe(first);
    writeFileSync(join(root, 'src/lib/summary.ts'), 'export const MAX = 60;');
    expect(storeVersion(url)).not.toBe(first);
    // The same files in another folder (another checkout, a CI runner) give the same version.
    const copy = mkdtempSync(join(tmpdir(), 'news-store-version-'));
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    expect(storeVersion(pathToFileURL(`${copy}/`))).toBe(storeVersion(url));
    rmSync(copy, { recursive: true, force: true });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
