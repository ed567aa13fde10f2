/**
 * The check a build starts with, whichever way it renders (`astro build` or a publish):
 * every problem printed, nothing written when there is an error, and the checked entries
 * held for the pages (src/site/content.ts). When a publish finds it must hand over to
 * `astro build`, the integration takes its result rather than checking a second time.
 */
import { dirname, join } from 'node:path';
import { checkContent, formatProblem, formatSummary, siteContentOf, type CheckResult } from '../check/index.ts';
import type { MessageLang } from '../check/messages.ts';
import { fileInside } from '../lib/paths.ts';
import { holdContent } from '../site/content.ts';

export class ContentError extends Error {
  constructor(summary: string) {
    super(summary);
    this.name = 'ContentError';
  }
}

export interface CheckedForBuild {
  result: CheckResult;
  /** Pictures the entries show (absolute paths inside the content folder), which the build copies under /media/. */
  pictures: string[];
}

const KEY = Symbol.for('minsheng.checked-for-build');
/** Shared by every copy of this module in the process: Astro loads its config (and so the integration) separately. */
const done = ((globalThis as { [KEY]?: Map<string, CheckedForBuild> })[KEY] ??= new Map());

/**
 * Checks the content for a build. Throws `ContentError` (its message the checker's summary)
 * when there is an error; every problem has been logged by then.
 */
export async function checkForBuild(options: {
  contentDir: string;
  today: string;
  lang: MessageLang;
  cwd: string;
  /** The folder of the entry cache (src/check/entry-cache.ts), when it may be used. */
  cache?: string;
  /** A full build (`--full`) reads every file again, and keeps what it read for the next publish. */
  rereadAll?: boolean;
  /** Keeps the result for the next check of the same content in this process (a publish handing over to `astro build`). */
  handOver?: boolean;
  logger: { error(line: string): void; warn(line: string): void };
}): Promise<CheckedForBuild> {
  const { contentDir, today, lang } = options;
  const key = JSON.stringify([contentDir, today, lang]);
  const earlier = done.get(key);
  done.clear();
  if (earlier) return earlier;
  const result = await checkContent({ contentDir, today, lang, cwd: options.cwd, cache: options.cache, rereadAll: options.rereadAll });
  for (const problem of result.problems) {
    const line = formatProblem(problem, lang);
    if (problem.severity === 'error') options.logger.error(line);
    else options.logger.warn(line);
  }
  const summary = formatSummary(result, lang);
  // Every problem is printed above. Nothing is written yet.
  if (result.errors > 0) throw new ContentError(summary);
  // Printed whatever the log level: the one line a press officer looks for.
  console.log(summary);
  // The pages read these entries: nothing is read or validated a second time.
  holdContent(siteContentOf(result.content)!, today, false);
  const pictures = [
    ...result.content.projects.flatMap((p) => (p.data.images ?? []).map((image) => join(dirname(p.file.absolutePath), image.src))),
    // Pictures that bodies show, found by the checker.
    ...[...result.content.projects, ...result.content.updates, ...result.content.programmes].flatMap((entry) => entry.file.pictures ?? []),
  ];
  // Refused again before anything is written, should the checker ever let one through.
  for (const path of pictures) fileInside(contentDir, path);
  const checked = { result, pictures };
  if (options.handOver) done.set(key, checked);
  return checked;
}
