/**
 * The output folder holds the site and nothing of the user's is lost: an --out that is the
 * content folder, the project folder or above them is refused before anything is written;
 * a build deletes only files that builds recorded writing there, so files of the user's
 * beside the site stay (also after --full, and after the cache is lost); a first build into
 * a folder of someone else's refuses unless told otherwise, and never overwrites their
 * files. One build at a time writes a folder; two outputs of one content folder keep their
 * own records; a build killed half-way leaves a lock that the next build takes over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryLock } from '../../src/build/lock.ts';
import { catalogues, say } from '../../src/build/messages.ts';
import { outFolderProblem } from '../../src/build/output.ts';
import { buildCommand, buildSite, EPOCH, FIXTURE, ROOT, sandbox, type Sandbox } from '../helpers.ts';
import { sharedBuild } from '../shared-build.ts';

/** Every file and folder below `dir`, with the bytes of the files: what "nothing was touched" compares. */
function snapshot(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    result.set(path.slice(dir.length + 1), entry.isFile() ? readFileSync(path, 'base64') : `<${entry.isDirectory() ? 'folder' : 'other'}>`);
  }
  return result;
}

/**
 * The files of a built site, without those named in `besides` (files of the user's), after
 * checking that the output's record lists exactly them. The record itself is left out: its
 * stamp follows the code, which may change between two builds of a test run.
 */
function siteFiles(dir: string, besides: readonly string[] = []): Map<string, string> {
  const files = snapshot(dir);
  for (const path of [...files.keys()]) if (files.get(path)!.startsWith('<') || besides.includes(path) || path.startsWith('.minsheng/')) files.delete(path);
  const recorded = readFileSync(join(dir, '.minsheng/files'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  expect(recorded).toEqual([...files.keys()].sort());
  return files;
}

function expectSameSite(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  expect([...actual].filter(([path, bytes]) => expected.get(path) !== bytes).map(([path]) => path)).toEqual([]);
}

/** A build started in the background: its exit code and what it printed. */
function startBuild(content: string, out: string, cache: string): Promise<{ status: number | null; output: string }> {
  const { command, args, options } = buildCommand(content, out, cache);
  const child = spawn(command, args, options);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, output })));
}

describe('an --out that is not a folder of its own for the site', () => {
  let box: string;
  let project: string;
  beforeAll(() => {
    box = mkdtempSync(join(tmpdir(), 'minsheng-out-'));
    project = join(box, 'project');
    cpSync(FIXTURE, join(project, 'content'), { recursive: true });
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src/work.ts'), 'uncommitted work');
    writeFileSync(join(project, 'package.json'), '{}');
    symlinkSync(join(project, 'content'), join(box, 'link-to-content'));
  });
  afterAll(() => rmSync(box, { recursive: true, force: true }));

  const folders = (out: string) => ({ out: join(project, out), content: join(project, 'content'), root: project, cache: join(project, 'node_modules/.astro') });

  it('is told apart from dist/ and from folders elsewhere', () => {
    expect(outFolderProblem(folders('.'))).toEqual({ key: 'out.isRoot' });
    expect(outFolderProblem(folders('..'))).toEqual({ key: 'out.holdsRoot' });
    expect(outFolderProblem({ ...folders('.'), out: '/' })).toEqual({ key: 'out.holdsRoot' });
    expect(outFolderProblem(folders('content'))).toEqual({ key: 'out.isContent' });
    expect(outFolderProblem(folders('content/'))).toEqual({ key: 'out.isContent' });
    expect(outFolderProblem(folders('content/site'))).toEqual({ key: 'out.inContent' });
    expect(outFolderProblem(folders('../link-to-content'))).toEqual({ key: 'out.isContent' });
    expect(outFolderProblem({ ...folders('../site'), content: join(box, 'site/content') })).toEqual({ key: 'out.holdsContent' });
    expect(outFolderProblem(folders('node_modules/.astro/minsheng'))).toEqual({ key: 'out.cache', relation: 'lies inside' });
    expect(outFolderProblem(folders('package.json'))).toEqual({ key: 'out.notFolder' });
    expect(outFolderProblem(folders('dist'))).toBeUndefined();
    expect(outFolderProblem(folders('../elsewhere'))).toBeUndefined();
  });

  it('is refused by npm run build with a message in the site language, and nothing is written or deleted', () => {
    const before = snapshot(box);
    const refused = (out: string) => {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', out], { cwd: project, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, CI: '1' } });
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(snapshot(box)).toEqual(before);
      return run.stderr.trim();
    };
    expect(refused('.')).toBe(`--out ${project}：这是项目文件夹；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`);
    expect(refused('..')).toBe(`--out ${box}：其中包含项目文件夹 ${project}；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`);
    expect(refused('content')).toBe('--out content：这是内容文件夹；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。');
    expect(refused('content/site')).toBe('--out content/site：位于内容文件夹 content 之内；应为内容文件夹之外的文件夹，例如 dist/。没有写入或删除任何文件。');
  });

  it('is explained in English too', () => {
    expect(say('out.isContent', 'en', { out: 'content' })).toBe('--out content: this is the content folder; expected a folder of its own for the site, such as dist/. Nothing was written or deleted.');
    expect(Object.keys(catalogues.zh).sort()).toEqual(Object.keys(catalogues.en).sort());
  });
});

