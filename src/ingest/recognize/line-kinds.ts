/**
 * Page lines that are not the article: widgets, furniture and wire trailers, as tables of
 * patterns (one row per shape, grouped by kind). Every pattern matches a whole line and runs
 * only on lines of at most MAX_FURNITURE_CHARS characters, so a long paragraph costs one
 * length check.
 */

/** Why a dump line is left out of an article (the `why` of `removed` in `--json`). */
export type RemovedWhy = 'widget' | 'furniture' | 'trailer' | 'duplicate caption' | 'teaser' | 'too long';

/** A dump line the importer left out of an article, and why. */
export interface RemovedLine {
  line: string;
  why: RemovedWhy;
}

export type LineKind = 'widget' | 'furniture' | 'trailer';

interface LineRow {
  shape: string;
  pattern: RegExp;
  /** A further check on a line the pattern matched. */
  check?: (line: string) => boolean;
  /** Recognized only before or after the body: between paragraphs the line may be content (a timeline's date). */
  edgeOnly?: boolean;
  /** Longest line of this shape (MAX_FURNITURE_CHARS when not given); longer lines skip the pattern. */
  maxLength?: number;
}

/** The text-size button the news site prints between its photo and its headline. */
export const TEXT_SIZE_WIDGET = /^(?:TT|tt|T T|A A|AA|A\+ A-|A- A\+)$/;

/** The text-size widget's value, printed right after it. */
export const TEXT_SIZE_VALUE = /^\d{1,3}(?:\s?(?:px|%))?$/;

const MONTHS = [
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
  'محرم', 'صفر', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعدة', 'الحجة',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
];

/** Months and weekdays, and the time words that may stand with them on a date line. */
const DATE_WORDS = new Set([
  ...MONTHS,
  ...['am', 'pm', 'a', 'p', 'm', 'gmt', 'utc', 'ast', 'est', 'edt', 'bst', 'cet', 'eet', 'on', 'at', 'ago', 'hour', 'hours', 'hr', 'hrs'],
  ...['min', 'mins', 'minute', 'minutes', 'sec', 'secs', 'second', 'seconds', 'h', 'day', 'days', 'yesterday', 'today', 'updated', 'update', 'last', 'published'],
  ...['الأول', 'الأولى', 'الثاني', 'الآخر', 'الآخرة', 'ذو', 'ذي', 'م', 'ص', 'هـ', 'ه', 'ساعة', 'ساعات', 'دقيقة', 'دقائق'],
  ...['بتوقيت', 'القاهرة', 'مكة', 'المكرمة', 'غرينتش', 'جرينتش', 'at:', 'updated:'],
]);
const MONTH_WORDS = new Set(MONTHS);

const DATE_LINE_HEAD = /^(?:Updated|Last Update[d]?|Published|Posted|First published|Time|Date|آخر تحديث|نشر في|نُشر في|نشر|نُشر|تاريخ النشر)(?: on| at)?\s*:?\s*/iu;
const NUMBER = /^\d+(?:st|nd|rd|th)?$/u;

function dateWords(text: string): string[] {
  return text.split(/[\s,.:/+\-–—ـ()]+/u).filter((word) => word !== '');
}

const isDateWord = (word: string) => NUMBER.test(word) || DATE_WORDS.has(word.toLowerCase());

/** True when every word after the `Updated`-style label is a date or time word: `Updated 3 June 2024 18:05 GMT`. */
function isDateLine(line: string): boolean {
  const words = dateWords(line.replace(DATE_LINE_HEAD, ''));
  return words.length > 0 && words.some((word) => /\d/u.test(word)) && words.every(isDateWord);
}

/** A date alone on a line, with a month or a weekday: `June 04, 2024 10:43`, `3 يونيو 2024`. */
/** Numeric dates and times that stand for a month name: `2020-08-05`, `12/7/2017`, `21:08`. */
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}:\d{2}\b/u;

export function isDateAlone(line: string): boolean {
  if (!/\d/u.test(line)) return false;
  const words = dateWords(line.replace(/^•\s*/u, ''));
  const dated = NUMERIC_DATE.test(line) || words.some((word) => MONTH_WORDS.has(word.toLowerCase()));
  return dated && words.every(isDateWord);
}

/** A gallery's slide counter: the caption after it is another photo's, even when the text repeats. */
export const GALLERY_COUNTER = /^\d{1,3}\s*(?:\/|of|من)\s*\d{1,3}$/u;

/** The button that opens a page's photo gallery: the credited lines after it are the gallery's captions. */
export const GALLERY_BUTTON = /^(?:More Images|More photos|More pictures|المزيد من الصور)$/iu;

