/** `text` as a literal inside a `u`-flag pattern. */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** A non-capturing alternation of the literal `names`, longest first so that `AFP via Getty Images` wins over `AFP`. */
export function alternation(names: readonly string[]): string {
  return `(?:${[...names].sort((a, b) => b.length - a.length).map(escapePattern).join('|')})`;
}
