import { describe, expect, test } from 'vitest';
import { MAX_CAPTION_CHARS, pointsIntoPhoto, readCaption, splitCaption } from '../src/ingest/captions.ts';
import { parseArticle } from '../src/ingest/parse-article.ts';
import { measureWork } from '../src/lib/work-meter.ts';

describe('splitCaption', () => {
  test.each([
    ['A troop member shakes hands with an Iraqi soldier. (CENTCOM file)', 'A troop member shakes hands with an Iraqi soldier.', 'CENTCOM file'],
    ['Sudani visiting a market in Baghdad on Thursday (Government media)', 'Sudani visiting a market in Baghdad on Thursday', 'Government media'],
    ['Smoke rises over the city (AFP).', 'Smoke rises over the city', 'AFP'],
    ['Ministers meet in Riyadh. Photo: SPA', 'Ministers meet in Riyadh.', 'SPA'],
    ['Ministers meet in Riyadh Photo: SPA', 'Ministers meet in Riyadh', 'SPA'],
    ['Protesters in Tunis. Photos: Reuters', 'Protesters in Tunis.', 'Reuters'],
    ['Protesters in Tunis. Credit - AP', 'Protesters in Tunis.', 'AP'],
    ['Protesters in Tunis. Photo by Jane Roe', 'Protesters in Tunis.', 'Jane Roe'],
    ['زوار في المتحف. صورة: واس', 'زوار في المتحف.', 'واس'],
    ['Hussein Allawi (left) with the prime minister', 'Hussein Allawi (left) with the prime minister', null],
    ['The prime minister and Hussein Allawi (right)', 'The prime minister and Hussein Allawi (right)', null],
    ['Delegates at the summit (2nd L)', 'Delegates at the summit (2nd L)', null],
    ['A caption with no credit at all.', 'A caption with no credit at all.', null],
    ['A caption with no credit and no stop', 'A caption with no credit and no stop', null],
    ['زوار في المتحف (أ.ف.ب)', 'زوار في المتحف', 'أ.ف.ب'],
    ['زوار في المتحف (أ ف ب)', 'زوار في المتحف', 'أ ف ب'],
    ['زوار في المتحف (الأوروبية)', 'زوار في المتحف', 'الأوروبية'],
    ['Cranes at the port. EPA/JANE ROE', 'Cranes at the port.', 'EPA/JANE ROE'],
    ['Cranes at the port EPA/JANE ROE', 'Cranes at the port', 'EPA/JANE ROE'],
    ['Flooded streets in 2019. REUTERS/Jane Roe/File Photo', 'Flooded streets in 2019.', 'REUTERS/Jane Roe/File Photo'],
    ['A rally in May. Getty Images', 'A rally in May.', 'Getty Images'],
    ['Pupils sit an exam in Baniyas. Jane Roe for The National', 'Pupils sit an exam in Baniyas.', 'Jane Roe for The National'],
    ['Leaders at the summit. Courtesy Ministry of Foreign Affairs - Saudi Arabia', 'Leaders at the summit.', 'Courtesy Ministry of Foreign Affairs - Saudi Arabia'],
    ['The minister paid a courtesy call.', 'The minister paid a courtesy call.', null],
    ['Pupils sit an exam for the board', 'Pupils sit an exam for the board', null],
    ['A rally in May. AFP via Getty Images', 'A rally in May.', 'AFP via Getty Images'],
    ['A market in Sanaa, Yemen, on June 3, Jane Roe, Reuters', 'A market in Sanaa, Yemen, on June 3', 'Jane Roe, Reuters'],
    ['A market in Sanaa on June 3. Jane Roe, Reuters', 'A market in Sanaa on June 3.', 'Jane Roe, Reuters'],
    ['A market in Sanaa on June 3. Jane Roe/AFP', 'A market in Sanaa on June 3.', 'Jane Roe/AFP'],
    ['Children leave school early. [Jane Roe/AFP]', 'Children leave school early.', 'Jane Roe/AFP'],
    ['Rescuers at work (Photo by Jane Roe / AFP)', 'Rescuers at work', 'Jane Roe / AFP'],
    ['Rescuers at work (Photo: AFP)', 'Rescuers at work', 'AFP'],
    ['Crew greets travelers. Photo: SPA <b>(x)</b>', 'Crew greets travelers.', 'SPA <b>(x)</b>'],
    ['A session on February 18, 2020. – Photo by Jane Roe', 'A session on February 18, 2020.', 'Jane Roe'],
    ['Children at Al-Hol camp - AAWSAT', 'Children at Al-Hol camp', 'AAWSAT'],
    ['Children at the camp – Reuters', 'Children at the camp', 'Reuters'],
    ['Talks were held by the Associated Press.', 'Talks were held by the Associated Press.', null],
  ])('%s', (input, caption, credit) => {
    expect(splitCaption(input)).toEqual({ caption, credit });
  });
});

