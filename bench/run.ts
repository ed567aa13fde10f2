/**
 * Runs one build as a child process and times it: wall time, peak memory (from the report
 * the child writes, see `MINSHENG_REPORT`), and the phases of Astro's build, timed by when
 * each of its log lines arrives. The full log is kept in a file for a closer look.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Phases {
  /** Node start, config, and (minsheng) the content checker: until Astro starts syncing content. */
  setupMs?: number;
  /** Astro's content layer: reading, parsing and rendering Markdown into its data store. */
  contentSyncMs?: number;
  /** Types, build info and Vite's bundling of the pages, until pages start rendering. */
  bundleMs?: number;
  /** Rendering every page to HTML ("generating static routes"). */
  renderMs?: number;
  /** From the last page to "Complete!": integrations' build hooks (minsheng's zh-Hant conversion). */
  afterRenderMs?: number;
  /** The zh-Hant conversion alone, as minsheng logs it. */
  conversionMs?: number;
}

/**
 * The phases a publish without Astro logs itself, by name, in the order first logged:
 * "publish: <step> in <n> ms", the step's counts written "#" in the name ("# pages
 * rendered") so that names compare across sizes. A phase logged more than once is summed.
 */
export type LoggedPhases = Record<string, number>;

export interface RunResult {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory of the build process, from its own report. */
  maxRssKiB?: number;
  phases: Phases;
  /** Phases the build timed and logged itself (a publish without Astro); absent when it logged none. */
  logged?: LoggedPhases;
  /** Those steps as logged, counts and all ("46 pages rendered"), in order. */
  loggedSteps?: string[];
  /** Why it failed: the exit code or signal and the last lines it printed. */
  error?: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the child's output goes. */
  logFile: string;
  /** Where the child writes `{ maxRssKiB, ms }` at exit. */
  reportFile: string;
}

/** Children still running, each with the promise of its end, so that an interrupted benchmark leaves none behind. */
const running = new Map<ChildProcess, Promise<void>>();
/** Set once stopping: a build the benchmark would start next is not started. */
let stopped = false;

/**
 * Stops every build still running, with whatever it started (each runs in its own process
 * group), and resolves once they are gone: SIGTERM first, SIGKILL for any still there after 5 s.
 */
export async function stopAll(): Promise<void> {
  const signal = (child: ChildProcess, name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  stopped = true;
  for (const child of running.keys()) signal(child, 'SIGTERM');
  const stubborn = setTimeout(() => {
    for (const child of running.keys()) signal(child, 'SIGKILL');
  }, 5000);
  await Promise.all(running.values());
  clearTimeout(stubborn);
}

const MARKS: Record<string, RegExp> = {
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  renderStart: /generating static routes/,
  // The line closing the page list has no [tag]; "[build] ✓ Completed in" closes other steps.
  renderEnd: /^\d\d:\d\d:\d\d ✓ Completed in/,
  done: /\[build\] Complete!/,
  // minsheng reads the content once, in its checker, and prints this line when it is done.
  checked: /^(?:已检查 \d+ 个文件|Checked \d+ files?)/,
};
const CONVERTED = /converted \d+ pages in (\d+) ms/;
const PUBLISH_PHASE = /(?:^|\s)publish: (\S(?:.*?\S)?)(?:\s+in)?\s+(\d+(?:\.\d+)?) ?ms\s*$/;

/**
 * A publish's own timing from a line "publish: <step> in <n> ms" (ANSI colours removed),
 * if it is one: the phase (the step with its counts written "#"), the milliseconds, and
 * the step as logged.
 */
export function publishPhase(line: string): { phase: string; ms: number; step: string } | undefined {
  const match = PUBLISH_PHASE.exec(line);
  return match ? { phase: match[1]!.replace(/\d+/g, '#'), ms: Number(match[2]), step: match[1]! } : undefined;
}
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function runTimed(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  if (stopped) return Promise.resolve({ ok: false, wallMs: 0, phases: {}, error: 'not started: the benchmark is stopping' });
  const started = performance.now();
  const log = createWriteStream(options.logFile);
  const marks: Record<string, number> = {};
  let conversionMs: number | undefined;
  const logged: LoggedPhases = {};
  const loggedSteps: string[] = [];
  const tail: string[] = [];
  // Detached: its own process group, so that stopping it stops whatever it started.
  // The phases are read from the build's info lines: CI=… would make it log only warnings, and
  // MINSHENG_VERBOSE asks for Astro's progress, which a build keeps quiet otherwise.
  const child = spawn(command, args, { cwd: options.cwd, env: { ...options.env, CI: '', MINSHENG_VERBOSE: '1', MINSHENG_REPORT: options.reportFile }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.set(child, new Promise((resolve) => child.on('close', () => resolve())));
  const onLine = (line: string) => {
    const at = performance.now() - started;
    log.write(`${Math.round(at)}\t${line}\n`);
    const plain = line.replace(ANSI, '');
    for (const [name, pattern] of Object.entries(MARKS)) {
      if (marks[name] === undefined && pattern.test(plain) && (name !== 'renderEnd' || marks.renderStart !== undefined)) marks[name] = at;
    }
    const converted = CONVERTED.exec(plain);
    if (converted) conversionMs = Number(converted[1]);
    const timed = publishPhase(plain);
    if (timed) {
      logged[timed.phase] = (logged[timed.phase] ?? 0) + timed.ms;
      loggedSteps.push(timed.step);
    }
    tail.push(plain);
    if (tail.length > 15) tail.shift();
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);

  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      const wallMs = performance.now() - started;
      log.end();
      // A site without Astro's content layer has no sync: its content is read by the checker, from the start.
      if (marks.syncStart === undefined && marks.checked !== undefined) Object.assign(marks, { syncStart: 0, syncEnd: marks.checked });
      const span = (from: string | number, to: string) => {
        const start = typeof from === 'number' ? from : marks[from];
        return start === undefined || marks[to] === undefined ? undefined : Math.round(marks[to]! - start);
      };
      const phases: Phases = {
        setupMs: span(0, 'syncStart'),
        contentSyncMs: span('syncStart', 'syncEnd'),
        bundleMs: span('syncEnd', 'renderStart'),
        renderMs: span('renderStart', 'renderEnd'),
        afterRenderMs: span('renderEnd', 'done'),
        conversionMs,
      };
      const report = existsSync(options.reportFile) ? (JSON.parse(readFileSync(options.reportFile, 'utf8')) as { maxRssKiB: number }) : undefined;
      const ok = code === 0;
      resolve({
        ok,
        wallMs: Math.round(wallMs),
        ...(report ? { maxRssKiB: report.maxRssKiB } : {}),
        phases: Object.fromEntries(Object.entries(phases).filter(([, v]) => v !== undefined)),
        ...(loggedSteps.length ? { logged, loggedSteps } : {}),
        ...(ok ? {} : { error: `${signal ? `killed by ${signal}` : `exit code ${code}`}: ${tail.filter((l) => l.trim()).slice(-6).join(' | ')}` }),
      });
    });
  });
}
