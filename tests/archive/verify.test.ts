/**
 * `npm run verify-archive` on archives made to mislead or exhaust it: zip bombs, a zip
 * over 2 GiB, a link to / in a bag folder, a file listed twice, and a bag rewritten
 * together with its manifests, which only a digest kept elsewhere (--sha256) catches.
 * The bags are made here with the archive's own code, without building a site.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBag, sha256 } from '../../src/archive/bagit.ts';
import { zip } from '../../src/archive/zip.ts';
import { ROOT } from '../helpers.ts';
import { nestedOverlap, sharedBytesBomb } from './zip-bombs.ts';

const text = (value: string) => new TextEncoder().encode(value);
const PAYLOAD = new Map([
  ['site/index.html', text('<!doctype html><title>2022</title><p>测试市民生实事</p>')],
  ['content/site.json', text('{ "title": "测试市民生实事", "defaultLocale": "zh-Hans" }')],
  ['data/projects.csv', text('\uFEFFid,title\r\n2022/xinyiyuan,新医院建设\r\n')],
]);
const INFO = { organization: '测试市新闻办公室', description: '测试', date: '2026-11-22' };

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'minsheng-verify-bounds-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function verify(target: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=512', join(ROOT, 'scripts/verify-archive.ts'), target, '--lang', 'en', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, out: result.stdout.trimEnd().split('\n'), err: result.stderr.trimEnd() };
}

/** A bag as a folder below the scratch folder. */
function writeBag(name: string, bag: ReadonlyMap<string, Uint8Array>): string {
  const dir = join(scratch, name);
  for (const [path, bytes] of bag) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

async function writeZip(name: string, bag: ReadonlyMap<string, Uint8Array>): Promise<string> {
  const path = join(scratch, name);
  writeFileSync(path, await zip(new Map([...bag].map(([p, bytes]) => [`minsheng-2022/${p}`, bytes])), { mtime: new Date(2026, 10, 22, 12), compress: true }));
  return path;
}

describe('verify-archive on zips made to exhaust it', () => {
  it('refuses a zip whose entries share their packed bytes, before unpacking them', () => {
    // 300 entries of 10 MiB from one packed copy: 3 GiB from a zip of 10 KB.
    const bomb = join(scratch, 'shared.zip');
    writeFileSync(bomb, sharedBytesBomb('minsheng-2022/data/site/index.html', 10 * 1024 * 1024, 300));
    const result = verify(bomb);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(
      /^\S+shared\.zip is not read: minsheng-2022\/data\/site\/index\.html would unpack to \d{3,} times its packed size, more than the 200 times verify-archive accepts; expected the \.zip written by npm run archive: unpack it with a tool you trust and verify the folder$/,
    );
    // The same trick with stored bytes, which no ratio betrays.
    const plain = join(scratch, 'shared-stored.zip');
    writeFileSync(plain, sharedBytesBomb('minsheng-2022/data/site/index.html', 1024 * 1024, 3, 'stored'));
    expect(verify(plain).err).toBe(
      `${plain} is not read: the entries minsheng-2022/data/site/index.html and minsheng-2022/data/site/index.html share their packed bytes, the mark of a zip bomb; expected the .zip written by npm run archive: unpack it with a tool you trust and verify the folder`,
    );
  });

  it('refuses entries that overlap, naming both', () => {
    const path = join(scratch, 'overlap.zip');
    writeFileSync(path, nestedOverlap('minsheng-2022/data/site/a.html', 'minsheng-2022/data/site/b.html', Buffer.from('<p>b</p>')));
    const result = verify(path);
    expect(result.status).toBe(1);
    expect(result.err).toBe(
      `${path} is not read: the entries minsheng-2022/data/site/a.html and minsheng-2022/data/site/b.html share their packed bytes, the mark of a zip bomb; expected the .zip written by npm run archive: unpack it with a tool you trust and verify the folder`,
    );
  });

  it('refuses a zip over 2 GiB without reading it', () => {
    // A sparse file: 3 GiB long, no blocks on disk.
    const path = join(scratch, 'huge.zip');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 3 * 1024 * 1024 * 1024);
    closeSync(fd);
    const result = verify(path);
    expect(result.status).toBe(1);
    expect(result.err).toBe(
      `${path} is not read: the file is 3 GiB, more than the 2 GiB verify-archive reads; expected the .zip written by npm run archive: unpack it with a tool you trust and verify the folder`,
    );
  });
});