describe('pointsIntoPhoto', () => {
  test.each([
    ['Jane Roe (second right) at the ceremony.', true],
    ['Delegates at the summit (2nd L)', true],
    ['الوزير (وسط) خلال الاجتماع', true],
    ['Jane Roe (C) meets John Doe.', true],
    ['The plan (file) was shelved.', false],
    ['Output rose (3 percent) in May.', false],
    ['The minister left on Monday.', false],
  ])('%s: %s', (line, expected) => {
    expect(pointsIntoPhoto(line)).toBe(expected);
  });
});

describe('caption size', () => {
  test('a caption longer than the cap is cut at a word and says so; its credit is kept', () => {
    const long = `${'word '.repeat(MAX_CAPTION_CHARS / 2)}end. (AFP)`;
    const { image, tooLong } = readCaption(long);
    expect(tooLong).toBe(true);
    expect(image.credit).toBe('AFP');
    expect(image.caption.length).toBeLessThanOrEqual(MAX_CAPTION_CHARS);
    expect(image.caption.endsWith('word…')).toBe(true);
  });

  test.each([
    ['one word with no space', 'x'.repeat(3 * MAX_CAPTION_CHARS)],
    ['letters outside the BMP', '𝐀'.repeat(MAX_CAPTION_CHARS)],
    ['a space right at the cap', `${'a'.repeat(MAX_CAPTION_CHARS - 1)} ${'b'.repeat(50)}`],
  ])('%s: the cut caption with its … is at most MAX_CAPTION_CHARS, no half surrogate', (_name, line) => {
    const { image, tooLong } = readCaption(line);
    expect(tooLong).toBe(true);
    expect(image.caption.length).toBeLessThanOrEqual(MAX_CAPTION_CHARS);
    expect(image.caption).not.toMatch(/[\ud800-\udbff]…$/u);
  });

  test('a caption of natural size is whole', () => {
    expect(readCaption('Cranes at the port. EPA/JANE ROE')).toEqual({ image: { caption: 'Cranes at the port.', credit: 'EPA/JANE ROE' }, tooLong: false });
  });

  test('the importer reports an over-long caption in removed, whole', () => {
    const caption = `${'The harbour at dawn '.repeat(80)}(AFP)`;
    const article = parseArticle(`Headline\n\n${caption}\n${caption}\nTT\n\nHeadline\n\n${caption}\n${caption}\n\nBody.`);
    expect(article?.removed).toEqual([{ line: caption, why: 'too long' }]);
    expect(article?.images[0]?.credit).toBe('AFP');
  });
});

/** Inputs built to make backtracking patterns blow up, at a given size. */
const ADVERSARIAL: Record<string, (size: number) => string> = {
  'spaces and dots': (size) => ' .'.repeat(size / 2),
  'spaces and dots, then a credit': (size) => `${' .'.repeat(size / 2)}(AFP)`,
  'opening brackets': (size) => '(['.repeat(size / 2),
  'labels': (size) => 'Photo: '.repeat(size / 7),
  'stops and agencies': (size) => '. EPA/'.repeat(size / 6),
  'names and commas': (size) => ', Jane Roe'.repeat(size / 10),
  'random': (size) => {
    let seed = 7;
    const pick = '. ()[]/:,-–ReutersAFP Photo by'.split('');
    return Array.from({ length: size }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return pick[seed % pick.length];
    }).join('');
  },
};

describe('credit splitting works in linear time', () => {
  const work = (text: string) => measureWork(() => splitCaption(text));

  test.each(Object.entries(ADVERSARIAL))('%s: doubling the input at most doubles the characters scanned', (_name, generate) => {
    const sizes = [20_000, 40_000, 80_000, 160_000];
    const counts = sizes.map((size) => work(generate(size)));
    counts.forEach((count, index) => {
      expect(count).toBeLessThanOrEqual(sizes[index]! + 1_000);
      if (index > 0) expect(count).toBeLessThanOrEqual(2 * counts[index - 1]! + 200);
    });
  });

  test('a 640 KB caption of spaces and dots printed twice is read (the case that once took 22 s)', () => {
    const caption = ' .'.repeat(320 * 1024);
    const article = parseArticle(`Headline\n\n${caption}\n${caption}\nTT\n\nHeadline\n\n${caption}\n${caption}\n\nBody.`);
    expect(article?.paragraphs).toEqual(['Body.']);
    expect(article?.images).toHaveLength(1);
    expect(article?.removed.map((entry) => entry.why)).toEqual(['too long']);
  });
});
