import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle, parseBlock } from '../src/ingest/parse-article.ts';

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
      removed: [],
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

/** Builds a page as the site prints it: headline, captions, `TT`, headline again, captions again, then the rest. */
function page(title: string, captions: string[], rest: string[], options: { printings?: number; widgets?: string[]; afterCaptions?: string[] } = {}): string {
  const printed = captions.flatMap((caption) => Array<string>(options.printings ?? 2).fill(caption));
  return [title, '', ...printed, 'TT', ...(options.widgets ?? []), '', title, '', ...printed, ...(options.afterCaptions ?? []), '', ...rest].join('\n');
}

describe('header shapes: captions, widgets and furniture around the TT line', () => {
  const body = ['The council met on Monday.', 'It will meet again next week.'];
  test.each([
    {
      name: 'captions printed three times: the third printing of each is a duplicate',
      block: page('Council Meets', ['Members vote. (AFP)'], body, { printings: 3 }),
      images: [{ caption: 'Members vote.', credit: 'AFP' }],
      removed: [
        { line: 'Members vote. (AFP)', why: 'duplicate caption' },
        { line: 'Members vote. (AFP)', why: 'duplicate caption' },
      ],
    },
    {
      name: 'captions printed four times',
      block: page('Council Meets', ['Members vote. (AFP)', 'The chamber. Getty Images'], body, { printings: 4 }),
      images: [
        { caption: 'Members vote.', credit: 'AFP' },
        { caption: 'The chamber.', credit: 'Getty Images' },
      ],
      removed: Array(4).fill(0).flatMap(() => [{ line: 'Members vote. (AFP)', why: 'duplicate caption' }, { line: 'The chamber. Getty Images', why: 'duplicate caption' }]).sort((a, b) => a.line.localeCompare(b.line)),
    },
    {
      name: 'a caption without a credit',
      block: page('Council Meets', ['Members vote on the budget'], body),
      images: [{ caption: 'Members vote on the budget', credit: null }],
      removed: [],
    },
    {
      name: 'a bare number after TT is the text-size widget',
      block: page('Council Meets', ['Members vote. (AFP)'], body, { widgets: ['20'] }),
      images: [{ caption: 'Members vote.', credit: 'AFP' }],
      removed: [{ line: '20', why: 'widget' }],
    },
    {
      name: 'widgets and furniture after TT and after the captions',
      block: page('Council Meets', ['Members vote. (AFP)'], body, { widgets: ['18', 'Short Url', 'Updated 4 May 2024 10:00 GMT'], afterCaptions: ['Follow', '3 min read'] }),
      images: [{ caption: 'Members vote.', credit: 'AFP' }],
      removed: [
        { line: '18', why: 'widget' },
        { line: 'Short Url', why: 'widget' },
        { line: 'Updated 4 May 2024 10:00 GMT', why: 'furniture' },
        { line: 'Follow', why: 'widget' },
        { line: '3 min read', why: 'furniture' },
      ],
    },
    {
      name: 'two photos with the same caption: two photos, no duplicate',
      block: ['Council Meets', '', 'Members vote. (AFP)', 'Members vote. (AFP)', 'The chamber. Getty Images', 'The chamber. Getty Images', 'Members vote. (AFP)', 'Members vote. (AFP)', 'TT', '', 'Council Meets', '', 'Members vote. (AFP)', 'Members vote. (AFP)', 'The chamber. Getty Images', 'The chamber. Getty Images', 'Members vote. (AFP)', 'Members vote. (AFP)', '', ...body].join('\n'),
      images: [
        { caption: 'Members vote.', credit: 'AFP' },
        { caption: 'The chamber.', credit: 'Getty Images' },
        { caption: 'Members vote.', credit: 'AFP' },
      ],
      removed: [],
    },
    {
      name: 'alt text that is the caption without its credit: one photo, with the credit',
      block: ['Council Meets', '', 'Members vote.', 'Members vote. EPA/JANE ROE', 'TT', '', 'Council Meets', '', 'Members vote.', 'Members vote. EPA/JANE ROE', '', ...body].join('\n'),
      images: [{ caption: 'Members vote.', credit: 'EPA/JANE ROE' }],
      removed: [],
    },
    {
      name: 'alt text without the credit and no TT line',
      block: ['Council Meets', '', 'Members vote', 'Members vote (AFP)', '', 'Council Meets', '', 'Members vote', 'Members vote (AFP)', '', ...body].join('\n'),
      images: [{ caption: 'Members vote', credit: 'AFP' }],
      removed: [],
    },
    {
      name: 'a gallery counter and a Caption: label between captions',
      block: ['Council Meets', '', '1 / 2', 'Caption:', 'Members vote. (AFP)', 'Members vote. (AFP)', 'TT', '', 'Council Meets', '', 'Members vote. (AFP)', 'Members vote. (AFP)', '', ...body].join('\n'),
      images: [{ caption: 'Members vote.', credit: 'AFP' }],
      removed: [
        { line: '1 / 2', why: 'widget' },
        { line: 'Caption:', why: 'furniture' },
      ],
    },
    {
      name: 'a subtitle printed once above the doubled captions, not printed again: the first paragraph',
      block: ['Council Meets', '', 'A vote is due in June', '', 'Members vote', 'Members vote', 'TT', '', 'Council Meets', '', 'Members vote', 'Members vote', '', ...body].join('\n'),
      images: [{ caption: 'Members vote', credit: null }],
      removed: [],
      paragraphs: ['A vote is due in June', ...body],
    },
    {
      name: 'a subtitle between the headline and its repetition, the TT widget after it',
      block: ['Council Meets', '', 'A vote is due in June', '', 'Council Meets', 'TT', '', 'Council Meets', '', 'Council Meets', '', ...body].join('\n'),
      images: [],
      removed: [],
      paragraphs: ['A vote is due in June', ...body],
    },
    {
      name: 'an uncredited caption printed once in the header and again after the headline stays a caption',
      block: ['Council Meets', '', 'Members vote', 'TT', '', 'Council Meets', '', 'Members vote', '', ...body].join('\n'),
      images: [{ caption: 'Members vote', credit: null }],
      removed: [],
    },
  ])('$name', ({ block, images, removed, ...row }) => {
    const article = parseArticle(block);
    expect(article?.title).toBe('Council Meets');
    expect(article?.images).toEqual(images);
    expect(article?.paragraphs).toEqual('paragraphs' in row ? row.paragraphs : body);
    const sorted = (lines: { line: string; why: string }[]) => [...lines].sort((a, b) => a.line.localeCompare(b.line) || a.why.localeCompare(b.why));
    expect(sorted(article?.removed ?? [])).toEqual(sorted(removed));
  });
});

