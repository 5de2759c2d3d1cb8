/**
 * Preload (`node --import`) used where /usr/bin/time is missing: on exit, appends this
 * process's peak RSS in KB to the file named by BENCH_RSS_FILE.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
