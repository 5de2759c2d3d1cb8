import { describe, expect, test } from 'vitest';
import { TITLE_ABBREVIATIONS } from '../src/lib/sentences.ts';
import { arabicEntry } from '../src/ingest/topics/arabic-candidates.ts';
import { APOSTROPHES, HYPHENS, characterClass, isHyphenCode, isJoinerCode } from '../src/ingest/topics/characters.ts';
import { splitTitles, writtenInLowercase } from '../src/ingest/topics/english-mentions.ts';
import { isKnownWord } from '../src/ingest/topics/gazetteer-index.ts';
import { nameCore, tokenize, wordsOf } from '../src/ingest/topics/tokens.ts';
import { NAME_PREFIXES, PARTICLE_GAP, PARTICLES, PREFIXED_NAME, TITLE_CORE } from '../src/ingest/topics/words.ts';

/** Words of a text as written, with `|` where a phrase must end. */
function items(text: string, isKnown = isKnownWord): string[] {
  return tokenize(text, { pos: 0 }, isKnown).map((item) => item?.text ?? '|');
}

describe('tokenize', () => {
  test.each([
    { name: 'punctuation ends a phrase', text: 'Iraq, Syria', expected: ['Iraq', '|', 'Syria'] },
    { name: 'a possessive is dropped and ends the phrase', text: 'Iraq’s army', expected: ['Iraq', '|', 'army'] },
    { name: 'the period of a title abbreviation does not', text: 'Gen. Smith', expected: ['Gen', 'Smith'] },
    { name: 'dotted acronyms stay one word', text: 'the U.S. team', expected: ['the', 'U.S.', 'team'] },
    { name: 'an Arabic name prefix stays on the name', text: 'al-Sudani said', expected: ['al-Sudani', 'said'] },
    { name: 'a compound of two known names is two mentions', text: 'Iraqi-American talks', expected: ['|', 'Iraqi', '|', 'American', '|', 'talks'] },
    { name: 'a capitalised compound keeps its capitalised head', text: 'Iran-backed groups', expected: ['Iran', '|', 'groups'] },
    { name: 'a lowercase prefix is dropped', text: 'pro-Iranian groups', expected: ['|', 'Iranian', 'groups'] },
    { name: 'unicode hyphens count as hyphens', text: 'Iran‐backed', expected: ['Iran', '|'] },
  ])('$name', ({ text, expected }) => {
    expect(items(text)).toEqual(expected);
  });

  test('a compound of capitalised words that are not all known names stays whole', () => {
    expect(items('Iraqi-American talks', () => false)).toEqual(['Iraqi-American', 'talks']);
  });
});

describe('word keys', () => {
  test.each([
    { text: 'U.S.', key: 'US', acronym: true },
    { text: 'NATO', key: 'NATO', acronym: true },
    { text: 'Kata’ib', key: "kata'ib", acronym: false },
    { text: 'Baghdad', key: 'baghdad', acronym: false },
  ])('$text → $key', ({ text, key, acronym }) => {
    const [word] = wordsOf(text, isKnownWord);
    expect({ key: word.key, acronym: word.acronym }).toEqual({ key, acronym });
  });

  test.each([
    ['al-sudani', 'sudani'],
    ['ash-sharaa', 'sharaa'],
    ['el-sisi', 'sisi'],
    ['abu-hamza', 'abu-hamza'],
    ['bin-zayed', 'bin-zayed'],
    ['alma-ata', 'alma-ata'],
    ['sudani', 'sudani'],
  ])('nameCore(%s) = %s', (key, core) => {
    expect(nameCore(key)).toBe(core);
  });
});

describe('word lists and the patterns built from them', () => {
  test.each([...PARTICLES])('PARTICLE_GAP accepts the particle "%s" between two names', (particle) => {
    expect(PARTICLE_GAP.test(` ${particle} `)).toBe(true);
  });

  test.each([
    [' bin al ', true],
    [' of the ', false],
    [' of of of ', false],
    [' ', false],
  ])('PARTICLE_GAP on "%s": %s', (gap, expected) => {
    expect(PARTICLE_GAP.test(gap)).toBe(expected);
  });

  test.each([...NAME_PREFIXES])('PREFIXED_NAME accepts "%s-" before a capital only', (prefix) => {
    expect(PREFIXED_NAME.test(`${prefix}-Hamdani`)).toBe(true);
    expect(PREFIXED_NAME.test(`${prefix}-hamdani`)).toBe(false);
    expect(PREFIXED_NAME.test(`x${prefix}-Hamdani`)).toBe(false);
  });

  test('every abbreviated title of the sentence splitter is a title', () => {
    for (const abbreviation of TITLE_ABBREVIATIONS) expect(TITLE_CORE.has(abbreviation)).toBe(true);
  });
});

describe('characters', () => {
  test.each([...HYPHENS, ...APOSTROPHES])('"%s" joins the parts of a word', (character) => {
    expect(isJoinerCode(character.charCodeAt(0))).toBe(true);
  });

  test.each([
    ['-', true],
    ['‐', true],
    ['–', false],
    ["'", false],
    ['a', false],
  ])('isHyphenCode("%s") = %s', (character, expected) => {
    expect(isHyphenCode(character.charCodeAt(0))).toBe(expected);
  });

  test('isJoinerCode is false past the end of a text', () => {
    expect(isJoinerCode(''.charCodeAt(0))).toBe(false);
  });

  test('characterClass escapes what a class would read as syntax', () => {
    const special = ['-', ']', '^', '\\', 'a'];
    const pattern = new RegExp(`^[${characterClass(special)}]$`, 'u');
    for (const character of special) expect(pattern.test(character)).toBe(true);
    for (const character of ['b', '[', '\\-']) expect(pattern.test(character)).toBe(false);
  });
});

describe('English mentions', () => {
  test.each([
    { text: 'US President Joe Biden', expected: [['US'], ['Joe', 'Biden']] },
    { text: 'Secretary of State Antony Blinken', expected: [['Antony', 'Blinken']] },
    { text: 'Iraqi Prime Minister Mohammed Shia al-Sudani', expected: [['Iraqi'], ['Mohammed', 'Shia', 'al-Sudani']] },
    { text: 'Bank of England', expected: [['Bank', 'of', 'England']] },
    { text: 'Sgt Karim Jaber', expected: [['Karim', 'Jaber']] },
  ])('splitTitles: $text', ({ text, expected }) => {
    expect(splitTitles(wordsOf(text, isKnownWord)).map((part) => part.map((word) => word.text))).toEqual(expected);
  });

  test.each([
    ['Another day, another vote.', 'another', true],
    ['Anotherly, anothers.', 'another', false],
    ['Another day.', 'another', false],
  ])('writtenInLowercase(%j, %s) = %s', (text, word, expected) => {
    expect(writtenInLowercase(text, word)).toBe(expected);
  });
});

describe('Arabic', () => {
  test.each([
    { text: 'والعراق', expected: 'Iraq' },
    { text: 'الولايات المتحدة', expected: 'United States' },
    { text: 'العراقيون', expected: 'Iraq' },
    { text: 'للأمم المتحدة', expected: 'United Nations' },
    { text: 'عمان', expected: undefined },
    { text: 'Reuters', expected: undefined },
  ])('arabicEntry($text) = $expected', ({ text, expected }) => {
    expect(arabicEntry(text)?.name).toBe(expected);
  });
});