const WIDGETS: readonly LineRow[] = [
  { shape: 'Short Url', maxLength: 20, pattern: /^Short (?:Url|URL|link)\s*:?$/i },
  { shape: 'text-size buttons (+ الخط -)', maxLength: 20, pattern: /^(?:\+ ?(?:الخط|A) ?-|A- ?A\+)$/u },
  { shape: 'language switch (• English)', maxLength: 20, pattern: /^•?\s*(?:English|Arabic|Français|العربية)$/u },
  { shape: 'counters ($, 0, • 10, Post Views: 19)', maxLength: 24, edgeOnly: true, pattern: /^(?:\$|(?:•\s*)?\d{1,4}|Post Views: \d+|Views: \d+)$/u },
  { shape: 'More Images (the gallery button)', maxLength: 30, pattern: GALLERY_BUTTON },
  { shape: 'licensing buttons', maxLength: 50, pattern: /^(?:(?:Acquire|Purchase) Licensing Rights(?:, opens new tab)?|للمزيد (?:Facebook|Twitter|تويتر|فيسبوك))$/iu },
  { shape: 'Follow', maxLength: 40, pattern: /^Follow(?: us)?(?: on (?:X|Twitter|Facebook|Instagram|Telegram|WhatsApp|Google News))?$/i },
  { shape: 'share, print and comment buttons', maxLength: 40, pattern: /^(?:share\d|Click here to share on social media|Share(?: this(?: article| story)?| on (?:X|Twitter|Facebook|WhatsApp|LinkedIn))?|Print|Email|E-mail|Comment|Comments|Tweet|Copy link|Copy Link|Save|Listen|Listen to this article|Whatsapp|WhatsApp|Facebook|Twitter|LinkedIn|Telegram|مشاركة|شارك|طباعة|تعليق|تعليقات|حفظ|استمع)\s*:?$/iu },
  { shape: 'share buttons on one line', maxLength: 80, pattern: /^(?:Share|Facebook|Twitter|X|WhatsApp|Whatsapp|LinkedIn|Email|Print|Telegram)(?:[ |·•]+(?:Share|Facebook|Twitter|X|WhatsApp|Whatsapp|LinkedIn|Email|Print|Telegram)){1,8}$/ },
  { shape: 'subscribe and newsletter buttons', maxLength: 40, pattern: /^(?:Subscribe|Sign up|Sign in|Log in|Newsletter|اشترك|اشترك الآن)$/i },
  { shape: 'photo counter (Photo 1 of 5)', maxLength: 30, pattern: /^(?:Photo|Image|Picture|صورة) \d{1,3} ?(?:\/|of|من) ?\d{1,3}$/iu },
  { shape: 'gallery counter (1 / 5, 2 of 7)', maxLength: 12, pattern: GALLERY_COUNTER },
];

const FURNITURE: readonly LineRow[] = [
  { shape: 'Updated / Last Update / Published, then only a date or time', maxLength: 100, pattern: DATE_LINE_HEAD, check: isDateLine },
  { shape: 'a date alone (June 04, 2024 10:43)', maxLength: 60, pattern: /^[•\p{L}\d]/u, check: isDateAlone, edgeOnly: true },
  { shape: 'Reuters furniture', maxLength: 60, pattern: /^(?:Our Standards: The Thomson Reuters Trust Principles\.?|Sign up here\.?)$/i },
  { shape: 'a mirror or syndication line (from … https://…, View original: …)', pattern: /^(?:from .{1,60} https?:\/\/\S+|View original: https?:\/\/\S+|\[Ends\]|\(MENAFN[^)]{0,60}\)?)$/iu },
  { shape: 'section labels (Business, Varieties)', maxLength: 30, edgeOnly: true, pattern: /^(?:Business|Varieties|World|Sport|Sports|Opinion|Gulf|Arab World|Middle East|Lifestyle|Culture|Economy|Politics|Features|Top Local Stories|Local|News)$/u },
  { shape: 'Live updates: lines', maxLength: 120, pattern: /^Live updates?:/iu },
  { shape: 'Arabic page furniture', maxLength: 120, pattern: /^(?:مصدر الخبر|لمتابعة الخبر.*|قد يعجبك أيضاً?|شاهد أيضاً?|news-picture)$/u },
  { shape: 'Read more: / Read also: / Related:', pattern: /^(?:Read more|Read also|Also read|More|Related|Related article|See also|Recommended|اقرأ أيضاً|اقرأ أيضا|اقرأ المزيد|ذات صلة)\s*[:»>-]/iu },
  { shape: 'Read more alone', maxLength: 30, pattern: /^(?:Read more|Read also|Related(?: articles| stories)?|More stories|Most read|اقرأ أيضاً|اقرأ أيضا)(?:\s*[»>])?$/iu },
  { shape: 'advertisement', maxLength: 40, pattern: /^(?:Advertisement|ADVERTISEMENT|Ad|Sponsored|Scroll to continue(?: with content)?|إعلان|محتوى مدعوم)$/u },
  { shape: 'Media ID', maxLength: 80, pattern: /^Media ID\s*:/i },
  { shape: 'a rule of underscores (AP)', pattern: /^_{3,}$/u },
  { shape: 'Topics: / Tags: lines', pattern: /^(?:Topics|Tags|Keywords|الكلمات المفتاحية|وسوم)\s*:/iu },
  { shape: 'a Caption: label', maxLength: 20, pattern: /^(?:Caption|Photo caption|Image caption|التعليق)\s*:?$/i },
  { shape: 'an image file name', maxLength: 130, pattern: /^[\w\-.()]{1,120}\.(?:jpe?g|png|gif|webp|avif|tiff?|heic)$/i },
  { shape: 'copyright', pattern: /^(?:©|\(c\)\s|Copyright\s*(?:©|\(c\)|\d{4})|All rights reserved|جميع الحقوق محفوظة)/iu },
  { shape: 'read time alone', maxLength: 30, pattern: /^(?:Estimated )?read(?:ing)? time$/iu },
  { shape: 'read time', maxLength: 40, pattern: /^(?:(?:Estimated )?read(?:ing)? time\s*:?\s*)?\d{1,3}\s*(?:min(?:ute)?s?|دقائق|دقيقة)(?:\s*(?:read|of reading|للقراءة|قراءة))?$/iu },
];

