import { expect, test } from 'vitest';
import { foldArabic } from '../src/lib/arabic-search.ts';

test.each([
  { name: 'harakat are dropped', input: 'مُتْحَفٌ', folded: 'متحف' },
  { name: 'shadda and tanween', input: 'جدّاً', folded: 'جدا' },
  { name: 'alef with hamza above', input: 'أحمد', folded: 'احمد' },
  { name: 'alef with hamza below', input: 'إعلان', folded: 'اعلان' },
  { name: 'alef with madda', input: 'آثار', folded: 'اثار' },
  { name: 'alef wasla', input: 'ٱلقدس', folded: 'القدس' },
  { name: 'teh marbuta becomes heh', input: 'القاهرة', folded: 'القاهره' },
  { name: 'alef maqsura becomes yeh', input: 'مستشفى', folded: 'مستشفي' },
  { name: 'tatweel is dropped', input: 'الـــمتحف', folded: 'المتحف' },
  { name: 'superscript alef', input: 'هٰذا', folded: 'هذا' },
  { name: 'decomposed hamza (alef + U+0654) folds like the composed letter', input: 'ا\u0654حمد', folded: 'احمد' },
  { name: 'Latin text and digits are untouched', input: 'CNN 2024 Café', folded: 'CNN 2024 Café' },
  { name: 'a mixed sentence', input: 'زارَ أحمدُ القاهرةَ إلى الـمتحف', folded: 'زار احمد القاهره الي المتحف' },
])('$name', ({ input, folded }) => {
  expect(foldArabic(input)).toBe(folded);
});

// Linear by construction: foldArabic is two replaces of one-character classes, with no
// quantifier to backtrack; a timed check would only be flaky on a shared machine.
test('a long text folds as its repeated piece does, and folding it again changes nothing', () => {
  const piece = 'القاهرةُ إلى آخرِ الـــمتحف ';
  const folded = foldArabic(piece.repeat(20_000));
  expect(folded).toBe('القاهره الي اخر المتحف '.repeat(20_000));
  expect(foldArabic(folded)).toBe(folded);
});
