import { describe, expect, test } from 'vitest';
import { sentenceSpans } from '../src/lib/sentences.ts';
import { firstSentence, summarize, truncate } from '../src/lib/summary.ts';

const sentences = (text: string) =>
  sentenceSpans(text)
    .map(({ start, end }) => text.slice(start, end).trim())
    .filter((sentence) => sentence !== '');

describe('sentenceSpans', () => {
  test.each([
    ['two plain sentences', 'Talks resumed on Monday. They ended at noon.', ['Talks resumed on Monday.', 'They ended at noon.']],
    ['initials and abbreviations', 'U.S. envoy J. Smith met Gen. Ali in Baghdad. No. 10 said nothing.', ['U.S. envoy J. Smith met Gen. Ali in Baghdad.', 'No. 10 said nothing.']],
    ['closing quotes stay with their sentence', '“We will return,” he said. “Soon.” Then he left.', ['“We will return,” he said.', '“Soon.”', 'Then he left.']],
    ['a question mark before a lowercase word', '“Why now?” he asked on Sunday. Nobody answered.', ['“Why now?” he asked on Sunday.', 'Nobody answered.']],
    ['Arabic question mark and full stop', 'هل تنتهي الحرب؟ قال الوزير إن المحادثات مستمرة.', ['هل تنتهي الحرب؟', 'قال الوزير إن المحادثات مستمرة.']],
    ['numbers and decimals', 'Prices rose 2.5 percent. Exports fell.', ['Prices rose 2.5 percent.', 'Exports fell.']],
    ['text with no end punctuation', 'Breaking news from Gaza', ['Breaking news from Gaza']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('spans cover the text, and a limit stops early', () => {
    const text = 'One. Two. Three.';
    const spans = sentenceSpans(text);
    expect(spans.map(({ start, end }) => text.slice(start, end)).join('')).toBe(text);
    expect(sentenceSpans(text, 2).map(({ start, end }) => text.slice(start, end))).toEqual(['One.', ' Two. Three.']);
  });
});

describe('summaries', () => {
  test('the first sentence of the first paragraph, markup and escapes undone', () => {
    expect(summarize("The *U.S.* envoy met Iraq\\'s premier on Monday. He left on Tuesday.\n\nSecond paragraph.")).toBe(
      "The U.S. envoy met Iraq's premier on Monday.",
    );
  });

  test('a long sentence is cut at a word with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end.`;
    const summary = firstSentence(long);
    expect(summary.length).toBeLessThanOrEqual(221);
    expect(summary).toMatch(/word…$/u);
  });

  test('truncate leaves short text alone and drops trailing punctuation before the ellipsis', () => {
    expect(truncate('Short.', 10)).toBe('Short.');
    expect(truncate('Officials said, in a statement, that', 16)).toBe('Officials said…');
  });

  test('an empty body has an empty summary', () => {
    expect(summarize('')).toBe('');
  });
});
