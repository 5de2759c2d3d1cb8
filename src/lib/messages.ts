/**
 * Interface text from the dictionaries (src/i18n/): placeholders filled in, plural forms
 * chosen by Intl.PluralRules, numbers in the edition's digits. Pure, so tests need no build.
 */

/** A message in every plural form a language needs: English uses `one` and `other`, Arabic all six. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Every plural category, for languages that use them all (Arabic). */
export type AllPluralForms = Record<Intl.LDMLPluralRule, string>;

export type NumberingSystem = 'latn' | 'arab';

/** `{name}` placeholders; names are word characters, so the scan is one linear pass. */
const PLACEHOLDER = /\{(\w+)\}/gu;

/** The template with each `{name}` replaced by `values[name]`; an unknown name is an error, never silent. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`message "${template}" needs a value for {${name}}`);
    return String(value);
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number in Latin (`12`) or Arabic-Indic (`١٢`) digits, without grouping: page 1000 is "1000". */
export function formatNumber(n: number, numbering: NumberingSystem = 'latn'): string {
  if (numbering === 'latn') return String(n);
  let format = numberFormats.get(numbering);
  if (!format) {
    format = new Intl.NumberFormat(`ar-u-nu-${numbering}`, { useGrouping: false });
    numberFormats.set(numbering, format);
  }
  return format.format(n);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `lang`: Arabic has zero, one, two, few, many and other. */
export function pluralCategory(count: number, lang: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * The form of a message for `count`, filled in: `{count}` is the number in the given digits.
 * A language's missing category falls back to `other`.
 */
export function pluralMessage(
  forms: PluralForms,
  count: number,
  lang: string,
  values: Readonly<Record<string, string | number>> = {},
  numbering: NumberingSystem = 'latn',
): string {
  const template = forms[pluralCategory(count, lang)] ?? forms.other;
  return fillTemplate(template, { ...values, count: formatNumber(count, numbering) });
}
