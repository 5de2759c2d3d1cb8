/**
 * Pagefind's search UI shows filter values as HTML, and Pagefind decodes character references
 * in them once more when it indexes them: a topic written `<b>x</b>`, or `&lt;b&gt;x` in an
 * article's front matter, would come back as live markup in the filter panel. Filter values are
 * therefore restricted to characters that are text in HTML: angle brackets become the
 * single guillemets they look like, and an ampersand that could start a character reference
 * becomes a full-width ampersand.
 */
const NOT_TEXT_IN_HTML = /[<>]|&(?=[#\p{L}\p{N}])/gu;
const REPLACEMENTS: Record<string, string> = { '<': '‹', '>': '›', '&': '＆' };

/** The text a search filter value is indexed as: the same words, nothing HTML would read as markup. */
export function searchFilterValue(name: string): string {
  return name.replace(NOT_TEXT_IN_HTML, (char) => REPLACEMENTS[char] ?? '');
}