describe('body shapes: datelines, bylines, furniture, trailers, teasers and content that stays', () => {
  const header = (rest: string[]) => page('Port Reopens', ['Ships wait offshore. (Reuters)'], rest);
  test.each([
    {
      name: 'inline wire dateline: the paragraph keeps the rest exactly',
      rest: ['CAIRO (Reuters) - Egypt reopened the port on Monday.', 'Traffic resumed.'],
      dateline: 'Cairo',
      byline: 'Reuters',
      paragraphs: ['Egypt reopened the port on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'byline on two lines, then an AP dateline',
      rest: ['By Jane Roe', 'Associated Press', 'SANAA, Yemen (AP) — The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'Sanaa',
      byline: 'Jane Roe / Associated Press',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'a dateline line with the publication, then the writer',
      rest: ['Cairo - Asharq Al-Awsat', 'By Jane Roe', 'The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'Cairo',
      byline: 'Jane Roe / Asharq Al-Awsat',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'a caption printed once between a dateline line and the body',
      rest: ['London - Asharq Al-Awsat', 'Cranes at the port, June 3. Jane Roe, Reuters', 'The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'London',
      byline: 'Asharq Al-Awsat',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'a standfirst, then the writer and the date on one line, then a caption printed once',
      rest: ['Ships waited for a week outside the port.', 'MEE staff Fri, 09/16/2022 - 13:18', 'Cranes at the port (AFP)', 'The port reopened on Monday.', 'Traffic resumed.'],
      dateline: null,
      byline: 'MEE staff',
      paragraphs: ['Ships waited for a week outside the port.', 'The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'the headline printed again, a summary bullet, then a colon dateline after it',
      rest: ['Port Reopens', '• Ships can dock again', 'RIYADH: The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'Riyadh',
      byline: null,
      paragraphs: ['• Ships can dock again', 'The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'byline on one line with the agency',
      rest: ['By Jane Roe / Associated Press', 'The port reopened on Monday.', 'Traffic resumed.'],
      dateline: null,
      byline: 'Jane Roe / Associated Press',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'a By line of two writers, then a house-style dateline',
      rest: ['By Jane Roe and John Doe', 'Gaza City, Asharq Al-Awsat - The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'Gaza City',
      byline: 'Jane Roe and John Doe / Asharq Al-Awsat',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'Arab News layout: a date line, the agency alone, a colon dateline',
      rest: ['Updated 04 June 2024', 'AFP', 'June 04, 2024 10:43', 'ISTANBUL: The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'Istanbul',
      byline: 'AFP',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [
        { line: 'Updated 04 June 2024', why: 'furniture' },
        { line: 'June 04, 2024 10:43', why: 'furniture' },
      ],
    },
    {
      name: 'a date between paragraphs (a timeline) stays',
      rest: ['The port reopened on Monday.', 'June 3, 2024', 'Traffic resumed.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'June 3, 2024', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'wire trailers and copyright after the body',
      rest: ['The port reopened on Monday.', 'Traffic resumed.', 'Reporting by Jane Roe; Editing by John Doe', 'Copyright 2024 Reuters'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [
        { line: 'Reporting by Jane Roe; Editing by John Doe', why: 'trailer' },
        { line: 'Copyright 2024 Reuters', why: 'furniture' },
      ],
    },
    {
      name: 'a Read more line between paragraphs and a stray image file name',
      rest: ['The port reopened on Monday.', 'Read more: Shipping Lines Return', 'IMG_2041.jpg', 'Traffic resumed.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [
        { line: 'Read more: Shipping Lines Return', why: 'furniture' },
        { line: 'IMG_2041.jpg', why: 'furniture' },
      ],
    },
    {
      name: 'a teaser of another story at the end of the block',
      rest: ['The port reopened on Monday.', 'Traffic resumed.', 'Fishermen Return to Sea', 'Boats leave the harbour. (AFP)', 'Boats leave the harbour. (AFP)'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [
        { line: 'Fishermen Return to Sea', why: 'teaser' },
        { line: 'Boats leave the harbour. (AFP)', why: 'teaser' },
        { line: 'Boats leave the harbour. (AFP)', why: 'teaser' },
      ],
    },
    {
      name: 'a subheading, an interview question, a pull quote and its attribution stay paragraphs',
      rest: ['The port reopened on Monday.', 'A Long Wait', 'Why did it close?', '“We lost a month of trade,” she said.', '— Jane Roe, a trader', 'Traffic resumed.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'A Long Wait', 'Why did it close?', '“We lost a month of trade,” she said.', '— Jane Roe, a trader', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: "a related story's headline before its `Read More »` button, between paragraphs and after the last",
      rest: ['The port reopened on Monday.', 'Strikes close the port for a week', 'Read More »', 'Traffic resumed.', 'Talks on tariffs resume', 'Read more >'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [
        { line: 'Strikes close the port for a week', why: 'furniture' },
        { line: 'Read More »', why: 'furniture' },
        { line: 'Talks on tariffs resume', why: 'furniture' },
        { line: 'Read more >', why: 'furniture' },
      ],
    },
    {
      name: 'a sentence before a `Read More »` button stays',
      rest: ['The port reopened on Monday.', 'Traffic resumed on the same day.', 'Read More »', 'Shipping firms welcomed it.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed on the same day.', 'Shipping firms welcomed it.'],
      removed: [{ line: 'Read More »', why: 'furniture' }],
    },
    {
      name: "a photo's short alt text before its caption printed once",
      rest: ['MEE staff Fri, 09/16/2022 - 13:18', 'Port cranes', 'Port cranes at dawn on Monday (AFP)', 'The port reopened on Monday.', 'Traffic resumed.'],
      dateline: null,
      byline: 'MEE staff',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [{ line: 'Port cranes', why: 'furniture' }],
    },
    {
      name: 'a short line that is not in the caption after it stays',
      rest: ['Port cranes', 'Ships at dawn on Monday (AFP)', 'The port reopened on Monday.'],
      dateline: null,
      byline: null,
      paragraphs: ['Port cranes', 'Ships at dawn on Monday (AFP)', 'The port reopened on Monday.'],
      removed: [],
    },
    {
      name: "a gallery photo's caption between paragraphs, printed as a bullet and plain",
      rest: ['The port reopened on Monday.', '• Cranes at dawn. Courtesy Port Authority', 'Cranes at dawn. Courtesy Port Authority', 'Traffic resumed.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
      images: [
        { caption: 'Ships wait offshore.', credit: 'Reuters' },
        { caption: 'Cranes at dawn.', credit: 'Courtesy Port Authority' },
      ],
    },
    {
      name: 'a bullet line that is not printed again stays a paragraph',
      rest: ['The port reopened on Monday.', '• Cranes worked at dawn.', 'Traffic resumed.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', '• Cranes worked at dawn.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'an uncredited caption pointing into the photo, then the dateline paragraph: a photo and the dateline',
      rest: ['Jane Roe (second right) at the ceremony.', 'KUWAIT: The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'Kuwait',
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
      images: [
        { caption: 'Ships wait offshore.', credit: 'Reuters' },
        { caption: 'Jane Roe (second right) at the ceremony.', credit: null },
      ],
    },
    {
      name: 'a standfirst above the dateline paragraph stays the first paragraph; the dateline is read',
      rest: ['Ships waited a week outside the port.', 'CAIRO (Reuters) - Egypt reopened the port on Monday.', 'Traffic resumed.'],
      dateline: 'Cairo',
      byline: 'Reuters',
      paragraphs: ['Ships waited a week outside the port.', 'Egypt reopened the port on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'a line pointing into a photo with no dateline after it stays a paragraph',
      rest: ['Jane Roe (left) spoke first.', 'The port reopened on Monday.'],
      dateline: null,
      byline: null,
      paragraphs: ['Jane Roe (left) spoke first.', 'The port reopened on Monday.'],
      removed: [],
    },
    {
      name: 'after the `More Images` button, credited lines among the paragraphs are the gallery’s photos',
      rest: ['The port reopened on Monday.', 'More Images', 'Cranes at dawn. (AP Photo/Jane Roe)', 'The port reopened on Monday.', 'Ships at anchor. (AP Photo/Jane Roe)', 'Traffic resumed.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'The port reopened on Monday.', 'Traffic resumed.'],
      removed: [{ line: 'More Images', why: 'widget' }],
      images: [
        { caption: 'Ships wait offshore.', credit: 'Reuters' },
        { caption: 'Cranes at dawn.', credit: 'AP Photo/Jane Roe' },
        { caption: 'Ships at anchor.', credit: 'AP Photo/Jane Roe' },
      ],
    },
    {
      name: 'without the gallery button, a paragraph ending in a credit-like bracket stays',
      rest: ['The port reopened on Monday.', 'Cranes worked at dawn, the agency said. (AFP)', 'Traffic resumed.'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Cranes worked at dawn, the agency said. (AFP)', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: 'a writer and the agency on one line (Jane Roe, Associated Press), then an AP dateline',
      rest: ['Jane Roe, Associated Press', 'SANAA, Yemen (AP) — The port reopened on Monday.', 'Traffic resumed.'],
      dateline: 'Sanaa',
      byline: 'Jane Roe / Associated Press',
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [],
    },
    {
      name: "another story's teaser whose caption is printed once, after the last paragraph",
      rest: ['The port reopened on Monday.', 'Traffic resumed.', 'Fishermen Return', 'Boats leave the harbour. (AFP)'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Traffic resumed.'],
      removed: [
        { line: 'Fishermen Return', why: 'teaser' },
        { line: 'Boats leave the harbour. (AFP)', why: 'teaser' },
      ],
    },
    {
      name: 'a subheading and a last paragraph that opens with a dateline stay',
      rest: ['The port reopened on Monday.', 'Fishermen Return', 'ADEN (AFP) - Boats left the harbour on Tuesday. (AFP)'],
      dateline: null,
      byline: null,
      paragraphs: ['The port reopened on Monday.', 'Fishermen Return', 'ADEN (AFP) - Boats left the harbour on Tuesday. (AFP)'],
      removed: [],
    },
    {
      name: 'a sentence that opens like furniture stays',
      rest: ['Updated figures show trade fell by half.', 'Follow-up talks are planned.', 'Published in 2019, the plan was never funded.'],
      dateline: null,
      byline: null,
      paragraphs: ['Updated figures show trade fell by half.', 'Follow-up talks are planned.', 'Published in 2019, the plan was never funded.'],
      removed: [],
    },
  ])('$name', ({ rest, dateline, byline, paragraphs, removed, ...row }) => {
    const article = parseArticle(header(rest));
    expect(article).toMatchObject({ title: 'Port Reopens', dateline, byline, paragraphs, removed });
    if ('images' in row) expect(article?.images).toEqual(row.images);
    else expect(article?.images[0]).toEqual({ caption: 'Ships wait offshore.', credit: 'Reuters' });
  });
});

test.each([
  ['a one-paragraph brief that opens with a dateline', 'Talks Resume\n\nCAIRO: Egypt said talks would resume on Monday. (AFP)'],
  ['a one-paragraph article without a credit', 'Talks Resume\n\nEgypt said talks would resume on Monday.'],
])('%s is an article, not a teaser', (_name, block) => {
  expect(parseBlock(block)?.kind).toBe('article');
});

describe('blocks that are not articles', () => {
  test.each([
    { name: 'a headline and its doubled caption', block: 'Fishermen Return\n\nBoats leave. (AFP)\nBoats leave. (AFP)', kind: 'teaser' },
    { name: 'a headline, doubled captions, TT and the headline again, no body', block: page('Fishermen Return', ['Boats leave. (AFP)'], []), kind: 'teaser' },
    { name: 'a headline and its caption printed once', block: 'Fishermen Return\n\nBoats leave. (AFP)', kind: 'teaser' },
    { name: 'only page furniture', block: 'Short Url\nFollow', kind: 'furniture' },
    { name: 'a wire trailer on its own', block: 'Reporting by Jane Roe; Editing by John Doe', kind: 'furniture' },
  ])('$name', ({ block, kind }) => {
    const parsed = parseBlock(block);
    expect(parsed?.kind).toBe(kind);
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    expect(parsed && 'removed' in parsed ? parsed.removed.map((entry) => entry.line) : []).toEqual(lines);
  });
});

describe('pages printed without the TT header: what the lines around the headline are', () => {
  test.each([
    {
      name: "a columnist's name printed twice, then the date line: the byline",
      block: 'Lebanon Has a Government\n\nجميل مطر\nجميل مطر\n\nآخر تحديث: الخميس 12 نوفمبر 2009 - 11:59 ص\n\nThe talks ended on Monday.\n\nThe cabinet met.',
      byline: 'جميل مطر',
      images: [],
      paragraphs: ['The talks ended on Monday.', 'The cabinet met.'],
      removed: [{ line: 'آخر تحديث: الخميس 12 نوفمبر 2009 - 11:59 ص', why: 'furniture' }],
    },
    {
      name: 'a name printed twice with the body right after: a portrait’s doubled caption',
      block: 'Minister Resigns\n\nJane Roe\nJane Roe\n\nThe minister resigned on Monday.\n\nThe cabinet met.',
      byline: null,
      images: [{ caption: 'Jane Roe', credit: null }],
      paragraphs: ['The minister resigned on Monday.', 'The cabinet met.'],
      removed: [],
    },
  ])('$name', ({ block, byline, images, paragraphs, removed }) => {
    expect(parseArticle(block)).toMatchObject({ byline, images, paragraphs, removed });
  });
});

describe('a headline that reads like a page line is the headline when printed again after its photos', () => {
  test.each([
    ['a number', '017', []],
    ['a date', '2024-09-08', []],
    ['a date after a widget line', '190:20:30', ['Short Url']],
  ])('%s: %s', (_name, title, before) => {
    const block = [...before, title, '', 'Members vote. (AFP)', 'Members vote. (AFP)', 'TT', '', title, '', 'Members vote. (AFP)', 'Members vote. (AFP)', '', 'The council met.'].join('\n');
    const article = parseArticle(block);
    expect(article?.title).toBe(title);
    expect(article?.paragraphs).toEqual(['The council met.']);
    expect(article?.removed).toEqual(before.map((line) => ({ line, why: 'widget' })));
  });

  test('a date line before the headline, not printed again, is furniture', () => {
    const article = parseArticle(['June 3, 2024', 'Council Meets', '', 'Members vote. (AFP)', 'Members vote. (AFP)', 'TT', '', 'Council Meets', '', 'The council met.'].join('\n'));
    expect(article?.title).toBe('Council Meets');
    expect(article?.removed).toEqual([{ line: 'June 3, 2024', why: 'furniture' }]);
  });
});
