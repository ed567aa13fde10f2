/**
 * `npm run dev` on content with problems: it stays up, names every problem in the terminal
 * and in the browser, recovers when the file is fixed, and checks again on every save.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPOCH, ROOT, sandbox, type Sandbox } from '../helpers.ts';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Polls until `ready` holds, the server has stopped or `seconds` have passed; the last
 * value is returned either way, so that a failing assertion shows it.
 */
async function waitFor<T>(get: () => Promise<T> | T, ready: (value: T) => boolean, stopped: () => boolean, seconds = 60): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await get();
    if (ready(value) || stopped() || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('npm run dev on content with problems', () => {
  let box: Sandbox;
  let server: ChildProcess;
  let output = '';
  let base = '';
  const stopped = () => server.exitCode !== null || server.signalCode !== null;
  const page = async (path: string) => {
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(20_000) });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      return { status: 0, text: String(error) };
    }
  };

  beforeAll(async () => {
    box = sandbox();
    box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('status: in-progress', 'status: complete'));
    box.write('themes/broken.json', '{ "title": ');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: EPOCH, MINSHENG_CACHE: join(box.root, 'cache') };
    // Astro serves no pages when it finds itself inside vitest.
    delete env.VITEST;
    server = spawn(process.execPath, [join(ROOT, 'scripts/dev.ts'), '--content', box.content, '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  }, 30_000);

  afterAll(async () => {
    // The whole process group: Astro and whatever it started.
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    box?.dispose();
  }, 30_000);

  it('stays up and shows every problem in the browser and the terminal', async () => {
    const shown = await waitFor(() => page('/'), (p) => p.status === 500, stopped);
    expect(shown.text).toContain('内容中有 2 个错误');
    expect(shown.text).toContain('content/projects/2022/xinyiyuan.md:7: status: 填写的是 &quot;complete&quot;；应为以下之一：planned, in-progress, completed, delayed, suspended, cancelled');
    expect(shown.text).toContain('content/themes/broken.json');
    expect(output).toContain('content/projects/2022/xinyiyuan.md:7: status: 填写的是 "complete"');
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(server.exitCode).toBeNull();
  });

  it('shows the page again once the files are fixed', async () => {
    box.remove('themes/broken.json');
    box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('status: complete', 'status: in-progress'));
    const fixed = await waitFor(() => page('/projects/2022/xinyiyuan/'), (p) => p.status === 200, stopped);
    expect(fixed.status).toBe(200);
    expect(fixed.text).toContain('<title>新医院建设');
  });

  it('serves the files that are not pages (search, open data, feeds, sitemap) from the content as it is now', async () => {
    const files = await Promise.all(['/search/index.js', '/assets/search.js', '/data/projects.json', '/feed.xml', '/districts/xiqu/feed.xml', '/robots.txt'].map(page));
    expect(files.map((file) => file.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const projects = JSON.parse(files[2]!.text) as { projects: { id: string; fields: { status: string } }[] };
    // The fixed project's status as written (it was "complete", which is not a status, while the preview began).
    expect(projects.projects.find((p) => p.id === '2022/xinyiyuan')?.fields.status).toBe('in-progress');
    expect(files[3]!.text).toContain('<feed');
    expect((await page('/data/nothing.json')).status).toBe(404);
  });

  it('shows the entries the checker read, with no second copy of them in a data store', () => {
    expect(existsSync(join(box.root, 'cache/preview'))).toBe(true);
    expect(existsSync(join(box.root, 'cache/preview/.astro/data-store.json'))).toBe(false);
  });

  it('names a decrease of progress typed in while it runs', async () => {
    const before = output.length;
    box.write('updates/2022-08-01-daotui.md', '---\ntitle: 进度倒退\ndate: 2022-08-01\nprojects: [2022/xinyiyuan]\nkind: progress\nprogress: 50\n---\n正文。\n');
    const expected = 'content/updates/2022-08-01-daotui.md:6: progress: 进度为 50，低于 2022-07-10 的 65';
    await waitFor(() => output.slice(before), (text) => text.includes(expected), stopped);
    expect(output.slice(before)).toContain(expected);
    const shown = await waitFor(() => page('/'), (p) => p.status === 500, stopped);
    expect(shown.text).toContain(expected);
  });

  it('reports broken YAML saved while it runs, and stays up', async () => {
    const before = output.length;
    box.edit('updates/2022-08-01-daotui.md', (t) => t.replace('title: 进度倒退', 'title: "进度倒退'));
    await waitFor(() => output.slice(before), (text) => text.includes('content/updates/2022-08-01-daotui.md:'), stopped);
    expect(output.slice(before)).toContain('content/updates/2022-08-01-daotui.md:');
    const shown = await waitFor(() => page('/'), (p) => p.status === 500 && p.text.includes('2022-08-01-daotui.md'), stopped);
    expect(shown.text).toContain('2022-08-01-daotui.md');
    expect(server.exitCode).toBeNull();
  });
});
