import { expect, test } from 'vitest';
import { splitCaption } from '../src/ingest/captions.ts';

test.each([
  ['A troop member shakes hands with an Iraqi soldier. (CENTCOM file)', 'A troop member shakes hands with an Iraqi soldier.', 'CENTCOM file'],
  ['Sudani visiting a market in Baghdad on Thursday (Government media)', 'Sudani visiting a market in Baghdad on Thursday', 'Government media'],
  ['Smoke rises over the city (AFP).', 'Smoke rises over the city', 'AFP'],
  ['Ministers meet in Riyadh. Photo: SPA', 'Ministers meet in Riyadh.', 'SPA'],
  ['Ministers meet in Riyadh Photo: SPA', 'Ministers meet in Riyadh', 'SPA'],
  ['Protesters in Tunis. Photos: Reuters', 'Protesters in Tunis.', 'Reuters'],
  ['Hussein Allawi (left) with the prime minister', 'Hussein Allawi (left) with the prime minister', null],
  ['The prime minister and Hussein Allawi (right)', 'The prime minister and Hussein Allawi (right)', null],
  ['A caption with no credit at all.', 'A caption with no credit at all.', null],
  ['زوار في المتحف (أ.ف.ب)', 'زوار في المتحف', 'أ.ف.ب'],
])('%s', (input, caption, credit) => {
  expect(splitCaption(input)).toEqual({ caption, credit });
});
