/**
 * A count of the work the text functions do (characters scanned, tokens and clauses visited),
 * so that tests can check they scale linearly with their input on hostile text: a timed test
 * would be flaky on a shared machine, a count is exact. Adding to a number costs nothing
 * measurable.
 */
let units = 0;

/** Records `amount` units of work (a character scanned, an item visited). */
export function addWork(amount: number): void {
  units += amount;
}

/** The units of work done by `run`. */
export function measureWork(run: () => void): number {
  const before = units;
  run();
  return units - before;
}
