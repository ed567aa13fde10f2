/**
 * What the rebuild tests need to say "a rebuild equals a fresh build": builds on any day
 * (run side by side), the site's files compared byte for byte, and random yet valid edits
 * of a copy of the fixture, drawn from a seeded generator so that a failure can be replayed.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { checkContent, formatProblem } from '../../src/check/index.ts';
import { buildCommand, type Sandbox } from '../helpers.ts';

/** 12:00 in Asia/Shanghai on a `YYYY-MM-DD` day, as SOURCE_DATE_EPOCH: the build's "today" is that day. */
export function epochOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return String(Date.UTC(y, m - 1, d, 4) / 1000);
}

/** The day `days` after a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The last day a partial date stands for (the day after it, a project due then is late). */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export interface BuildRun {
  status: number | null;
  output: string;
}

/** `npm run build` of a content folder into `out` with `cache`, as of `day`, without blocking: two builds can run side by side. */
export function buildAt(content: string, out: string, cache: string, day: string): Promise<BuildRun> {
  const { command, args, options } = buildCommand(content, out, cache);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, env: { ...options.env, SOURCE_DATE_EPOCH: epochOf(day) } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Every file of a built site by relative path, without the output's own records (`.minsheng/`), which carry a stamp of the code. */
export function siteFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (path.startsWith('.minsheng')) continue;
    files.set(path, readFileSync(join(dir, path)));
  }
  return files;
}

/** The files in which two built sites differ, each with how: only in one of them, or other bytes. */
export function differences(rebuilt: string, fresh: string): string[] {
  const a = siteFiles(rebuilt);
  const b = siteFiles(fresh);
  const found: string[] = [];
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!other) found.push(`${path}: only in the rebuild`);
    else if (!bytes.equals(other)) found.push(`${path}: differs`);
  }
  for (const path of b.keys()) if (!a.has(path)) found.push(`${path}: only in the fresh build`);
  return found.sort();
}

/** mulberry32: a small, seeded generator of numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer from `low` to `high`, both included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Nothing to pick from.');
    return items[this.int(0, items.length - 1)]!;
  }
  /** A random day from `from` to `to`, both `YYYY-MM-DD`. */
  day(from: string, to: string): string {
    const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    return addDays(from, this.int(0, span));
  }
}

type Data = Record<string, unknown>;

/** An entry file's fields and body: JSON files have no body. Dates stay strings, as the checker reads them. */
interface EntryFile {
  data: Data;
  body: string;
}

