/** Runs a command of scripts/ the way `npm run` does, in a sandbox, with "today" frozen. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EPOCH, ROOT } from '../helpers.ts';

export interface Run {
  status: number | null;
  /** Lines printed on stdout. */
  out: string[];
  /** Lines printed on stderr. */
  err: string[];
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

/** `node scripts/<script>.ts ...args` in `cwd`; the test runner's Node is the project's Node 24. */
export function run(script: 'import' | 'new', args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, MINSHENG_CONTENT: '', NO_COLOR: '1' },
  });
  return { status: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

/** Every file below `dir` with its bytes, to show that a command wrote nothing, or only what it should. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The files added or changed between two snapshots. */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...after].filter(([path, bytes]) => !before.get(path)?.equals(bytes)).map(([path]) => path).sort();
}
