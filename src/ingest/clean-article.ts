import type { ParsedArticle } from './parse-article.ts';

/**
 * Characters the importer removes from every text it writes: C0 controls other than tab, line
 * feed and carriage return, DEL and the C1 controls, lone surrogates, and the Unicode
 * noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF,
 * U+1FFFE …). Astro's front-matter reader (js-yaml) refuses a file holding most of them, and
 * none of them is text a reader could see.
 */
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\p{Noncharacter_Code_Point}]/gu;
/**
 * A quick first look for UNREADABLE, three times faster without the `u` flag: the same
 * controls, every surrogate (a pair too, so every character past the BMP, and with them the
 * noncharacters there) and the BMP's noncharacters. Text it finds nothing in has nothing
 * UNREADABLE finds; text it finds something in is searched with UNREADABLE.
 */
const MAYBE_UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;

/**
 * The longest each front-matter field may be, in characters: a headline or credit longer than
 * these is page text the dump's layout ran into the field, not the field itself. Captions are
 * cut when they are read (readCaption, MAX_CAPTION_CHARS, reported as `too long`); the body
 * has no limit.
 */
export const FIELD_LIMITS = { title: 300, credit: 120, dateline: 100, byline: 200 } as const;

type Field = keyof typeof FIELD_LIMITS;

/** An article fit to write, and what was removed or cut to make it so (one message each). */
export interface CleanedArticle {
  article: ParsedArticle;
  problems: string[];
}

/** Removes unreadable characters from every text of the article and cuts overlong fields (not captions: see FIELD_LIMITS) to their limit. */
export function cleanArticle(parsed: ParsedArticle): CleanedArticle {
  const problems: string[] = [];
  const clean = (text: string, where: string): string => {
    if (!MAYBE_UNREADABLE.test(text)) return text;
    const found = text.match(UNREADABLE);
    if (!found) return text;
    const names = [...new Set(found)].slice(0, 5).map(codePointName).join(', ');
    problems.push(`removed ${found.length} character${found.length === 1 ? '' : 's'} no reader can show (${names}) from the ${where}`);
    return text.replace(UNREADABLE, '');
  };
  const field = <T extends string | null>(text: T, name: Field, where: string = name): T =>
    (text === null ? null : capField(clean(text, where), name, where, problems)) as T;

  const article: ParsedArticle = {
    title: field(parsed.title, 'title', 'headline'),
    dateline: field(parsed.dateline, 'dateline'),
    byline: field(parsed.byline, 'byline'),
    images: parsed.images.map((image, index) => ({
      ...image,
      caption: clean(image.caption, `caption of photo ${index + 1}`),
      credit: field(image.credit, 'credit', `credit of photo ${index + 1}`),
    })),
    paragraphs: parsed.paragraphs.map((paragraph, index) => clean(paragraph, `paragraph ${index + 1}`)),
    // Reported, never written: kept as the dump printed them.
    removed: parsed.removed,
  };
  return { article, problems };
}

/** The field cut at the last space before its limit (or at the limit), the cut reported. */
function capField(text: string, name: Field, where: string, problems: string[]): string {
  const limit = FIELD_LIMITS[name];
  if (text.length <= limit) return text;
  const space = text.lastIndexOf(' ', limit);
  let end = space > limit / 2 ? space : limit;
  // Never between the two halves of a surrogate pair.
  if (/[\ud800-\udbff]/u.test(text.charAt(end - 1))) end -= 1;
  const kept = text.slice(0, end).trimEnd();
  const cut = text.slice(kept.length).trim();
  problems.push(
    `the ${where} is ${text.length} characters, over the ${limit} a ${name} may have; ${cut.length} cut: "${cut.slice(0, 60)}${cut.length > 60 ? '…' : ''}"`,
  );
  return kept;
}

function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
