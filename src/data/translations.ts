import type { Article, ArticleEntry } from './archive.ts';
import { editionOf } from '../i18n/index.ts';

/**
 * Links each published article to its translations: an article and the one its
 * `translationOf` names point at each other, and so do all translations of one original.
 * An editor's mistake (a slug no article has, a translation of a translation, one in the
 * same edition) fails the build with a message naming the file and the field.
 */
export function linkTranslations(entries: readonly ArticleEntry[], published: readonly Article[]): void {
  const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
  const originals = new Map<string, Article[]>();
  /** Which article translates each original into each edition. */
  const translated = new Map<string, string>();
  for (const entry of entries) {
    const target = entry.data.translationOf;
    if (target === undefined) continue;
    const where = `${entry.filePath ?? entry.id}: translationOf`;
    const original = entriesById.get(target);
    if (!original) throw new Error(`${where}: no article has the slug "${target}"`);
    if (original.id === entry.id) throw new Error(`${where}: names the article itself`);
    if (original.data.translationOf !== undefined) {
      throw new Error(`${where}: "${target}" is itself a translation (of "${original.data.translationOf}"); name the original`);
    }
    if (editionOf(original.data.lang) === editionOf(entry.data.lang)) {
      throw new Error(`${where}: "${target}" is in the same edition (${editionOf(entry.data.lang)}); a translation is in another language`);
    }
    const slot = `${target}|${editionOf(entry.data.lang)}`;
    const other = translated.get(slot);
    if (other !== undefined) throw new Error(`${where}: "${other}" already translates "${target}" into this edition`);
    translated.set(slot, entry.id);
  }
  for (const article of published) {
    const key = article.data.translationOf ?? article.id;
    originals.set(key, [...(originals.get(key) ?? []), article]);
  }
  for (const group of originals.values()) {
    if (group.length < 2) continue;
    for (const article of group) {
      article.translations = group.filter((other) => other !== article && other.edition !== article.edition);
    }
  }
}
