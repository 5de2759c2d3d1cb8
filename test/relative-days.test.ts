import { describe, expect, test } from 'vitest';
import { findWeekdayReferences } from '../src/lib/relative-days.ts';

type Row = { name: string; text: string; published: string; expected: string[]; lang?: string };

/** Published 2024-09-08 is a Sunday; 2024-11-22 is a Friday. */
const rows: Row[] = [
  // Sample articles.
  {
    name: '"told" governs Saturday although "will" comes earlier in the sentence',
    text: 'The final agreement between Iraq and the United States over the withdrawal of the International Coalition will be implemented according to a timetable, a senior Iraqi official told Asharq Al-Awsat on Saturday.',
    published: '2024-09-08',
    expected: ['2024-09-07'],
  },
  {
    name: 'confirmed on Friday',
    text: 'Eight Iraqi and American officials confirmed on Friday that their countries have reached an agreement over the troop withdrawal.',
    published: '2024-09-08',
    expected: ['2024-09-06'],
  },
  {
    name: 'fronted "On Wednesday," with appositives',
    text: 'On Wednesday, Abu Hussein Al-Hamidawi, Secretary-General of Kata’ib Hezbollah, made a striking statement',
    published: '2024-11-22',
    expected: ['2024-11-20'],
  },
  {
    name: 'verb after the weekday',
    text: 'Iraqi Prime Minister Mohammed Shia Al-Sudani on Thursday called on major powers',
    published: '2024-11-22',
    expected: ['2024-11-21'],
  },
  // Future phrasings.
  { name: 'will meet', text: 'The two sides will meet on Monday.', published: '2024-09-08', expected: ['2024-09-09'] },
  { name: 'is due to', text: 'The vote is due to take place on Tuesday.', published: '2024-09-08', expected: ['2024-09-10'] },
  { name: 'scheduled for', text: 'Talks are scheduled for Thursday.', published: '2024-09-08', expected: ['2024-09-12'] },
  {
    name: 'expected to be held, reported after a comma',
    text: 'The meeting is expected to be held on Thursday, officials said.',
    published: '2024-09-08',
    expected: ['2024-09-12'],
  },
  { name: 'fronted weekday, future main clause', text: 'On Monday, the minister will present the budget.', published: '2024-09-08', expected: ['2024-09-09'] },
  {
    name: 'trailing ", when … will" clause',
    text: 'The budget reaches parliament on Monday, when the minister will present it.',
    published: '2024-09-08',
    expected: ['2024-09-09'],
  },
  { name: '"next" is strictly after', text: 'They will meet again next Sunday.', published: '2024-09-08', expected: ['2024-09-15'] },
  { name: '"this coming" is strictly after', text: 'Voters go to the polls this coming Sunday.', published: '2024-09-08', expected: ['2024-09-15'] },
  { name: '"would" + verb without a past verb', text: 'The vote would take place on Monday.', published: '2024-09-08', expected: ['2024-09-09'] },
  { name: 'capitalised "Said" is a name, not a verb', text: 'The ship will dock in Port Said on Monday.', published: '2024-09-08', expected: ['2024-09-09'] },
  // Past phrasings.
  { name: '"last" is strictly before', text: 'They met last Sunday.', published: '2024-09-08', expected: ['2024-09-01'] },
  { name: 'same weekday with past verb → publication date', text: 'Officials said on Sunday that talks had stalled.', published: '2024-09-08', expected: ['2024-09-08'] },
  { name: 'possessive "Saturday’s"', text: 'Saturday’s meeting ended without agreement.', published: '2024-09-08', expected: ['2024-09-07'] },
  { name: '"would" in reported speech stays past', text: 'He said the vote would take place on Monday.', published: '2024-09-08', expected: ['2024-09-02'] },
  { name: 'no tense marker → past', text: 'Rain on Tuesday.', published: '2024-09-08', expected: ['2024-09-03'] },
  // Several references.
  {
    name: 'past and future in one sentence',
    text: 'The ministers met on Sunday and will meet again on Monday.',
    published: '2024-09-08',
    expected: ['2024-09-08', '2024-09-09'],
  },
  {
    name: 'relative clause past, main clause future',
    text: 'The talks, which were held on Monday, will resume on Thursday.',
    published: '2024-09-11',
    expected: ['2024-09-09', '2024-09-12'],
  },
  {
    name: 'sentences split after "U.S." only at a real sentence end',
    text: 'The U.S. envoy will arrive on Tuesday. Mr. Smith said on Friday he was ready.',
    published: '2024-09-08',
    expected: ['2024-09-10', '2024-09-06'],
  },
  { name: 'named days are skipped', text: 'Crowds gathered for Good Friday prayers on Friday.', published: '2024-09-08', expected: ['2024-09-06'] },
  { name: 'plural weekdays are habitual', text: 'The market opens on Mondays.', published: '2024-09-08', expected: [] },
  // Arabic.
  { name: 'Arabic past', text: 'قال المسؤول يوم السبت', published: '2024-09-08', expected: ['2024-09-07'], lang: 'ar' },
  { name: 'Arabic "المقبل" is strictly after', text: 'يعقد الاجتماع يوم الاثنين المقبل', published: '2024-09-08', expected: ['2024-09-09'], lang: 'ar' },
  { name: 'Arabic "الماضي" is strictly before', text: 'التقى الوزيران الأحد الماضي', published: '2024-09-08', expected: ['2024-09-01'], lang: 'ar' },
  { name: 'Arabic "سوف"', text: 'سوف يلتقي الوفدان يوم الخميس', published: '2024-09-08', expected: ['2024-09-12'], lang: 'ar' },
  { name: 'Arabic names ignored for English text', text: 'قال المسؤول يوم السبت', published: '2024-09-08', expected: [] },
];

describe('findWeekdayReferences', () => {
  test.each(rows)('$name', ({ text, published, expected, lang }) => {
    const dates = findWeekdayReferences(text, new Date(published), lang).map((r) => r.date);
    expect(dates).toEqual(expected);
  });

  test('reports offsets, text and direction', () => {
    const text = 'Saturday’s talks ended, and the two sides will meet on Monday.';
    expect(findWeekdayReferences(text, new Date('2024-09-08'))).toEqual([
      { start: 0, end: 8, text: 'Saturday', date: '2024-09-07', direction: 'past' },
      { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6, text: 'Monday', date: '2024-09-09', direction: 'future' },
    ]);
  });

  test('uses the UTC calendar date of the publication date, whatever process.env.TZ is', () => {
    // A timestamp late in the UTC day is still that UTC day (in UTC-12 or UTC+14 alike).
    const late = findWeekdayReferences('Officials said on Saturday.', new Date('2024-09-08T23:59:59Z'));
    const early = findWeekdayReferences('Officials said on Saturday.', new Date('2024-09-08T00:00:00Z'));
    expect(late).toEqual(early);
    expect(late[0]?.date).toBe('2024-09-07');
  });

  test('an invalid publication date yields nothing', () => {
    expect(findWeekdayReferences('They met on Monday.', new Date('not a date'))).toEqual([]);
  });
});
