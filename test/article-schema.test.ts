import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { withCspMetaFirst } from '../src/lib/csp-first.ts';
import { searchFilterValue } from '../src/lib/search-filter.ts';
import { articleSchema } from '../src/schema/article.ts';

const schema = articleSchema(z.string());
const base = { title: 'Talks Resume', slug: 'talks-resume', date: '2024-09-08' };

/** The schema's messages for the data, as `field: message`. */
function issues(data: Record<string, unknown>): string[] {
  const result = schema.safeParse({ ...base, ...data });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('dates are real calendar dates with four-digit years', () => {
  test.each([
    ['2024-02-30', 'no 30 February'],
    ['2023-02-29', 'no leap day in 2023'],
    ['0024-02-01', 'year 24 (js-yaml and Date.UTC read it as 1924)'],
    ['2024-9-31', 'no 31 September'],
    ['2024-09-08T10:00:00Z', 'a time of day'],
  ])('%s is refused (%s)', (date) => {
    expect(issues({ date })).toEqual([`date: must be a real calendar date written YYYY-MM-DD, with a four-digit year, not ${JSON.stringify(date)}`]);
    expect(issues({ updated: date })).toHaveLength(1);
  });

  test('2024-02-29 is a date', () => {
    expect(schema.parse({ ...base, date: '2024-02-29' }).date?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
});

describe('lang is a valid BCP 47 tag', () => {
  test.each(['en-US-US', 'ar-EG-EG', 'de-1996-1996', 'en-Latn-Latn'])('%s is refused: Intl would throw on it', (lang) => {
    expect(issues({ lang })).toEqual(['lang: must be a valid BCP 47 language tag such as en, en-GB or ar']);
  });

  test.each(['EN', 'en_US', 'english', ''])('%j is refused: not a tag', (lang) => {
    expect(issues({ lang })[0]).toMatch(/^lang: must be a language tag such as en or ar/u);
  });

  test.each(['en', 'ar', 'en-GB', 'zh-Hant-TW', 'sr-Latn', 'ar-EG'])('%s is a tag', (lang) => {
    expect(issues({ lang })).toEqual([]);
  });
});

describe('photos are files next to the article', () => {
  test.each([
    ['../../usr/share/x.png', 'out of the folder'],
    ['./photos/../../x.png', 'out of the folder, after a detour'],
    ['..\\x.png', 'out of the folder, with a backslash'],
    ['/usr/share/pixmaps/x.png', 'absolute'],
    ['\\\\server\\share\\x.png', 'a network path'],
    ['file:///etc/x.png', 'a file URL'],
    ['https://example.com/x.png', 'another site'],
    ['C:/photos/x.png', 'a drive letter'],
  ])('%s is refused (%s)', (src) => {
    expect(issues({ images: [{ caption: 'A photo', src }] })).toEqual([
      `images.0.src: must be a file next to the article, such as ./photo.jpg, not ${JSON.stringify(src)}`,
    ]);
  });

  test.each(['./photo.svg', './photo.SVG', 'photos/x.svgz'])('%s is refused: SVG', (src) => {
    expect(issues({ images: [{ caption: 'A photo', src }] })).toEqual([
      'images.0.src: must be a JPEG, PNG, GIF, WebP, AVIF or TIFF file: an SVG file can carry scripts that would run on the site',
    ]);
  });

  test.each(['./photo.jpg', 'photo.png', './photos/harbour.webp', './a..b.jpg'])('%s is a photo path', (src) => {
    expect(issues({ images: [{ caption: 'A photo', src }] })).toEqual([]);
  });
});

describe('searchFilterValue', () => {
  test.each([
    ['Energy', 'Energy'],
    ['Arts & Culture', 'Arts & Culture'],
    ['<img src=x onerror=alert(1)>', '‹img src=x onerror=alert(1)›'],
    ['&lt;b&gt;', '＆lt;b＆gt;'],
    ['&#60;script&#62;', '＆#60;script＆#62;'],
    ['AT&T', 'AT＆T'],
    ['الاقتصاد', 'الاقتصاد'],
  ])('%s → %s', (name, value) => {
    expect(searchFilterValue(name)).toBe(value);
  });
});

describe('withCspMetaFirst', () => {
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

  test('moves the policy to just after <meta charset>', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script type="application/ld+json">{}</script>${csp}</head><body></body></html>`;
    expect(withCspMetaFirst(page)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>T</title><script type="application/ld+json">{}</script></head><body></body></html>`,
    );
  });

  test('without <meta charset>, to the start of <head>', () => {
    expect(withCspMetaFirst(`<html><head><title>T</title>${csp}</head></html>`)).toBe(`<html><head>${csp}<title>T</title></head></html>`);
  });

  test('leaves a page without a policy alone', () => {
    const page = '<html><head><title>T</title></head></html>';
    expect(withCspMetaFirst(page)).toBe(page);
  });
});