describe('locks', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'minsheng-lock-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the live process that holds one, and takes over one of a process that has ended', () => {
    const path = join(dir, 'lock');
    const first = tryLock(path);
    expect('lock' in first).toBe(true);
    expect(tryLock(path)).toEqual({ holder: expect.objectContaining({ pid: process.pid }) });
    if ('lock' in first) first.lock.release();
    expect(existsSync(path)).toBe(false);
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(path, JSON.stringify({ pid: ended, host: hostname() }));
    const taken = tryLock(path);
    expect(taken).toEqual({ lock: expect.anything(), tookOver: { pid: ended, host: hostname() } });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ pid: process.pid, host: hostname() });
    if ('lock' in taken) taken.lock.release();
  });
});

describe('building next to files of the user, and into folders of someone else', () => {
  let box: Sandbox;
  let fresh: Map<string, string>;
  const at = (folder: string) => join(box.root, folder);
  const build = (folder: string, cache: string, options: string[] = []) => buildSite(box.content, at(folder), at(cache), options);

  beforeAll(async () => {
    box = sandbox();
    fresh = siteFiles(await sharedBuild(box.content));
  });
  afterAll(() => box.dispose());

  it('keeps a file of the user in the output through --full, and when the cache is lost; deletes what the site no longer has', async () => {
    expect(build('dist', 'cache').status).toBe(0);
    writeFileSync(at('dist/notice.pdf'), '%PDF-1.4 a notice of the press office');
    mkdirSync(at('dist/downloads'));
    writeFileSync(at('dist/downloads/plan.pdf'), '%PDF-1.4 the plan');
    const full = build('dist', 'cache', ['--full']);
    expect(full.status, full.stdout + full.stderr).toBe(0);
    const mine = ['notice.pdf', 'downloads/plan.pdf'];
    expect(readFileSync(at('dist/notice.pdf'), 'utf8')).toBe('%PDF-1.4 a notice of the press office');
    expectSameSite(siteFiles(at('dist'), mine), fresh);
    // node_modules deleted: the output's own record says what builds wrote there, so nothing is orphaned.
    box.remove('updates/2022-09-01-lianliankan.md');
    const afterLoss = build('dist', 'cache-new');
    expect(afterLoss.status, afterLoss.stdout + afterLoss.stderr).toBe(0);
    expect(existsSync(at('dist/updates/2022-09-01-lianliankan/index.html'))).toBe(false);
    expect(readFileSync(at('dist/downloads/plan.pdf'), 'utf8')).toBe('%PDF-1.4 the plan');
    expectSameSite(siteFiles(at('dist'), mine), siteFiles(await sharedBuild(box.content)));
    box.write('updates/2022-09-01-lianliankan.md', readFileSync(join(FIXTURE, 'updates/2022-09-01-lianliankan.md'), 'utf8'));
  });

  it('refuses a first build into a folder of someone else, and with --out-may-hold-other-files builds beside its files without overwriting one', () => {
    mkdirSync(at('www/old'), { recursive: true });
    writeFileSync(at('www/old/index.html'), 'a page of another site');
    writeFileSync(at('www/robots.txt'), 'User-agent: *\nDisallow: /old/\n');
    const before = snapshot(at('www'));
    const refused = build('www', 'cache-www');
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `--out ${at('www')}：文件夹中有 2 个不是由网站生成写入的文件或文件夹（old, robots.txt）；应为空文件夹，或此前由本命令生成的文件夹。如要在它们旁边生成，请加 --out-may-hold-other-files：这些文件会保留，不会被覆盖或删除。如果它们是早先生成的网站，请先删除。没有写入或删除任何文件。`,
    );
    expect(snapshot(at('www'))).toEqual(before);
    expect(existsSync(at('cache-www'))).toBe(false);

    // robots.txt is a file of the site too: the build stops rather than overwrite it.
    const collision = build('www', 'cache-www', ['--out-may-hold-other-files']);
    expect(collision.status).toBe(1);
    expect(collision.stderr).toContain(`--out ${at('www')}：有 1 个不是由网站生成写入的文件占用了网站自身文件的位置（robots.txt）；应先移走它们：生成不会覆盖它们。移走之后请重新生成。`);
    expect(readFileSync(at('www/robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /old/\n');
    // The refusal alone, without Astro's English report of a failed hook before it.
    expect(`${collision.stdout}${collision.stderr}`).not.toMatch(/unhandled error|at [\w.]+ \(/);

    rmSync(at('www/robots.txt'));
    const beside = build('www', 'cache-www', ['--out-may-hold-other-files']);
    expect(beside.status, beside.stdout + beside.stderr).toBe(0);
    expect(readFileSync(at('www/old/index.html'), 'utf8')).toBe('a page of another site');
    expectSameSite(siteFiles(at('www'), ['old/index.html']), fresh);
  });

  it('lets one of two builds started together into one folder write it, and the other refuses', async () => {
    const runs = await Promise.all([startBuild(box.content, at('together'), at('cache-a')), startBuild(box.content, at('together'), at('cache-b'))]);
    for (const run of runs) {
      if (run.status !== 0) expect(run.output).toMatch(/--out \S+together：另一个生成进程（进程号 \d+）正在写入这个文件夹；同一时间只能有一个生成。/);
      else expect(run.output).not.toContain('另一个生成进程');
    }
    expect(runs.some((run) => run.status === 0)).toBe(true);
    expectSameSite(siteFiles(at('together')), fresh);
  });

  it('builds two outputs of one content folder with one cache at once, each complete with its charts', async () => {
    const runs = await Promise.all([startBuild(box.content, at('one'), at('cache-shared')), startBuild(box.content, at('two'), at('cache-shared'))]);
    for (const run of runs) expect(run.status, run.output).toBe(0);
    expect([...fresh.keys()].filter((path) => path.startsWith('charts/')).length).toBeGreaterThan(0);
    expectSameSite(siteFiles(at('one')), fresh);
    expectSameSite(siteFiles(at('two')), fresh);
    // Built one after the other again, neither takes the other's records for its own.
    box.edit('districts/xiqu.json', (text) => text.replace('"name": "西区"', '"name": "西城区"'));
    expect(build('one', 'cache-shared').status).toBe(0);
    expect(build('two', 'cache-shared').status).toBe(0);
    const renamed = siteFiles(await sharedBuild(box.content));
    expectSameSite(siteFiles(at('one')), renamed);
    expectSameSite(siteFiles(at('two')), renamed);
    box.edit('districts/xiqu.json', (text) => text.replace('"name": "西城区"', '"name": "西区"'));
  });

  it('after a build killed half-way, takes over its lock and builds the site complete', async () => {
    const { command, args, options } = buildCommand(box.content, at('killed'), at('cache-killed'));
    const child = spawn(command, args, { ...options, stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    const lock = at('killed/.minsheng/lock');
    while (!existsSync(lock) && child.exitCode === null) await new Promise((done) => setTimeout(done, 50));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(lock)).toBe(true);
    const run = build('killed', 'cache-killed');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toContain(`由已不在运行的进程 ${child.pid} 留下，已接管。`);
    expect(existsSync(lock)).toBe(false);
    expectSameSite(siteFiles(at('killed')), fresh);
  });
});
