import { describe, expect, test } from 'vitest';
import { readAgencyLine, readBylineLine, readDatelineLine } from '../src/ingest/recognize/byline-lines.ts';
import { readInlineDateline } from '../src/ingest/recognize/inline-datelines.ts';
import { classifyLine } from '../src/ingest/recognize/line-kinds.ts';
import { datelinePlace, displayCase } from '../src/ingest/recognize/place-name.ts';

const REST = 'The ministry said on Monday that talks would resume.';

describe('inline datelines at the start of the first paragraph', () => {
  test.each([
    ['house style, en dash, no spaces', `Amman, Asharq Al-Awsat–${REST}`, 'Amman', 'Asharq Al-Awsat'],
    ['house style, em dash', `Beirut, Asharq Al-Awsat—${REST}`, 'Beirut', 'Asharq Al-Awsat'],
    ['house style, hyphen with spaces', `Rabat, Asharq Al-Awsat - ${REST}`, 'Rabat', 'Asharq Al-Awsat'],
    ['house style, two places', `Cairo and Khartoum, Asharq Al-Awsat—${REST}`, 'Cairo and Khartoum', 'Asharq Al-Awsat'],
    ['house style, place and country', `Gaza City, Palestine, Asharq Al-Awsat – ${REST}`, 'Gaza City', 'Asharq Al-Awsat'],
    ['house style with a wire agency', `Beirut, Reuters—${REST}`, 'Beirut', 'Reuters'],
    ['house style with two senders', `Baghdad, AP/Asharq Al-Awsat —${REST}`, 'Baghdad', 'AP/Asharq Al-Awsat'],
    ['house style, two places with an apostrophe', `Sana’a and Al-Hudaydah, Asharq Al-Awsat—${REST}`, 'Sana’a and Al-Hudaydah', 'Asharq Al-Awsat'],
    ['Reuters, place in capitals', `CAIRO (Reuters) - ${REST}`, 'Cairo', 'Reuters'],
    ['Reuters, two words in capitals', `GAZA CITY (Reuters) - ${REST}`, 'Gaza City', 'Reuters'],
    ['Reuters, two places with a slash', `WASHINGTON/BEIRUT (Reuters) - ${REST}`, 'Washington/Beirut', 'Reuters'],
    ['WAM with a long date', `ABU DHABI, 3rd June, 2024 (WAM) -- ${REST}`, 'Abu Dhabi', 'WAM'],
    ['SPA house style with a date', `Riyadh, June 03, 2024, SPA -- ${REST}`, 'Riyadh', 'SPA'],
    ['Reuters with a date', `TUNIS, June 3 (Reuters) - ${REST}`, 'Tunis', 'Reuters'],
    ['AP with the country', `KHARTOUM, Sudan (AP) — ${REST}`, 'Khartoum', 'AP'],
    ['AP with a state abbreviation', `SKANEATELES, N.Y. (AP) — ${REST}`, 'Skaneateles', 'AP'],
    ['AP with a two-word country', `SAN JUAN, Puerto Rico (AP) — ${REST}`, 'San Juan', 'AP'],
    ['AP with a particle', `DEIR AL-BALAH, Gaza Strip (AP) — ${REST}`, 'Deir al-Balah', 'AP'],
    ['AFP in title case', `Beirut (AFP) - ${REST}`, 'Beirut', 'AFP'],
    ['KUNA with a date', `DOHA, Feb 2 (KUNA) – ${REST}`, 'Doha', 'KUNA'],
    ['Arab News colon', `JEDDAH: ${REST}`, 'Jeddah', null],
    ['double hyphen, no agency', `RIYADH -- ${REST}`, 'Riyadh', null],
    ['capitals and country, no agency', `SANAA, Yemen — ${REST}`, 'Sanaa', null],
    ['byline and wire dateline on one line', `By Jane Roe CAIRO (Reuters) - ${REST}`, 'Cairo', 'Jane Roe / Reuters'],
    ['Arabic place and outlet', 'الرياض / العرب – قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.', 'الرياض', 'العرب'],
    ['Arabic place and a bar', 'القاهرة | قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.', 'القاهرة', null],
    ['an Arabic agency before the dash, no place', 'وطنية - قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.', null, 'وطنية'],
    ['Arabic place and dash', 'القاهرة- قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.', 'القاهرة', null],
    ['Arabic place, dash and agency', 'غزة - (أ ف ب) - قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.', 'غزة', 'أ ف ب'],
    ['Arabic place and Reuters', 'بيروت (رويترز) - قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.', 'بيروت', 'رويترز'],
    ['Arabic place, country and agency', 'عمّان، الأردن (أ ب) – قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.', 'عمّان', 'أ ب'],
  ])('%s', (_name, paragraph, place, byline) => {
    const found = readInlineDateline(paragraph);
    expect(found).toMatchObject({ place, byline });
    expect(paragraph.endsWith(found?.rest ?? '\u0000')).toBe(true);
    expect(found?.rest).toMatch(/^\S/u);
  });

  test('the paragraph keeps the rest of its text exactly', () => {
    expect(readInlineDateline(`CAIRO (Reuters) - ${REST}`)?.rest).toBe(REST);
  });

  test.each([
    ['a sentence', REST],
    ['a country and a colon in title case', 'Iraq: the government said it would respond.'],
    ['an acronym in brackets that is no agency', 'The United Nations (UN) - an old body - met on Monday.'],
    ['a two-letter acronym and a colon', 'US: talks will go on, the envoy said.'],
    ['a quotation', '"CAIRO is calm," he said.'],
    ['an Arabic sentence', 'قالت الوزارة يوم الاثنين إن المحادثات ستستأنف.'],
    ['only a dateline, nothing after it', 'CAIRO (Reuters) -'],
    ["an editor's note", "EDITOR'S NOTE — This story is part of a series."],
    ['a breaking label', 'BREAKING: The talks have collapsed.'],
  ])('no dateline in %s', (_name, paragraph) => {
    expect(readInlineDateline(paragraph)).toBeNull();
  });
});