function readEntry(box: Sandbox, path: string): EntryFile {
  const text = box.read(path);
  if (path.endsWith('.json')) return { data: JSON.parse(text) as Data, body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter.`);
  return { data: yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Data, body: match[2]! };
}

function writeEntry(box: Sandbox, path: string, entry: EntryFile): void {
  if (path.endsWith('.json')) box.write(path, `${JSON.stringify(entry.data, null, 2)}\n`);
  // The default schema quotes strings that would read as dates or numbers.
  else box.write(path, `---\n${yaml.dump(entry.data, { lineWidth: -1 })}---\n${entry.body}`);
}

function changeEntry(box: Sandbox, path: string, change: (entry: EntryFile) => void): void {
  const entry = readEntry(box, path);
  change(entry);
  writeEntry(box, path, entry);
}

/** The files of a collection, relative to the content folder. */
function filesOf(box: Sandbox, folder: string): string[] {
  const dir = join(box.content, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|mdx|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(box.content.length + 1))
    .sort();
}

const idOf = (path: string, folder: string) => path.slice(folder.length + 1).replace(/\.(md|mdx|json)$/, '');

/** Projects that any page may show: not drafts, with no day of publication of their own. */
function publicProjects(box: Sandbox): { path: string; id: string; data: Data }[] {
  return filesOf(box, 'projects')
    .filter((path) => /\.(md|mdx|json)$/.test(path))
    .map((path) => ({ path, id: idOf(path, 'projects'), data: readEntry(box, path).data }))
    .filter((p) => p.data.draft !== true && p.data.publishDate === undefined);
}

const STATUSES = ['planned', 'in-progress', 'completed', 'delayed', 'suspended', 'cancelled'] as const;

/** The state a sequence of edits works on: the content folder and the day the site is built on. */
export interface World {
  box: Sandbox;
  day: string;
  random: Random;
  /** Numbers new names and files, so that no two edits make the same one. */
  counter: number;
}

/** An edit of the content (or of the build day): what it did, or `undefined` when it does not apply now. */
type Edit = (world: World) => string | undefined;

const EDITS = {
  publishUpdate(w) {
    const { box, random } = w;
    const projects = publicProjects(box);
    // Half the time a project whose chart a report shows: its update must reach that report too.
    const charted = projects.filter((p) => filesOf(box, 'programmes').some((path) => box.read(path).includes(`id="${p.id}"`)));
    const chosen = [random.pick(charted.length > 0 && random.chance(0.5) ? charted : projects)];
    if (random.chance(0.25) && projects.length > 1) chosen.push(random.pick(projects.filter((p) => p !== chosen[0])));
    // Mostly on or before the build day, so that it shows; sometimes just around it, so that moving the day publishes or hides it.
    const date = random.chance(0.3) ? random.day(addDays(w.day, -20), addDays(w.day, 20)) : random.day(addDays(w.day, -400), w.day);
    const n = ++w.counter;
    const path = `updates/${date}-dongtai${n}.md`;
    const data: Data = { date, title: `第${n}条动态`, projects: chosen.map((p) => p.id), kind: random.pick(['progress', 'milestone', 'inspection', 'public-visit']) };
    if (random.chance(0.7)) data.progress = random.int(0, 100);
    if (random.chance(0.4)) data.status = random.pick(STATUSES.filter((s) => s !== 'completed'));
    if (random.chance(0.2)) data.publishDate = random.day(addDays(w.day, -5), addDays(w.day, 10));
    writeEntry(box, path, { data, body: `第${n}条动态的正文。\n` });
    return `publish ${path} (${JSON.stringify(data)})`;
  },
  withdrawUpdate({ box, random }) {
    const updates = filesOf(box, 'updates');
    if (updates.length === 0) return undefined;
    const path = random.pick(updates);
    box.remove(path);
    return `withdraw ${path}`;
  },
  editUpdate(w) {
    const updates = filesOf(w.box, 'updates');
    if (updates.length === 0) return undefined;
    const path = w.random.pick(updates);
    const n = ++w.counter;
    const field = w.random.pick(['title', 'body'] as const);
    changeEntry(w.box, path, (e) => {
      if (field === 'title') e.data.title = `${String(e.data.title)}（${n}）`;
      else e.body = `${e.body}\n补充说明${n}。\n`;
    });
    return `edit the ${field} of ${path}`;
  },
  changeProject(w) {
    const { box, random } = w;
    const project = random.pick(publicProjects(box));
    const field = random.pick(['title', 'progress', 'plannedEnd', 'budget'] as const);
    const n = ++w.counter;
    let value: unknown;
    changeEntry(box, project.path, (e) => {
      if (field === 'title') value = `${String(e.data.title)}${n}`;
      else if (field === 'progress') value = e.data.status === 'completed' ? 100 : random.int(0, 100);
      else if (field === 'plannedEnd') value = random.chance(0.5) ? random.day(addDays(w.day, -40), addDays(w.day, 40)) : random.day('2022-01-01', '2027-12-31').slice(0, 7);
      else value = { amount: random.int(1, 900) * 100_000, currency: 'CNY' };
      e.data[field] = value;
    });
    return `set ${field} of ${project.path} to ${JSON.stringify(value)}`;
  },
  addProject(w) {
    const { box, random } = w;
    const programmes = filesOf(box, 'programmes').map((path) => ({ year: Number(idOf(path, 'programmes')), themes: readEntry(box, path).data.themes as string[] }));
    const programme = random.pick(programmes);
    const districts = filesOf(box, 'districts').map((path) => idOf(path, 'districts'));
    const n = ++w.counter;
    const path = `projects/${programme.year}/xinxiangmu${n}.md`;
    const data: Data = {
      title: `新项目${n}`,
      programme: programme.year,
      theme: random.pick(programme.themes),
      districts: [random.pick(districts)],
      status: random.pick(['planned', 'in-progress']),
      progress: random.int(0, 60),
      asOf: random.day(`${programme.year}-01-01`, `${programme.year}-06-30`),
      leadDepartment: '测试市发展改革委',
      ...(random.chance(0.7) ? { plannedEnd: random.day(addDays(w.day, -30), addDays(w.day, 60)) } : {}),
      ...(random.chance(0.5) ? { budget: { amount: random.int(1, 500) * 100_000 } } : {}),
    };
    writeEntry(box, path, { data, body: `第${n}个新项目。\n` });
    return `add ${path} (${JSON.stringify(data)})`;
  },
  deleteProject({ box, random }) {
    const projects = publicProjects(box);
    if (projects.length <= 1) return undefined;
    const project = random.pick(projects);
    box.remove(project.path);
    // What refers to it goes too: updates about it alone, its id in other updates, the charts of it in reports.
    for (const path of filesOf(box, 'updates')) {
      const entry = readEntry(box, path);
      const listed = entry.data.projects as string[];
      if (!listed.includes(project.id)) continue;
      if (listed.length === 1) box.remove(path);
      else writeEntry(box, path, { ...entry, data: { ...entry.data, projects: listed.filter((id) => id !== project.id) } });
    }
    for (const path of filesOf(box, 'programmes')) {
      const text = box.read(path);
      const kept = text.split('\n').filter((line) => !line.includes(`id="${project.id}"`)).join('\n');
      if (kept !== text) box.write(path, kept);
    }
    return `delete ${project.path} and what refers to it`;
  },
  renamePlace(w) {
    const path = w.random.pick(filesOf(w.box, 'districts'));
    const n = ++w.counter;
    let name = '';
    changeEntry(w.box, path, (e) => (e.data.name = name = `${String(e.data.name).replace(/\d+$/, '')}${n}`));
    return `rename ${path} to ${name}`;
  },
  reparentPlace({ box, random }) {
    const places = filesOf(box, 'districts').map((path) => ({ path, id: idOf(path, 'districts'), data: readEntry(box, path).data }));
    const child = random.pick(places.filter((p) => p.data.parent !== undefined));
    const parent = random.pick(places.filter((p) => p.id !== child.id && p.id !== child.data.parent));
    changeEntry(box, child.path, (e) => (e.data.parent = parent.id));
    return `move ${child.path} under ${parent.id}`;
  },
  changeSite(w) {
    const field = w.random.pick(['title', 'publisher'] as const);
    const n = ++w.counter;
    changeEntry(w.box, 'site.json', (e) => (e.data[field] = `${String(e.data[field]).replace(/\d+$/, '')}${n}`));
    return `change the site's ${field}`;
  },
  renameTheme(w) {
    const path = w.random.pick(filesOf(w.box, 'themes'));
    const n = ++w.counter;
    changeEntry(w.box, path, (e) => (e.data.name = `${String(e.data.name).replace(/\d+$/, '')}${n}`));
    return `rename theme ${path}`;
  },
  reportChart({ box, random }) {
    const path = random.pick(filesOf(box, 'programmes'));
    const year = Number(idOf(path, 'programmes'));
    const text = box.read(path);
    const lines = text.split('\n');
    const charts = lines.filter((line) => line.startsWith('<ProgressChart '));
    if (charts.length > 0 && random.chance(0.4)) {
      const removed = random.pick(charts);
      box.write(path, lines.filter((line) => line !== removed).join('\n'));
      return `remove ${removed} from ${path}`;
    }
    const others = publicProjects(box).filter((p) => p.data.programme !== year && !text.includes(`id="${p.id}"`));
    if (others.length === 0) return undefined;
    const line = `<ProgressChart id="${random.pick(others).id}" />`;
    box.write(path, `${text.replace(/\n*$/, '')}\n\n${line}\n`);
    return `embed ${line} in ${path}`;
  },
  moveDay(w) {
    const { box, random } = w;
    // The days on which something changes: a deadline passes, an update or its publication day comes.
    // Deadlines of projects not written as completed come first: passing one makes the project late on many pages.
    const deadlines: string[] = [];
    for (const p of publicProjects(box)) if (typeof p.data.plannedEnd === 'string' && p.data.status !== 'completed') deadlines.push(addDays(lastDayOf(p.data.plannedEnd), 1));
    const days: string[] = [];
    for (const path of filesOf(box, 'updates')) {
      const data = readEntry(box, path).data;
      for (const day of [data.date, data.publishDate]) if (typeof day === 'string' && day.length === 10) days.push(day);
    }
    const inRange = (list: string[]) => list.filter((day) => day >= '2022-06-01' && day <= '2027-12-31');
    const candidates = inRange(deadlines).length > 0 && random.chance(0.6) ? inRange(deadlines) : inRange([...deadlines, ...days]);
    if (candidates.length === 0) return undefined;
    const turn = random.pick(candidates);
    // Across the turn from where the build day is: the deadline passes (or has not yet), the update shows (or not yet).
    const day = w.day >= turn ? addDays(turn, -1) : turn;
    if (day === w.day) return undefined;
    const before = w.day;
    w.day = day;
    return `build on ${day} instead of ${before}`;
  },
} satisfies Record<string, Edit>;

