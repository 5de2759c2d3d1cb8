import type { PluralForms } from '../lib/messages.ts';
import type { en } from './en.ts';

/**
 * The shape every language's dictionary has: the English one's keys, each a string or a
 * table of plural forms. A language whose dictionary lacks a key, or has one English lacks,
 * fails `astro check`.
 */
export type Dictionary = {
  readonly [Key in keyof typeof en]: (typeof en)[Key] extends string ? string : PluralForms;
};

/** The keys of the dictionary that are plain strings (not plural tables). */
export type MessageKey = { [Key in keyof Dictionary]: Dictionary[Key] extends string ? Key : never }[keyof Dictionary];
/** The keys of the plural tables. */
export type PluralKey = Exclude<keyof Dictionary, MessageKey>;