describe('dateline and byline lines', () => {
  test.each([
    ['Beirut - Asharq Al-Awsat', 'Beirut', 'Asharq Al-Awsat'],
    ['Cairo: Asharq Al-Awsat', 'Cairo', 'Asharq Al-Awsat'],
    ['Gaza City – Reuters', 'Gaza City', 'Reuters'],
    ['Washington — Jane Smith', 'Washington', 'Jane Smith'],
    ['Beirut- Jane Roe', 'Beirut', 'Jane Roe'],
    ['Al-Ula - Jane Roe', 'Al-Ula', 'Jane Roe'],
    ['BEIRUT - Jane Roe', 'Beirut', 'Jane Roe'],
    ['Reuters, Beirut', 'Beirut', 'Reuters'],
    ['Beirut, AFP', 'Beirut', 'AFP'],
    ['القاهرة: «الشرق الأوسط»', 'القاهرة', 'الشرق الأوسط'],
    ['القاهرة: «المصدر»', 'القاهرة', 'المصدر'],
    ['حاوره في صنعاء / عبد الملك الفهيدي -', 'صنعاء', 'عبد الملك الفهيدي'],
    ['Jane Roe, Associated Press', null, 'Jane Roe / Associated Press'],
    ['Samy Magdy, AP', null, 'Samy Magdy / AP'],
    ['Gaza City, AFP', 'Gaza City', 'AFP'],
    ['Abu Dhabi, WAM', 'Abu Dhabi', 'WAM'],
    ['Tel Aviv, Reuters', 'Tel Aviv', 'Reuters'],
    ['Port Sudan, Reuters', 'Port Sudan', 'Reuters'],
    ['KHARTOUM, AP', 'Khartoum', 'AP'],
    ['حاورته في القاهرة: سارة أحمد', 'القاهرة', 'سارة أحمد'],
  ])('%s', (line, place, byline) => {
    expect(readDatelineLine(line)).toEqual({ place, byline });
  });

  test.each([
    'He said: the talks will go on.',
    'The minister - who spoke on Monday - denied it',
    'Iraq: the government said it would respond to attacks',
    'Al-Sudani stressed the importance of ensuring the conflict does not escalate',
    'Cairo, Egypt',
    'Tehran, he said, would not accept it',
  ])('no dateline in %s', (line) => {
    expect(readDatelineLine(line)).toBeNull();
  });

  test.each([
    ['By Jane Roe', 'Jane Roe'],
    ['By JANE ROE', 'JANE ROE'],
    ['By Jane Roe / Associated Press', 'Jane Roe / Associated Press'],
    ['By Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['By Jane Roe and AFP |', 'Jane Roe and AFP'],
    ['By “Jane Roe”', 'Jane Roe'],
    ['By Jane C. Roe', 'Jane C. Roe'],
    ['By Jane Roe, Special to Arab News', 'Jane Roe, Special to Arab News'],
    ['By Jane Roe Of The Associated Press', 'Jane Roe Of The Associated Press'],
    ['بقلم: فلانة الفلانية', 'فلانة الفلانية'],
  ])('byline %s', (line, byline) => {
    expect(readBylineLine(line)).toEqual({ place: null, byline });
  });

  test.each(['By the time the talks ended, it was late.', 'By Monday, the port had reopened.', 'By far the largest protest'])('no byline in %s', (line) => {
    expect(readBylineLine(line)).toBeNull();
  });

  test.each([
    ['Associated Press', 'Associated Press'],
    ['/ Reuters', 'Reuters'],
    ['Agence France-Presse', 'Agence France-Presse'],
    ['The port reopened.', null],
  ])('agency line %s', (line, agency) => {
    expect(readAgencyLine(line)).toBe(agency);
  });
});

describe('page lines: widgets, furniture, trailers', () => {
  test.each([
    ['Short Url', 'widget'],
    ['Follow', 'widget'],
    ['Share', 'widget'],
    ['Print', 'widget'],
    ['Facebook Twitter WhatsApp', 'widget'],
    ['1 / 5', 'widget'],
    ['2 of 7', 'widget'],
    ['Updated 3 June 2024 18:05 GMT', 'furniture'],
    ['Updated: 12:30 PM', 'furniture'],
    ['Last Update: 3 June 2024 18:05', 'furniture'],
    ['Published Monday, 3 June 2024', 'furniture'],
    ['آخر تحديث: 3 يونيو 2024', 'furniture'],
    ['Read more: Shipping Lines Return', 'furniture'],
    ['Read also: Talks Stall', 'furniture'],
    ['Related: Port Strike Ends', 'furniture'],
    ['اقرأ أيضاً: عودة الملاحة', 'furniture'],
    ['Media ID: 2417', 'furniture'],
    ['Advertisement', 'furniture'],
    ['Scroll to continue with content', 'furniture'],
    ['Subscribe', 'widget'],
    ['Photo 2 of 5', 'widget'],
    ['(end) mk.gb', 'trailer'],
    ['sbr.ibi', 'trailer'],
    ['___', 'furniture'],
    ['May 7th, 2025, 01:01 PM', 'furniture'],
    ['Caption:', 'furniture'],
    ['IMG_1234.jpg', 'furniture'],
    ['© 2024 Reuters', 'furniture'],
    ['Copyright 2024 The Associated Press. All rights reserved.', 'furniture'],
    ['3 min read', 'furniture'],
    ['Reading time: 4 minutes', 'furniture'],
    ['June 04, 2024 10:43', 'furniture'],
    ['Monday 3 June 2024', 'furniture'],
    ['June 3, 2024 5:02 PM GMT+3 Updated 2 hours ago', 'furniture'],
    ['Published On 3 Jun 2024', 'furniture'],
    ['نُشر: 16:50-3 يونيو 2024 م ـ 27 ذو القعدة 1445 هـ', 'furniture'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'furniture'],
    ['Purchase Licensing Rights, opens new tab', 'widget'],
    ['Acquire Licensing Rights', 'widget'],
    ['Short link :', 'widget'],
    ['مشاركة :', 'widget'],
    ['+ الخط -', 'widget'],
    ['• English', 'widget'],
    ['$', 'widget'],
    ['• 10', 'widget'],
    ['Post Views: 19', 'widget'],
    ['More Images', 'widget'],
    ['Read More »', 'furniture'],
    ['Estimated read time', 'furniture'],
    ['Time: May 01, 2019', 'furniture'],
    ['Sat, 12/03/2022 - 21:08', 'furniture'],
    ['2020-08-05 13:34 Last Updated At:13:40', 'furniture'],
    ['• 12/7/2017', 'furniture'],
    ['آخر تحديث: الخميس 12 نوفمبر 2009 - 11:59 ص بتوقيت القاهرة', 'furniture'],
    ['from Asharq AL-awsat https://example.com/article/1', 'furniture'],
    ['View original: https://example.com/a', 'furniture'],
    ['[Ends]', 'furniture'],
    ['Varieties', 'furniture'],
    ['Live updates: Follow the latest', 'furniture'],
    ['قد يعجبك أيضاً', 'furniture'],
    ['==============س.ع', 'trailer'],
    ['Click here to share on social media', 'widget'],
    ['share2', 'widget'],
    ['bur-jr/sst', 'trailer'],
    ['Reporting by Jane Roe; Editing by John Doe', 'trailer'],
    ['(Reporting by Jane Roe; Writing by John Doe)', 'trailer'],
    ['Additional reporting by Sam Poe', 'trailer'],
    ['Writing by Jane Roe', 'trailer'],
    ['Compiled by Jane Roe', 'trailer'],
  ])('%s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  test.each([
    'Updated figures show trade fell by half.',
    'Published in 2019, the plan was never funded.',
    'Follow-up talks are planned.',
    'Share prices fell on Monday.',
    'Copyright law was changed last year.',
    'Related talks will follow in Cairo.',
    'Reporting by phone from Gaza has become difficult.',
    'The photo was saved as image.jpg by the agency.',
    'May 2024 was the hottest month on record.',
    'In June, 2,000 people left.',
    'x'.repeat(300),
  ])('content: %s', (line) => {
    expect(classifyLine(line)).toBeNull();
  });

  test.each(['20', '2024', 'June 3, 2024', 'Business'])('%s: a page line before or after the body, content between paragraphs', (line) => {
    expect(classifyLine(line, 'edge')).not.toBeNull();
    expect(classifyLine(line, 'between')).toBeNull();
  });
});

describe('place names', () => {
  test.each([
    ['SANAA', 'Sanaa'],
    ['GAZA CITY', 'Gaza City'],
    ['DEIR AL-BALAH', 'Deir al-Balah'],
    ['AL-MUKALLA', 'Al-Mukalla'],
    ["SANA'A", "Sana'a"],
    ['CAIRO AND KHARTOUM', 'Cairo and Khartoum'],
    ['Amman', 'Amman'],
    ['القاهرة', 'القاهرة'],
  ])('%s', (printed, shown) => {
    expect(displayCase(printed)).toBe(shown);
  });

  test.each([
    ['KHARTOUM, Sudan', 'Khartoum'],
    ['TUNIS, June 3', 'Tunis'],
    ['عمّان، الأردن', 'عمّان'],
    ['Cairo and Khartoum', 'Cairo and Khartoum'],
  ])('dateline place of %s', (printed, place) => {
    expect(datelinePlace(printed)).toBe(place);
  });
});
