/**
 * Deterministic synthetic news archive in the dump format (see content/dumps/):
 * headline, doubled captions, `TT`, headline again, captions again, optional
 * `Place - Byline` line, body paragraphs. Same options, same bytes, on every machine.
 *
 * CLI: `node bench/generate-dump.ts (--articles N | --mb N) [--seed S] --out FILE`
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

export interface DumpOptions {
  /** Number of articles; ignored when `targetBytes` is given. */
  articles?: number;
  /** Generate articles until the dump reaches this many bytes (UTF-8). */
  targetBytes?: number;
  seed?: number;
}

export interface DumpSummary {
  articles: number;
  bytes: number;
}

/** A seeded pseudo-random source: mulberry32, plus the helpers the generator needs. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    chance: (probability: number) => next() < probability,
  };
}

// ---------------------------------------------------------------------------
// Shared vocabulary: a small pool of names so that topic and place pages fill up.

const PLACES = [
  'Beirut', 'Baghdad', 'Cairo', 'Riyadh', 'Damascus', 'Tehran', 'Jerusalem', 'Gaza', 'Amman', 'Doha',
  'Erbil', 'Mosul', 'Basra', 'Aden', 'Sanaa', 'Tripoli', 'Khartoum', 'Ankara', 'Dubai', 'Kuwait City',
];
const COUNTRIES = [
  'Iraq', 'Lebanon', 'Syria', 'Egypt', 'Saudi Arabia', 'Iran', 'Israel', 'Jordan', 'Qatar', 'Yemen',
  'Libya', 'Sudan', 'Turkey', 'the United States', 'Russia', 'France', 'the United Kingdom', 'China',
];
const ORGANISATIONS = [
  'the United Nations', 'the UN Security Council', 'the Arab League', 'the European Union', 'Hezbollah',
  'Hamas', 'the Houthis', 'the Gulf Cooperation Council', 'NATO', 'the IAEA', 'the Pentagon', 'the White House',
  'the Popular Mobilization Forces', 'OPEC', 'the World Bank', 'the International Monetary Fund',
];
const PEOPLE = [
  'Mohammed Shia al-Sudani', 'Najib Mikati', 'Nabih Berri', 'Antony Blinken', 'Ayman Safadi', 'Faisal bin Farhan',
  'Abdel Fattah al-Sisi', 'Abbas Araghchi', 'Hakan Fidan', 'Antonio Guterres', 'Rafael Grossi', 'Hans Grundberg',
  'Geir Pedersen', 'Joseph Aoun', 'Masoud Pezeshkian', 'Amos Hochstein', 'Tom Barrack', 'Fuad Hussein',
];
const BYLINES = ['Asharq Al-Awsat', 'Asharq Al-Awsat', 'Asharq Al-Awsat', 'Reuters', 'AFP', 'AP', 'Fadi Al-Shammari', 'Hiba Nasser'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = [
  'ceasefire talks', 'troop withdrawal', 'reconstruction', 'the electricity crisis', 'oil exports', 'border security',
  'humanitarian aid', 'the presidential election', 'prisoner exchange', 'water shortages', 'the economic reform plan',
  'refugee returns', 'the nuclear file', 'maritime shipping', 'the budget law', 'drone attacks',
];
const CREDITS = ['(AFP)', '(Reuters)', '(AP)', 'Photo: SPA', '(CENTCOM file)', '(Government media)', 'Photo: WAM', '(EPA)'];

const HEADLINES = [
  '{Person} Urges {Org} to Act on {Topic}',
  '{Country} and {Country} Resume Talks on {Topic}',
  '{Place} Braces for New Round of {Topic}',
  '{Org} Warns of Escalation in {Country}',
  'Officials in {Place} Say {Topic} Will Take Months',
  '{Person} Meets {Person} in {Place}',
  'Protests in {Place} Over {Topic}',
  '{Country} Announces Plan for {Topic}',
  'What Next for {Topic} in {Country}?',
  '{Org} Delegation Arrives in {Place}',
];

const SENTENCES = [
  '{Person} said on {weekday} that {org} would continue its work on {topic} in {country}.',
  'Officials in {place} told Asharq Al-Awsat that talks with {org} had made “real progress” but that no date had been set.',
  'The meeting in {place} followed weeks of contacts between {country} and {country}, according to two diplomats.',
  '{Person} is expected to travel to {place} next {weekday} to discuss {topic} with {person}.',
  'A government source said the plan would cost about {number} million dollars over {small} years.',
  'Speaking on condition of anonymity, an official said {org} had not yet received a formal request.',
  'Residents of {place} said prices had risen sharply since the start of the year, and that many families were struggling.',
  'The statement, carried by the state news agency, called on all parties to “exercise restraint” in {country}.',
  '{Org} has repeatedly warned that {topic} could destabilise the wider region.',
  'In a televised address, {person} said {country} “will not accept any solution imposed from outside.”',
  'More than {number} people have been displaced since the fighting began, the United Nations said.',
  'Analysts in {place} believe the agreement will be tested in the coming weeks.',
  'On {weekday}, a delegation from {org} met officials in {place} to review {topic}.',
  'The ministry said {small} people were killed and {number} wounded in the attack near {place}.',
  '{Person} told reporters in {place} that the government was “determined to move forward” on {topic}.',
  'Negotiators from {country} and {org} will meet again in {place}, a spokesman said.',
  'The decision drew criticism from opposition lawmakers, who said it ignored the needs of {place}.',
  'According to figures released on {weekday}, exports fell by {small} percent in the first half of the year.',
];

const AR_PLACES = ['بيروت', 'بغداد', 'القاهرة', 'الرياض', 'دمشق', 'عمّان', 'الدوحة', 'أربيل'];
const AR_ORGS = ['الأمم المتحدة', 'مجلس الأمن', 'الجامعة العربية', 'الاتحاد الأوروبي', 'حزب الله'];
const AR_CREDITS = ['(أ.ف.ب)', '(رويترز)', '(أ.ب)', 'صورة: واس'];
const AR_HEADLINES = [
  'محادثات جديدة في {place} حول الأزمة',
  '{org} تدعو إلى وقف التصعيد في {place}',
  'افتتاح معرض للكتاب في {place}',
  'وفد من {org} يزور {place}',
];
const AR_SENTENCES = [
  'قال مسؤول في {place} يوم السبت إن المحادثات مع {org} حققت تقدماً ملموساً.',
  'وأكد المتحدث باسم {org} أن الاجتماع المقبل سيعقد في {place} خلال الأسبوع المقبل.',
  'وأشار مصدر حكومي إلى أن الخطة تحتاج إلى تمويل إضافي من الدول المانحة.',
  'ودعت {org} جميع الأطراف إلى ضبط النفس والعودة إلى طاولة الحوار.',
  'وشهدت {place} خلال الأيام الماضية حركة دبلوماسية نشطة.',
  'وقال سكان في {place} إن الأسعار ارتفعت بشكل كبير منذ بداية العام.',
];

const CAPTION_SCENES = [
  'A man walks past a damaged building in {place}',
  '{Person} speaks to reporters in {place} on {weekday}',
  'Delegates arrive for the meeting in {place}',
  'Foreign ministers pose for a group photo before the talks',
  'Members of the security forces stand guard in {place}',
  'Trucks carrying aid wait at a crossing near {place}',
  'A general view of {place}',
  'Supporters wave flags during a rally in {place}',
];

// ---------------------------------------------------------------------------
// Text

/**
 * Fills `{slot}` placeholders, never with the same value twice in one template ("Qatar and
 * Qatar"). A capitalised slot name capitalises the value: every word in a headline
 * (`titleCase`), the first letter in a sentence.
 */
