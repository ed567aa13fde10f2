/**
 * Before `npm test`: a temporary folder where test files share the fixture builds they only
 * read (tests/shared-build.ts), so that the same site is built once per run rather than once
 * per file. Removed after the last test; a folder left by a run that was killed is removed
 * by the next run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: string;
  }
}

const PREFIX = 'minsheng-shared-builds-';

/** Whether the run that made a folder of shared builds has ended. */
function runEnded(folder: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(folder, 'run.pid'), 'utf8'));
  } catch {
    // A run that is only starting has not written its id yet.
    const made = statSync(folder, { throwIfNoEntry: false });
    return made !== undefined && Date.now() - made.mtimeMs > 60_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

export default function setup(project: TestProject) {
  for (const name of readdirSync(tmpdir())) {
    const folder = join(tmpdir(), name);
    if (name.startsWith(PREFIX) && runEnded(folder)) rmSync(folder, { recursive: true, force: true });
  }
  const folder = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(folder, 'run.pid'), String(process.pid));
  project.provide('sharedBuilds', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
