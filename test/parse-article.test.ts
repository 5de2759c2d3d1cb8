import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle, parseDatelineLine } from '../src/ingest/parse-article.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/dumps/${name}`, import.meta.url), 'utf8');
const sample = readFileSync(new URL('../content/dumps/news-dump-sample.txt', import.meta.url), 'utf8');
const sampleBlocks = sample.split(/\n\s*\n\s*\n/);

describe('parseArticle on the sample dump', () => {
  test('first article: headline, one photo with its credit, 12 paragraphs in order', () => {
    const article = parseArticle(sampleBlocks[0] ?? '');
    expect(article?.title).toBe('Iraqi, American Officials to Meet to Discuss US Troop Withdrawal');
    expect(article?.images).toEqual([
      {
        caption: 'A troop member of the International Coalition shakes hands with an Iraqi soldier during a military training.',
        credit: 'CENTCOM file',
      },
    ]);
    expect(article?.paragraphs).toHaveLength(12);
    expect(article?.paragraphs[0]).toMatch(/^The final agreement between Iraq/);
    expect(article?.paragraphs[11]).toMatch(/^Iraq and the US will hold a meeting/);
    expect(article?.dateline).toBeNull();
  });

  test('second article: paragraphs without blank lines between them', () => {
    const article = parseArticle(sampleBlocks[1] ?? '');
    expect(article?.title).toBe('Baghdad Urges Washington to Prevent ‘Imminent’ Israeli Strikes');
    expect(article?.images).toEqual([{ caption: 'Sudani visiting a market in Baghdad on Thursday', credit: 'Government media' }]);
    expect(article?.paragraphs).toHaveLength(15);
    expect(article?.paragraphs.some((p) => p.includes('TT') && p.length < 5)).toBe(false);
  });
});

describe('parseArticle on the format variations', () => {
  test.each([
    {
      name: 'several photos, each caption doubled, credits in three styles, dateline line',
      file: 'several-photos.txt',
      title: 'Gulf Ministers Meet in Riyadh on Regional Security',
      images: [
        { caption: 'Foreign ministers pose for a group photo before the meeting.', credit: 'SPA' },
        { caption: 'The Saudi foreign minister speaks to reporters', credit: 'AFP' },
        { caption: 'Delegates arrive at the conference hall.', credit: 'Reuters' },
      ],
      dateline: 'Riyadh',
      byline: 'Asharq Al-Awsat',
      paragraphs: 2,
    },
    {
      name: 'no photo and no TT; a "Place: Name" line',
      file: 'no-photo.txt',
      title: 'Lebanon’s Parliament Fails Again to Elect a President',
      images: [],
      dateline: 'Cairo',
      byline: 'Asharq Al-Awsat',
      paragraphs: 2,
    },
    {
      name: 'Arabic, with an Arabic credit and dateline',
      file: 'arabic.txt',
      title: 'افتتاح جناح جديد في متحف القاهرة',
      images: [{ caption: 'زوار في المتحف المصري الكبير', credit: 'أ.ف.ب' }],
      dateline: 'القاهرة',
      byline: 'الشرق الأوسط',
      paragraphs: 2,
    },
    {
      name: 'none of the markers: first line headline, the rest body',
      file: 'no-markers.txt',
      title: 'A Plain Headline Without Any Markers',
      images: [],
      dateline: null,
      byline: null,
      paragraphs: 3,
    },
  ])('$name', ({ file, title, images, dateline, byline, paragraphs }) => {
    const article = parseArticle(fixture(file));
    expect(article).toMatchObject({ title, images, dateline, byline });
    expect(article?.paragraphs).toHaveLength(paragraphs);
  });

  test('CRLF line ends, non-breaking spaces around lines and a TT line are handled', () => {
    const block = 'Headline\u00a0\r\n\r\nCaption (AFP)\r\nCaption (AFP)\r\nTT\r\n\r\nHeadline\r\n\r\nCaption (AFP)\r\nCaption (AFP)\r\n\u00a0\r\nBody one.\r\nBody two.\r\n';
    expect(parseArticle(block)).toEqual({
      title: 'Headline',
      images: [{ caption: 'Caption', credit: 'AFP' }],
      dateline: null,
      byline: null,
      paragraphs: ['Body one.', 'Body two.'],
    });
  });

  test('alt text that differs from its caption: the TT line still marks the header', () => {
    const block = 'Headline\n\nSoldiers on patrol\nSoldiers on patrol near the border. (AFP)\nTT\n\nHeadline\n\nSoldiers on patrol\nSoldiers on patrol near the border. (AFP)\n\nBody one.\nBody two.';
    const article = parseArticle(block);
    expect(article?.paragraphs).toEqual(['Body one.', 'Body two.']);
    expect(article?.images.map((image) => image.credit)).toContain('AFP');
  });

  test('a body line that repeats the headline later is kept as body text', () => {
    const article = parseArticle('Short Title\n\nFirst paragraph here.\nShort Title\nLast paragraph.');
    expect(article?.paragraphs).toEqual(['First paragraph here.', 'Short Title', 'Last paragraph.']);
  });

  test('a block of blank lines is no article', () => {
    expect(parseArticle(' \n\u00a0\n')).toBeNull();
  });
});

describe('parseDatelineLine', () => {
  test.each([
    ['Beirut - Asharq Al-Awsat', { place: 'Beirut', byline: 'Asharq Al-Awsat' }],
    ['Cairo: Asharq Al-Awsat', { place: 'Cairo', byline: 'Asharq Al-Awsat' }],
    ['Gaza City – Reuters', { place: 'Gaza City', byline: 'Reuters' }],
    ['Washington — Jane Smith', { place: 'Washington', byline: 'Jane Smith' }],
    ['القاهرة: «الشرق الأوسط»', { place: 'القاهرة', byline: 'الشرق الأوسط' }],
    ['He said: the talks will go on.', null],
    ['The minister - who spoke on Monday - denied it', null],
    ['Iraq: the government said it would respond to attacks', null],
    ['Al-Sudani stressed the importance of ensuring the conflict does not escalate', null],
  ])('%s', (line, expected) => {
    expect(parseDatelineLine(line)).toEqual(expected);
  });
});
