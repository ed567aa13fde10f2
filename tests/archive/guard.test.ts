/**
 * The archive guard: `npm run archive` before the year is over asks for --force and says
 * what freezing means for the year's drafts; `npm run verify-archive` checks a .wacz
 * against its datapackage.json, or says plainly that it cannot; and it speaks the
 * project's language even when given no archive at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWacz } from '../../src/archive/wacz.ts';
import { readZip, zip, zipTime } from '../../src/archive/zip.ts';
import { ROOT, sandbox, type Sandbox } from '../helpers.ts';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.dispose());

/** 2 December 2022, noon in Shanghai: the year 2022 still runs. */
const DECEMBER = String(Date.UTC(2022, 11, 2, 4) / 1000);

function run(script: string, args: readonly string[], epoch = DECEMBER) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: box.root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch, MINSHENG_CONTENT: '', CI: '1' },
    timeout: 120_000,
  });
  const lines = (text: string) => text.split('\n').filter((line) => line !== '');
  return { status: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

describe('archiving a year that is not over', () => {
  it('asks for --force and says that the drafts can then only be published as corrections; nothing is written', () => {
    const programme = box.read('programmes/2022.mdx');
    const refused = run('archive.ts', ['--year', '2022']);
    expect(refused.err).toEqual([
      '今天是 2022-12-02，2022 年尚未结束；存档会冻结该年度：此后内容不能再改动，该年度的草稿（projects/2022/caogao.md, updates/2022-10-01-caogao.md）只能作为更正发布；应在 2023-01-01 之后再存档，或加 --force 现在存档并冻结 2022 年度',
    ]);
    expect(refused.status).toBe(1);
    expect(existsSync(join(box.root, 'archive'))).toBe(false);
    expect(box.read('programmes/2022.mdx')).toBe(programme);
  });

  it('archives and freezes the year with --force', () => {
    const forced = run('archive.ts', ['--year', '2022', '--force']);
    expect(forced.err).toEqual([]);
    expect(forced.status).toBe(0);
    expect(forced.out).toContain('已冻结 2022 年度：');
    expect(box.read('programmes/2022.mdx')).toContain('\nfrozen: true\n');
    expect(existsSync(join(box.root, 'archive', 'minsheng-2022.wacz'))).toBe(true);
  });

  it('names both reasons for --force when an earlier archive exists too', () => {
    mkdirSync(join(box.root, 'archive'));
    writeFileSync(join(box.root, 'archive', 'minsheng-2022.zip'), 'earlier');
    const refused = run('archive.ts', ['--year', '2022', '--lang', 'en']);
    expect(refused.err).toEqual([
      'archive/minsheng-2022.zip already exists; an archive is never replaced unless asked: move it away, or run again with --force to replace it',
      'today is 2022-12-02, and 2022 is not over; archiving freezes the year: its content can no longer change, and its drafts (projects/2022/caogao.md, updates/2022-10-01-caogao.md) can then only be published as corrections; expected the archive made from 2023-01-01 on, or --force to archive and freeze 2022 now',
    ]);
    expect(refused.status).toBe(1);
  });
});

const text = (value: string) => new TextEncoder().encode(value);

async function wacz(): Promise<Buffer> {
  return buildWacz(new Map([['index.html', text('<!doctype html><title>2022</title><p>测试市民生实事</p>')]]), {
    origin: 'http://localhost/minsheng-2022/',
    date: new Date(Date.UTC(2023, 0, 2)),
    title: '测试民生 2022',
    description: '测试',
    software: 'minsheng test',
    mtime: zipTime(Date.UTC(2023, 0, 2) / 1000, 'Asia/Shanghai'),
  });
}

/** The WACZ with its files changed by `change`, zipped again. */
async function rewritten(change: (files: Map<string, Uint8Array>) => void): Promise<Buffer> {
  const files = new Map([...readZip(await wacz())].map(([path, bytes]) => [path, bytes!]));
  change(files);
  return zip(files, { mtime: zipTime(0, 'UTC'), compress: false });
}

function verifyFile(name: string, bytes: Uint8Array, ...args: string[]) {
  writeFileSync(join(box.root, name), bytes);
  return run('verify-archive.ts', [name, ...args]);
}

describe('verify-archive on a .wacz', () => {
  it('checks every resource against the sha256 digests of its datapackage.json', async () => {
    const good = verifyFile('minsheng-2022.wacz', await wacz());
    expect(good.err).toEqual([]);
    expect(good.out).toHaveLength(1);
    expect(good.out[0]).toMatch(/^核对无误：3 个文件，\d+ 字节，datapackage.json 和 datapackage-digest.json 中的校验值全部相符。$/);
    expect(good.status).toBe(0);
  });

  it('names each resource that changed, is missing or is extra', async () => {
    const bytes = await rewritten((files) => {
      files.set('pages/pages.jsonl', text('{"format":"json-pages-1.0","id":"pages","title":"Changed"}\n'));
      files.delete('indexes/index.cdx');
      files.set('archive/extra.warc.gz', text('x'));
    });
    const bad = verifyFile('changed.wacz', bytes, '--lang', 'en');
    expect(bad.out).toEqual([
      'missing: indexes/index.cdx (listed in datapackage.json)',
      'changed: pages/pages.jsonl (its checksum differs from datapackage.json)',
      'extra: archive/extra.warc.gz (not listed in datapackage.json)',
      '3 problems: the archive is not as it was made.',
    ]);
    expect(bad.status).toBe(1);
  });

  it('catches a data package rewritten without its digest file', async () => {
    const bytes = await rewritten((files) => files.set('datapackage.json', text(new TextDecoder().decode(files.get('datapackage.json')).replace('测试民生 2022', '改过的标题'))));
    expect(verifyFile('retitled.wacz', bytes, '--lang', 'en').out).toEqual([
      'changed: datapackage.json (its checksum differs from datapackage-digest.json)',
      '1 problem: the archive is not as it was made.',
    ]);
  });

  it('says plainly when a data package lists nothing it can check', async () => {
    const bytes = await rewritten((files) => {
      files.set('datapackage.json', text('{"resources":[{"path":"archive/data.warc.gz","hash":"md5:00"}]}'));
      files.delete('datapackage-digest.json');
    });
    const result = verifyFile('old.wacz', bytes);
    expect(result.err).toEqual(['old.wacz 无法核对：其中的 datapackage.json 缺失、无法读取，或没有列出 sha256 校验值；应为 npm run archive 写出的 .wacz']);
    expect(result.status).toBe(1);
  });
});

describe('verify-archive without an archive', () => {
  it('answers in the language of the project\'s site', () => {
    const result = run('verify-archive.ts', []);
    expect(result.err).toEqual(['没有指定存档；应为一个存档文件夹、.zip 或 .wacz 文件：npm run verify-archive -- <存档> [--sha256 <校验值>]']);
    expect(result.status).toBe(2);
  });
});
