/** The English word lists of the topic tagger (lowercase), each defined once, and the patterns built from them. */

import { TITLE_ABBREVIATIONS } from '../../lib/sentences.ts';

function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** Generic nouns that end the names of bodies ("Kurdistan Regional Government", "Palestinian Health Ministry"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(words('government ministry parliament agency forces'));

/** Capitalised words that are not names on their own: sentence starters, dates, generic nouns. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...words(`
    the a an this that these those there here he she it they we i you us his her its their our my your him them
    in on at by for from to with without of as after before during since until while when where whether what which
    who whom whose why how if but and or nor so yet also however meanwhile moreover furthermore although though
    despite according amid among between under over about against into through within across following including
    another other others some many most more much several all both each every any no not none such only even just
    still already one two three four five six seven eight nine ten dozens hundreds thousands first second third
    last next today yesterday tomorrow tonight now then earlier later recently is are was were be been has have had
    will would can could should may might must do does did yes let
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december`),
  ...ORGANISATION_HEADS,
  ...words('official officials source sources troops media news statement report reports photo file update breaking'),
]);

/** Whole phrases never suggested: news agencies credited in the text. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(['reuters', 'afp', 'ap', 'associated press', 'agence france-presse', 'xinhua', 'dpa']);

/** Titles stripped in front of names ("President Joe Biden" → "Joe Biden"). */
export const TITLE_CORE: ReadonlySet<string> = new Set([
  ...words(`
    president minister premier pm secretary secretary-general chancellor king queen prince princess emir sultan
    sheikh ayatollah pope general lieutenant colonel captain sergeant brigadier commander chief speaker spokesman
    spokeswoman spokesperson ambassador envoy senator congressman congresswoman governor mayor chairman
    chairwoman leader judge adviser advisor director`),
  ...TITLE_ABBREVIATIONS,
]);

/** Words that join a title when next to a core title ("Prime", "Foreign", "Crown"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  words('prime vice deputy acting former foreign defense defence interior finance oil crown supreme grand attorney national security army top senior special'),
);

/** Words after "of" that keep a title going ("Secretary of State", "Chief of Staff"). */
export const TITLE_OF_TAILS: ReadonlySet<string> = new Set(['state', 'defense', 'defence', 'staff']);

/** Lowercase words allowed inside a name ("Mohammed bin Salman", "Times of Israel"). */
export const PARTICLES: ReadonlySet<string> = new Set(words('of al el bin ibn bint de del da di du van von der la le'));

/** The Arabic article as it is transliterated before a hyphen ("al-Sudani", "ash-Sharaa"). */
const ARABIC_ARTICLES = words('al el ad ar as ash at az an');

/** First parts of hyphenated Arabic names ("al-Sudani", "Al-Awsat", "bin-Zayed", "abu-Hamza"). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([...ARABIC_ARTICLES, 'bin', 'ibn', 'abu']);

/** Longest entry of {@link NAME_PREFIXES}, in letters. */
export const LONGEST_NAME_PREFIX = Math.max(...[...NAME_PREFIXES].map((prefix) => prefix.length));

/**
 * Words before a name that make it the report's source rather than its subject ("told Reuters"):
 * `true`, or a pattern the text before the cue must end with ("according to", "quoted by").
 */
export const SOURCE_CUES: Readonly<Record<string, RegExp | true>> = {
  told: true,
  to: /(?:according|speaking)\s+$/iu,
  by: /(?:quoted|reported)\s+$/iu,
  with: /interview\s+$/iu,
};

/** Particles between two capitalised words ("Bank of England", "Mohammed bin Salman"): one or two. */
export const PARTICLE_GAP = new RegExp(`^\\s+(?:(?:${[...PARTICLES].join('|')})\\s+){1,2}$`);

/** A word that starts with a name prefix and a capital ("al-Sudani"). */
export const PREFIXED_NAME = new RegExp(`^(?:${[...NAME_PREFIXES].join('|')})-\\p{Lu}`, 'u');

/** A lowercase key that starts with the Arabic article and a hyphen ("al-sudani"). */
export const ARTICLE_PREFIX = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})-`);
