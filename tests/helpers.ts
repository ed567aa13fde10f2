/** Shared test helpers: a disposable copy of the fixture site, and the checker's output as lines. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync, unlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../src/check/index.ts';
import type { MessageLang } from '../src/check/messages.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURE = join(ROOT, 'tests/fixtures/site');
/** The day the fixture is checked and built on. */
export const TODAY = '2026-11-22';
/** 2026-11-22 12:00 in Asia/Shanghai, as SOURCE_DATE_EPOCH. */
export const EPOCH = String(Date.UTC(2026, 10, 22, 4) / 1000);

export interface Sandbox {
  /** The temporary folder; the content is in `content/` below it. */
  root: string;
  content: string;
  read(path: string): string;
  write(path: string, text: string): void;
  edit(path: string, change: (text: string) => string): void;
  move(from: string, to: string): void;
  remove(path: string): void;
  dispose(): void;
}

/** A copy of the fixture site (or of `source`) in a fresh temporary folder. */
export function sandbox(source = FIXTURE): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'minsheng-test-'));
  const content = join(root, 'content');
  cpSync(source, content, { recursive: true });
  const at = (path: string) => join(content, path);
  const box: Sandbox = {
    root,
    content,
    read: (path) => readFileSync(at(path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), text);
    },
    edit: (path, change) => {
      const before = box.read(path);
      const after = change(before);
      if (after === before) throw new Error(`The edit of ${path} changed nothing: the fixture no longer matches the test.`);
      box.write(path, after);
    },
    move: (from, to) => {
      mkdirSync(dirname(at(to)), { recursive: true });
      renameSync(at(from), at(to));
    },
    remove: (path) => unlinkSync(at(path)),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  return box;
}

/** Every problem the checker reports for a folder, formatted as the command prints them. */
export async function checkLines(box: Sandbox, lang: MessageLang = 'en', today = TODAY): Promise<string[]> {
  const result = await checkContent({ contentDir: box.content, today, lang, cwd: box.root });
  return result.problems.map((p) => formatProblem(p, lang));
}

/**
 * How `buildSite` runs `npm run build` (scripts/build.ts): on a content folder into `out`,
 * as of the frozen today, with the given cache, plus `options` such as `--full`.
 */
export function buildCommand(content: string, out: string, cache: string, options: readonly string[] = []) {
  return {
    command: process.execPath,
    args: [join(ROOT, 'scripts/build.ts'), '--content', content, '--out', out, ...options],
    options: { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, MINSHENG_CACHE: cache, CI: '1' } },
  };
}

/** What the checker prints for a copy of the fixture after `change`; the copy is removed afterwards. */
export async function checkLinesAfter(change: (box: Sandbox) => void, lang: MessageLang = 'en'): Promise<string[]> {
  const box = sandbox();
  try {
    change(box);
    return await checkLines(box, lang);
  } finally {
    box.dispose();
  }
}

/**
 * Runs `npm run build` (scripts/build.ts) on a content folder into `out`, as of the frozen
 * today, with a cache of its own so that builds never share state.
 */
export function buildSite(content: string, out: string, cache: string, options: readonly string[] = []): SpawnSyncReturns<string> {
  const { command, args, options: spawnOptions } = buildCommand(content, out, cache, options);
  return spawnSync(command, args, { ...spawnOptions, encoding: 'utf8' });
}
