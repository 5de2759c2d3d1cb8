/**
 * Who sends or photographs news, grouped by house style: the names the recognizers accept as a
 * byline's agency (`Reuters, Beirut`, a `By NAME` line followed by `Associated Press`) and as a
 * photo credit printed without brackets (`… the port. EPA/JANE ROE`). Supporting a new outlet
 * starts with a row here.
 */
export interface AgencyRow {
  style: string;
  /** Names as printed in bylines and datelines. */
  bylines: readonly string[];
  /** Names that open an unbracketed photo credit (`EPA/NAME`, `Getty Images`). */
  credits: readonly string[];
}

export const AGENCIES: readonly AgencyRow[] = [
  { style: 'Asharq Al-Awsat', bylines: ['Asharq Al-Awsat', 'الشرق الأوسط'], credits: ['Asharq Al-Awsat', 'AAWSAT', 'الشرق الأوسط'] },
  { style: 'AP', bylines: ['Associated Press', 'The Associated Press', 'AP'], credits: ['AP', 'AP Photo', 'Associated Press', 'أ ب', 'أ.ب'] },
  { style: 'Reuters', bylines: ['Reuters', 'رويترز'], credits: ['REUTERS', 'Reuters', 'رويترز'] },
  {
    style: 'AFP',
    bylines: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'أ ف ب', 'أ.ف.ب'],
    credits: ['AFP', 'AFP via Getty Images', 'أ ف ب', 'أ.ف.ب'],
  },
  { style: 'EPA', bylines: ['EPA', 'الأوروبية'], credits: ['EPA', 'EPA-EFE', 'EFE', 'الأوروبية'] },
  { style: 'Arab News', bylines: ['Arab News'], credits: ['Arab News', 'AN Photo'] },
  {
    style: 'regional wires',
    bylines: ['KUNA', 'SPA', 'Saudi Press Agency', 'WAM', 'QNA', 'MENA', 'Petra', 'Anadolu', 'Anadolu Agency', 'كونا', 'واس', 'وام', 'قنا', 'د ب أ', 'dpa', 'DPA'],
    credits: ['KUNA', 'SPA', 'WAM', 'QNA', 'Anadolu', 'Anadolu Agency', 'Petra', 'واس', 'وام', 'كونا', 'د ب أ', 'dpa', 'DPA'],
  },
  {
    style: 'Arabic outlets',
    bylines: ['وطنية', 'صدى البلد', 'فيتو', 'العرب', 'المؤتمرنت', 'الوكالة الوطنية للإعلام'],
    credits: ['آي بي ايه'],
  },
  {
    style: 'international',
    bylines: ['Xinhua', 'UPI', 'Bloomberg', 'The Washington Post', 'The New York Times'],
    credits: ['Getty Images', 'Xinhua', 'UPI', 'Bloomberg', 'Shutterstock', 'Alamy', 'SANA', 'WANA', 'Sputnik', 'Pool', 'POOL', 'IRNA'],
  },
];

const lowercased = (names: Iterable<string>) => new Set([...names].map((name) => name.toLowerCase()));

/** Every byline agency, lowercased. */
export const BYLINE_AGENCIES: ReadonlySet<string> = lowercased(AGENCIES.flatMap((row) => row.bylines));

/** Every byline agency as printed. */
export const BYLINE_NAMES: readonly string[] = [...new Set(AGENCIES.flatMap((row) => row.bylines))];

/** Every credit source as printed. */
export const CREDIT_NAMES: readonly string[] = [...new Set(AGENCIES.flatMap((row) => row.credits))];

/** Every credit source, lowercased. */
export const CREDIT_SOURCES: ReadonlySet<string> = lowercased(AGENCIES.flatMap((row) => row.credits));

/** True when `text` is exactly an agency's name (case aside), as a byline prints it. */
export function isBylineAgency(text: string): boolean {
  return text.length <= 40 && BYLINE_AGENCIES.has(text.trim().toLowerCase());
}

/** True when `text` is exactly a credit source's name (case aside). */
export function isCreditSource(text: string): boolean {
  return text.length <= 40 && CREDIT_SOURCES.has(text.trim().toLowerCase());
}
