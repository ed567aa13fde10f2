/**
 * `npm run dev` never dies on content: the checker runs at start and after every change
 * below the content folder, prints every problem in the terminal in the site's language,
 * and while any error stands, every page of the preview is a page that lists them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { escapeXml } from '../lib/xml.ts';
import { checkContent, formatProblem, formatSummary, type CheckResult } from '../check/index.ts';
import type { MessageLang } from '../check/messages.ts';
import { isInside } from '../lib/paths.ts';

/** Set to `1` to have the preview render pages even while the content has errors (for tests only). */
export const PREVIEW_DESPITE_ERRORS_ENV = 'MINSHENG_PREVIEW_DESPITE_ERRORS';

export interface PreviewCheckOptions {
  contentDir: string;
  cwd: string;
  today: () => string;
  /** The language of the messages, worked out again on each check: site.json may change. */
  lang: () => MessageLang;
  logger: { info(message: string): void; warn(message: string): void; error(message: string): void };
  /** How long the content must stay unchanged before a check (QUIET_MS unless told). */
  quietMs?: number;
  /** Given each check's result as it ends: the preview shows the entries it read. */
  onChecked?: (result: CheckResult) => void;
}

/** Long enough for a save or a copy to finish, short enough not to be noticed. */
const QUIET_MS = 250;

/** Prints every problem, one line each, and the summary, as `npm run check` does. */
export function printProblems(result: CheckResult, lang: MessageLang, logger: PreviewCheckOptions['logger']): void {
  for (const problem of result.problems) {
    const line = formatProblem(problem, lang);
    if (problem.severity === 'error') logger.error(line);
    else logger.warn(line);
  }
  logger.info(formatSummary(result, lang));
}

/**
 * The checker's latest verdict on the content. Checks run one after the other, so that a
 * page asked for during a check waits for it and never shows an older verdict.
 */
export function previewChecks(options: PreviewCheckOptions, first?: CheckResult) {
  const run = async () => {
    const lang = options.lang();
    const result = await checkContent({ contentDir: options.contentDir, today: options.today(), lang, cwd: options.cwd });
    printProblems(result, lang, options.logger);
    options.onChecked?.(result);
    return { result, lang };
  };
  if (first) options.onChecked?.(first);
  let latest: Promise<{ result: CheckResult; lang: MessageLang }> = first ? Promise.resolve({ result: first, lang: options.lang() }) : run();
  // Editors and copy tools write a file in several steps, and the watcher may report only the
  // first of them: a check run at once could read the file half-written and never be told of
  // the rest. So a check waits for a moment without changes, and one check answers them all.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: Array<() => void> = [];
  return {
    /** After a file below the content folder was added, changed or removed. */
    recheck(): Promise<unknown> {
      clearTimeout(timer);
      const done = new Promise<void>((resolve) => waiting.push(resolve));
      timer = setTimeout(() => {
        const answered = waiting;
        waiting = [];
        latest = latest.then(run, run);
        const settle = () => answered.forEach((resolve) => resolve());
        latest.then(settle, (error: unknown) => {
          options.logger.error(String((error as Error)?.message ?? error));
          settle();
        });
      }, options.quietMs ?? QUIET_MS);
      return done;
    },
    latest: () => latest,
  };
}

/** Whether a path lies below the content folder (the watcher reports every file of the project). */
export function isContentPath(contentDir: string, path: string): boolean {
  return isInside(contentDir, path) && resolve(path) !== resolve(contentDir);
}

/** Requests for pages, as opposed to the scripts, styles and files Vite and Astro serve. */
export function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0]!;
  if (/^\/(?:@|_|node_modules\/|src\/)/.test(path)) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || last.endsWith('.html') || !last.includes('.');
}

const PAGE_TEXT = {
  zh: { title: (n: number) => `内容中有 ${n} 个错误`, lead: '改正下列错误并保存文件后，本页会自动显示预览。' },
  en: { title: (n: number) => `The content has ${n} error${n === 1 ? '' : 's'}`, lead: 'Fix the problems below and save: this page shows the preview again by itself.' },
} as const;


/**
 * The page shown instead of any page while the content has errors: every problem, one
 * line each as the terminal shows them. It asks again every two seconds, so that it
 * turns back into the preview once the files are fixed.
 */
function problemPage(result: CheckResult, lang: MessageLang): string {
  const text = PAGE_TEXT[lang];
  const items = result.problems.map((problem) => `<li class="${problem.severity}">${escapeXml(formatProblem(problem, lang))}</li>`).join('\n');
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-Hans'}">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="2">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(text.title(result.errors))}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin:.5rem 0}.error{color:#a40000}.warning{color:#6b5300}</style>
</head>
<body>
<h1>${escapeXml(text.title(result.errors))}</h1>
<p>${escapeXml(text.lead)}</p>
<ul>
${items}
</ul>
<p>${escapeXml(formatSummary(result, lang))}</p>
</body>
</html>
`;
}

/** Answers a page request with the problem page while the content has errors; otherwise passes it on. */
export function problemPageMiddleware(checks: ReturnType<typeof previewChecks>) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!isPageRequest(req)) return next();
    checks.latest().then(
      ({ result, lang }) => {
        if (result.errors === 0) return next();
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(problemPage(result, lang));
      },
      () => next(),
    );
  };
}

