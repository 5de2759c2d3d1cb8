/** A photo caption split from the credit the news site appends to it. */
export interface SplitCaption {
  caption: string;
  credit: string | null;
}

/** Parenthesised words that describe a position in the photo, not who took it. */
const POSITION_WORDS = /^(?:l|r|c|left|right|cent(?:er|re)|top|bottom|front|back|second (?:left|right)|pictured|file|\d+)$/i;

/** `… (AFP)`, `… (CENTCOM file)`, `… (Government media).` */
const PARENTHESISED_CREDIT = /^(.*?)[\s.]*[([]([^()[\]]{1,60})[)\]]\s*\.?$/su;

/** `… Photo: SPA`, `… Photos: Reuters`, `… Credit - AP`, `… صورة: واس` */
const LABELLED_CREDIT = /^(.*?)\s*(?:Photos?|Pictures?|Image|Credit|Courtesy(?: of)?|صورة|الصورة|تصوير)\s*[:\-–—]\s*([^.:]{1,60}?)\s*\.?$/isu;

/**
 * Splits the credit off the end of a caption. A caption without a recognisable
 * credit is returned whole with `credit: null`.
 */
export function splitCaption(text: string): SplitCaption {
  const value = text.trim();
  const labelled = LABELLED_CREDIT.exec(value);
  if (labelled?.[1] && labelled[2]) {
    return { caption: labelled[1].trim(), credit: labelled[2].trim() };
  }
  const parenthesised = PARENTHESISED_CREDIT.exec(value);
  if (parenthesised?.[1] && parenthesised[2] && !POSITION_WORDS.test(parenthesised[2].trim())) {
    return { caption: keepSentenceEnd(value, parenthesised[1]), credit: parenthesised[2].trim() };
  }
  return { caption: value, credit: null };
}

/** The caption before the credit, keeping its own full stop when it had one. */
function keepSentenceEnd(whole: string, before: string): string {
  const caption = before.trim();
  const hadStop = whole.slice(caption.length).trimStart().startsWith('.');
  return hadStop && !/[.!?]$/u.test(caption) ? `${caption}.` : caption;
}
