import { describe, expect, test } from 'vitest';
import { withDerivedFields } from '../src/data/articles-loader.ts';

const body = 'Officials in Baghdad said on Monday that talks would resume. They gave no date.\n\nA second paragraph follows here.\n';

describe('the fields the loader works out from a body', () => {
  test('summary is the first sentence, reading time at least a minute, and the body is not stored', () => {
    const stored = withDerivedFields({ id: 'a', data: { title: 'A', lang: 'en' }, body, digest: 'd' });
    expect(stored.data.summary).toBe('Officials in Baghdad said on Monday that talks would resume.');
    expect(stored.data.readingMinutes).toBe(1);
    expect(stored.body).toBeUndefined();
    expect(stored.digest).toBe('d');
  });

  test("an editor's summary is kept", () => {
    const stored = withDerivedFields({ id: 'a', data: { title: 'A', lang: 'en', summary: 'Talks resume.' }, body });
    expect(stored.data.summary).toBe('Talks resume.');
  });

  test('reading time grows with the body and reads Arabic slower', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(withDerivedFields({ id: 'a', data: { lang: 'en' }, body: words(1150) }).data.readingMinutes).toBe(5);
    expect(withDerivedFields({ id: 'a', data: { lang: 'ar' }, body: words(1150) }).data.readingMinutes).toBe(6);
  });
});