const TRAILERS: readonly LineRow[] = [
  {
    shape: 'Reporting by …; Editing by …, Additional reporting by …, Writing by …, Compiled by …',
    pattern: /^[([]?(?:Additional [Rr]eporting|Reporting|Writing|Written|Compiled|Editing|Edited|Graphics|Research) (?:by|from) \p{Lu}/u,
  },
  { shape: 'KUNA end mark and desk codes ((end) mk.gb)', maxLength: 40, pattern: /^(?:\(end\)(?: [a-z.]{2,20})?|[a-z]{2,4}(?:\.[a-z]{2,4}){1,3})$/iu },
  { shape: 'a rule of equals signs with desk initials (====س.ع)', maxLength: 40, pattern: /^={3,}\s*[\p{L}.]{0,10}$/u },
  { shape: 'AFP desk codes (bur-jr/xx)', maxLength: 30, pattern: /^[a-z]{2,4}(?:-[a-z]{2,4}){0,3}(?:\/[a-z]{2,4}){1,3}$/u },
  { shape: 'Arabic wire trailer', pattern: /^[([]?(?:إعداد|تحرير|تقرير)\s*:?\s/u },
];

/**
 * The button after a related story's headline (`Read More »`): the headline on the line before
 * it is a link to another story, reported as furniture.
 */
export const RELATED_LINK_BUTTON = /^(?:Read more|Read also|Also read|اقرأ أيضاً|اقرأ أيضا|اقرأ المزيد)\s*[»>›]$/iu;

/** Longest related story's headline before a RELATED_LINK_BUTTON. */
const MAX_RELATED_HEADLINE = 200;

/** True when line `line` is a related story's headline: followed by its `Read More »` button, no sentence end. */
export function isRelatedHeadline(line: string, next: string): boolean {
  return line.length <= MAX_RELATED_HEADLINE && next.length <= 30 && RELATED_LINK_BUTTON.test(next) && !/[.,;:]$/u.test(line);
}

/** Longer lines are never widgets, furniture or trailers. */
export const MAX_FURNITURE_CHARS = 240;

/** Where a line stands: before or after the body, or between two paragraphs. */
export type LinePlace = 'edge' | 'between';

function matches(rows: readonly LineRow[], line: string, place: LinePlace): boolean {
  return rows.some(
    (row) => line.length <= (row.maxLength ?? MAX_FURNITURE_CHARS) && (place === 'edge' || !row.edgeOnly) && row.pattern.test(line) && (row.check?.(line) ?? true),
  );
}

/**
 * The kind of page line `line` is (trimmed), or null when it may be content. Trailers are
 * reported as such; the caller decides where they may stand (after the body).
 */
export function classifyLine(line: string, place: LinePlace = 'edge'): LineKind | null {
  if (line.length > MAX_FURNITURE_CHARS) return null;
  if (matches(WIDGETS, line, place)) return 'widget';
  if (matches(FURNITURE, line, place)) return 'furniture';
  if (matches(TRAILERS, line, place)) return 'trailer';
  return null;
}

/** The shapes recognized, for the README and the dry-run's help. */
export const LINE_SHAPES = { widget: WIDGETS, furniture: FURNITURE, trailer: TRAILERS } as const;