describe('verify-archive on bags that mislead', () => {
  it('reports a link to / in a bag folder and never follows it', () => {
    const dir = writeBag('linked', makeBag(PAYLOAD, INFO));
    symlinkSync('/', join(dir, 'data/site/root'));
    const result = verify(dir);
    expect(result.status).toBe(1);
    expect(result.out).toEqual(['link: data/site/root (a symbolic link, not followed; an archive holds files only)', '1 problem: the archive is not as it was made.']);
  });

  it('reports a file listed twice in a manifest', async () => {
    const bag = makeBag(PAYLOAD, INFO);
    const manifest = new TextDecoder().decode(bag.get('manifest-sha256.txt'));
    const [first] = manifest.split('\n');
    // Listed again with another checksum: which of the two lines holds?
    const twice = new Map(bag).set('manifest-sha256.txt', text(`${manifest}${'0'.repeat(64)}  ${first!.split('  ')[1]}\n`));
    for (const target of [writeBag('twice', twice), await writeZip('twice.zip', twice)]) {
      const result = verify(target);
      expect(result.status).toBe(1);
      expect(result.out).toEqual([
        `listed twice: ${first!.split('  ')[1]} (lines 1 and 4 of manifest-sha256.txt; each file is listed once)`,
        'changed: manifest-sha256.txt (its checksum differs from tagmanifest-sha256.txt)',
        '2 problems: the archive is not as it was made.',
      ]);
    }
  });

  it('catches a bag rewritten together with its manifest and tag manifest by the digest published before', async () => {
    const original = makeBag(PAYLOAD, INFO);
    const originalZip = await writeZip('original.zip', original);
    const published = { zip: sha256(readFileSync(originalZip)), tagManifest: sha256(original.get('tagmanifest-sha256.txt')!) };
    // A figure changed and every manifest made again: the bag agrees with itself.
    const rewritten = makeBag(new Map(PAYLOAD).set('data/projects.csv', text('\uFEFFid,title\r\n2022/xinyiyuan,新医院建设（已完工）\r\n')), INFO);
    const dir = writeBag('rewritten', rewritten);
    const zipPath = await writeZip('rewritten.zip', rewritten);
    expect(verify(dir).status).toBe(0);
    expect(verify(zipPath).status).toBe(0);

    const onFolder = verify(dir, '--sha256', published.tagManifest);
    expect(onFolder.status).toBe(1);
    expect(onFolder.out).toEqual([
      `sha256 of tagmanifest-sha256.txt: ${sha256(rewritten.get('tagmanifest-sha256.txt')!)}, not the ${published.tagManifest} given with --sha256; the archive is not the one published (for a folder, --sha256 takes the digest of its tagmanifest-sha256.txt, which /archive/ publishes beside the zip's)`,
      '1 problem: the archive is not as it was made.',
    ]);
    const onZip = verify(zipPath, '--sha256', published.zip.toUpperCase());
    expect(onZip.status).toBe(1);
    expect(onZip.out[0]).toBe(`sha256 of ${zipPath}: ${sha256(readFileSync(zipPath))}, not the ${published.zip} given with --sha256; the archive is not the one published`);

    expect(verify(writeBag('original', original), '--sha256', published.tagManifest).status).toBe(0);
    expect(verify(originalZip, '--sha256', published.zip).status).toBe(0);
  });

  it('refuses a --sha256 that is not a digest', () => {
    const result = verify(writeBag('digest', makeBag(PAYLOAD, INFO)), '--sha256', 'abc');
    expect(result.status).toBe(2);
    expect(result.err).toBe('--sha256 abc is not a SHA-256 digest; expected 64 hexadecimal digits, as /archive/ publishes them');
  });
});
