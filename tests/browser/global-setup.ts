/**
 * Before the browser tests: the demo site built once into a temporary folder with a
 * frozen "today", served on 127.0.0.1. Torn down after the last test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from '../helpers.ts';
import { serve } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    workDir: string;
  }
}

export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(join(tmpdir(), 'minsheng-browser-'));
  const siteDir = join(workDir, 'dist');
  const run = buildSite(join(ROOT, 'content'), siteDir, join(workDir, 'cache'));
  if (run.status !== 0) throw new Error(`The demo did not build:\n${run.stdout}\n${run.stderr}`);
  const server = await serve(siteDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('workDir', workDir);
  return async () => {
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  };
}
