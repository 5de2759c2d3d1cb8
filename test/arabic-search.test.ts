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

test('folding is idempotent and linear on long input', () => {
  const long = 'القاهرةُ إلى آخرِ الـــمتحف '.repeat(20_000);
  const started = performance.now();
  const once = foldArabic(long);
  expect(foldArabic(once)).toBe(once);
  expect(performance.now() - started).toBeLessThan(1000);
});
