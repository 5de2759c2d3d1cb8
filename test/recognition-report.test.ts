import { expect, test } from 'vitest';
import { countRemoved, describeArticle } from '../src/ingest/recognition-report.ts';

test('describes what was recognized and every line left out; long lines are cut with their length', () => {
  const long = 'x'.repeat(300);
  const text = describeArticle(
    {
      title: 'Port Reopens',
      images: [{ caption: 'Ships wait.', credit: 'AFP' }, { caption: 'The quay', credit: null }],
      dateline: 'Aden',
      byline: null,
      paragraphs: ['One.'],
      removed: [
        { line: 'Short Url', why: 'widget' },
        { line: long, why: 'too long' },
      ],
    },
    3,
    'out/port-reopens.md',
  );
  expect(text.split('\n')).toEqual([
    'article 3: "Port Reopens" -> out/port-reopens.md',
    '  dateline "Aden", byline none, 1 paragraph',
    '  photo 1: credit "AFP"; caption "Ships wait."',
    '  photo 2: credit none; caption "The quay"',
    '  removed (widget): Short Url',
    `  removed (too long): ${'x'.repeat(200)}… (300 characters)`,
  ]);
});

test('counts removed lines by reason', () => {
  expect(countRemoved(new Map([['widget', 3], ['teaser', 2]]))).toBe('3 widget, 2 teaser');
  expect(countRemoved(new Map())).toBe('');
});