/** How often each edit is drawn: mostly the everyday ones, rarely those that remove much of the site. */
const WEIGHTS: Record<keyof typeof EDITS, number> = {
  publishUpdate: 5,
  withdrawUpdate: 1,
  editUpdate: 2,
  changeProject: 3,
  addProject: 1,
  deleteProject: 0.5,
  renamePlace: 1,
  reparentPlace: 1,
  changeSite: 1,
  renameTheme: 1,
  reportChart: 2,
  moveDay: 2,
};

function drawEdit(random: Random): Edit {
  const names = Object.keys(WEIGHTS) as (keyof typeof EDITS)[];
  let ticket = random.int(0, names.reduce((sum, name) => sum + WEIGHTS[name] * 2, 0) - 1) / 2;
  for (const name of names) {
    ticket -= WEIGHTS[name];
    if (ticket < 0) return EDITS[name]!;
  }
  return EDITS[names.at(-1)!]!;
}

/** Errors the checker finds in the content as of `day`, as it prints them. */
async function errorsOf(box: Sandbox, day: string): Promise<string[]> {
  const result = await checkContent({ contentDir: box.content, today: day, lang: 'en', cwd: box.root });
  return result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'));
}

/**
 * Applies one random edit that leaves the content valid: an edit the checker refuses is
 * undone and another one drawn, so that every build of the sequence must succeed.
 */
export async function applyRandomEdit(world: World): Promise<string> {
  const backup = `${world.box.content}.before-edit`;
  for (let attempt = 0; attempt < 40; attempt++) {
    rmSync(backup, { recursive: true, force: true });
    cpSync(world.box.content, backup, { recursive: true });
    const day = world.day;
    const done = drawEdit(world.random)(world);
    if (done !== undefined && (await errorsOf(world.box, world.day)).length === 0) {
      rmSync(backup, { recursive: true, force: true });
      return done;
    }
    rmSync(world.box.content, { recursive: true, force: true });
    cpSync(backup, world.box.content, { recursive: true });
    world.day = day;
  }
  throw new Error('No valid edit found in 40 attempts: the edits no longer fit the fixture.');
}
