import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { temporaryFilePid } from '../src/ingest/temporary-files.ts';
import { filesIn, projectRoot, runImport, sampleDump, scratchDir } from './helpers/run-import.ts';

describe('temporaryFilePid', () => {
  test.each<[string, number | null]>([
    ['talks-resume.md.4242.tmp', 4242],
    ['a.md.1.tmp', 1],
    ['talks.md.resume.md.77.tmp', 77],
    ['talks-resume.md', null],
    ['talks-resume.md.tmp', null],
    ['talks-resume.md.42a.tmp', null],
    ['talks-resume.txt.4242.tmp', null],
    ['.md.4242.tmp', null],
    ['notes.4242.tmp', null],
    ['talks-resume.md.4242.tmp.bak', null],
    ['talks-resume.md.12345678901.tmp', null],
  ])('%s → %s', (name, pid) => {
    expect(temporaryFilePid(name)).toBe(pid);
  });
});

/** A process that writes an article's temporary file as the importer names it, then waits to be killed. */
async function writerOfTemporaryFile(articlePath: string): Promise<{ child: ChildProcess; file: string }> {
  const module = pathToFileURL(join(projectRoot, 'src/ingest/temporary-files.ts')).href;
  const script = `const { temporaryName } = await import(${JSON.stringify(module)});
const { writeFileSync } = await import('node:fs');
const file = temporaryName(${JSON.stringify(articlePath)});
writeFileSync(file, '---\\ntitle: half an arti');
console.log(file);
setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, file: line.toString().trim() };
}

describe('an import into a folder with temporary files left behind', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  test('removes those of a killed import and names them on stderr; keeps those of a running one and other files', async () => {
    const out = scratchDir();
    const killed = await writerOfTemporaryFile(join(out, 'talks-resume.md'));
    killed.child.kill('SIGKILL');
    await once(killed.child, 'exit');
    const running = await writerOfTemporaryFile(join(out, 'market-reopens.md'));
    children.push(running.child);
    const killedName = killed.file.slice(out.length + 1);
    const runningName = running.file.slice(out.length + 1);
    expect(filesIn(out)).toEqual([runningName, killedName].sort());

    const { code, stderr } = runImport(['--out', out, sampleDump]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${out}: removed 1 temporary file left by an interrupted import: ${killedName}`);
    expect(stderr).not.toContain(runningName);
    expect(existsSync(killed.file)).toBe(false);
    expect(existsSync(running.file)).toBe(true);
    expect(filesIn(out)).toEqual(
      [
        'baghdad-urges-washington-to-prevent-imminent-israeli-strikes.md',
        'iraqi-american-officials-to-meet-to-discuss-us-troop-withdrawal.md',
        runningName,
      ].sort(),
    );
  });

  test('--dry-run removes nothing', async () => {
    const out = scratchDir();
    const killed = await writerOfTemporaryFile(join(out, 'talks-resume.md'));
    killed.child.kill('SIGKILL');
    await once(killed.child, 'exit');
    const { code, stderr } = runImport(['--dry-run', '--out', out, sampleDump]);
    expect(code).toBe(0);
    expect(stderr).not.toContain('temporary file');
    expect(existsSync(killed.file)).toBe(true);
  });
});
