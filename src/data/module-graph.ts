import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ImportType, init, parse } from 'es-module-lexer';

/**
 * The project's own modules that `entries` import, directly or through each other, entries
 * included: paths relative to `rootDir`, sorted. Imports of packages, `node:` builtins and
 * virtual modules (`astro:content`) are not followed; package-lock.json stands for packages.
 * An import this cannot follow (a computed dynamic import) is an error, so that no module
 * goes unseen.
 */
export async function localModules(rootDir: string, entries: readonly string[]): Promise<string[]> {
  await init;
  const root = resolve(rootDir);
  const seen = new Set<string>();
  // Each module to read, with the module that imports it (for messages).
  const pending = entries.map((entry) => ({ file: resolve(root, entry), importer: '' }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { file, importer } = next;
    if (seen.has(file)) continue;
    seen.add(file);
    const name = relative(root, file);
    const [imports] = parse(readSource(file, name, importer), name);
    for (const { n: specifier, t: type } of imports) {
      if (type === ImportType.ImportMeta) continue;
      if (specifier === undefined) throw new Error(`${name}: an import of a computed name cannot be followed; import the module by its path`);
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(root + sep) || target.split(sep).includes('node_modules')) continue;
      pending.push({ file: target, importer: name });
    }
  }
  return [...seen].map((file) => relative(root, file)).sort();
}

function readSource(file: string, name: string, importer: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`${importer ? `${importer} imports ${name}` : name}: cannot read it (${code})`, { cause: error });
  }
}

/**
 * A hash of the code that `entries` reach under `rootDir` and of `files` (package-lock.json
 * stands for the packages; a missing one counts as absent): the version of what that code
 * makes, to throw away what an older version saved. About 3 ms: modules are scanned, not loaded.
 */
export async function codeVersion(rootDir: string, entries: readonly string[], files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of [...(await localModules(rootDir, entries)), ...files]) {
    const file = join(rootDir, path);
    if (existsSync(file)) hash.update(`${path}\n`).update(readFileSync(file));
  }
  return hash.digest('base64url').slice(0, 22);
}