function fill(template: string, random: Random, titleCase = false): string {
  const used = new Set<string>();
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    let value = slotValue(slot.toLowerCase(), random);
    for (let retry = 0; retry < 5 && used.has(value); retry += 1) value = slotValue(slot.toLowerCase(), random);
    used.add(value);
    if (slot[0] !== slot[0]?.toUpperCase()) return value;
    return titleCase ? capitalise(value) : value.charAt(0).toUpperCase() + value.slice(1);
  });
}

/** Template slots filled by a pick from a list. */
const SLOT_LISTS: Record<string, readonly string[]> = {
  place: PLACES,
  country: COUNTRIES,
  org: ORGANISATIONS,
  person: PEOPLE,
  topic: TOPICS,
  weekday: WEEKDAYS,
};

function slotValue(slot: string, random: Random): string {
  const list = SLOT_LISTS[slot];
  if (list) return random.pick(list);
  if (slot === 'number') return String(random.int(2, 950) * 10).replace(/\B(?=(\d{3})+$)/g, ',');
  if (slot === 'small') return String(random.int(2, 12));
  return slot;
}

function capitalise(text: string): string {
  const title = text.replace(/^the /, '');
  return title.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function arabicFill(template: string, random: Random): string {
  return template.replace('{place}', random.pick(AR_PLACES)).replace('{org}', random.pick(AR_ORGS));
}

/** A paragraph of 1 to 4 sentences. */
function paragraph(random: Random, arabic: boolean): string {
  const count = random.int(1, 4);
  const sentences: string[] = [];
  for (let i = 0; i < count; i += 1) {
    sentences.push(arabic ? arabicFill(random.pick(AR_SENTENCES), random) : fill(random.pick(SENTENCES), random));
  }
  return sentences.join(' ');
}

function caption(random: Random, arabic: boolean): string {
  if (arabic) return `${arabicFill('مشهد عام من {place}', random)} ${random.pick(AR_CREDITS)}`;
  const credit = random.pick(CREDITS);
  const scene = fill(random.pick(CAPTION_SCENES), random);
  // Both styles of the real dumps: "Scene. (AFP)" and "Scene (Government media)".
  return credit.startsWith('(') && random.chance(0.5) ? `${scene} ${credit}` : `${scene}. ${credit}`;
}

function datelineLine(random: Random, arabic: boolean): string {
  if (arabic) return `${random.pick(AR_PLACES)}: «الشرق الأوسط»`;
  const separator = random.chance(0.7) ? ' - ' : ': ';
  return `${random.pick(PLACES)}${separator}${random.pick(BYLINES)}`;
}

// ---------------------------------------------------------------------------
// Articles

/** One article in dump layout, without the separator that follows it. */
export function articleText(random: Random, headlines: string[]): string {
  const arabic = random.chance(0.05);
  const title = pickHeadline(random, headlines, arabic);
  const captions = Array.from({ length: random.int(0, 3) }, () => caption(random, arabic));
  const doubled = captions.flatMap((line) => [line, line]);
  const header = captions.length > 0 ? [title, '', ...doubled, 'TT', '', title, '', ...doubled] : [title, '', title];
  const body = Array.from({ length: random.int(3, 25) }, () => paragraph(random, arabic));
  if (random.chance(0.5)) body.unshift(datelineLine(random, arabic));
  const spaced = random.chance(0.7);
  return [...header, '', body.join(spaced ? '\n\n' : '\n')].join('\n');
}

/** A new headline, or now and then (about 3%) one used before: distinct articles, same title. */
function pickHeadline(random: Random, headlines: string[], arabic: boolean): string {
  if (headlines.length > 20 && random.chance(0.03)) return random.pick(headlines);
  const title = arabic ? arabicFill(random.pick(AR_HEADLINES), random) : fill(random.pick(HEADLINES), random, true);
  if (headlines.length < 5000) headlines.push(title);
  return title;
}

/** The dump's articles in order, each followed by its separator (two blank lines). */
export function* generateArticles(options: DumpOptions): Generator<string> {
  const random = createRandom(options.seed ?? 20240908);
  const headlines: string[] = [];
  const limit = options.targetBytes === undefined ? (options.articles ?? 2000) : Infinity;
  let bytes = 0;
  for (let count = 0; count < limit; count += 1) {
    if (options.targetBytes !== undefined && bytes >= options.targetBytes) return;
    const text = `${articleText(random, headlines)}\n\n\n`;
    bytes += Buffer.byteLength(text);
    yield text;
  }
}

/** Writes a dump to `path`, streaming; returns how many articles and bytes it holds. */
export async function writeDump(path: string, options: DumpOptions): Promise<DumpSummary> {
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  let articles = 0;
  let bytes = 0;
  let batch: string[] = [];
  const flush = async () => {
    const chunk = batch.join('');
    batch = [];
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  for (const text of generateArticles(options)) {
    articles += 1;
    batch.push(text);
    if (batch.length >= 256) await flush();
  }
  await flush();
  stream.end();
  await once(stream, 'finish');
  return { articles, bytes };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      mb: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('usage: node bench/generate-dump.ts (--articles N | --mb N) [--seed S] --out FILE');
  const summary = await writeDump(values.out, {
    articles: values.articles ? Number(values.articles) : undefined,
    targetBytes: values.mb ? Number(values.mb) * 1024 * 1024 : undefined,
    seed: values.seed ? Number(values.seed) : undefined,
  });
  console.log(`${values.out}: ${summary.articles} articles, ${(summary.bytes / 1048576).toFixed(1)} MB`);
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  });
}
