/**
 * A site's own files (notices, PDFs): `content/files/` is published under `/files/` as it
 * is, recorded as every output file is, linked from the sources that cite it, and taken
 * into the offline archive of the year.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectYear } from '../../src/archive/select.ts';
import { checkContent } from '../../src/check/index.ts';
import { buildSite, checkLines, sandbox, TODAY, type Sandbox } from '../helpers.ts';

/** Bytes no text conversion would keep as they are. */
const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x80, 0x25, 0x25, 0x45, 0x4f, 0x46]);
const CITED = '2022/yiyuan tongzhi.pdf';
const SOURCE = `  - { title: 建设通知, publisher: 测试市卫生健康局, date: "2022-03-01", url: "/files/2022/yiyuan%20tongzhi.pdf" }\n`;

function withSiteFiles(box: Sandbox): void {
  box.write('files/readme.txt', '');
  box.write(`files/${CITED}`, '');
  // Bytes, not text (the sandbox writes text).
  writeFileSync(join(box.content, 'files', CITED), PDF);
  box.write('files/2022/xlsx/jihua.xlsx', 'not really a sheet');
  box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('sources:\n', `sources:\n${SOURCE}`));
}

describe("a site's own files", () => {
  let box: Sandbox;
  let build: ReturnType<typeof buildSite>;
  const out = () => join(box.root, 'dist');

  beforeAll(() => {
    box = sandbox();
    withSiteFiles(box);
    build = buildSite(box.content, out(), join(box.root, 'cache'));
  }, 180_000);
  afterAll(() => box?.dispose());

  it('are published under /files/ byte for byte, at the same path', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(readFileSync(join(out(), 'files', CITED)).equals(PDF)).toBe(true);
    expect(readFileSync(join(out(), 'files/2022/xlsx/jihua.xlsx'), 'utf8')).toBe('not really a sheet');
  });

  it('are recorded as files the build wrote', () => {
    const record = readFileSync(join(out(), '.minsheng/files'), 'utf8');
    expect(record).toContain(`files/${CITED}`);
    expect(record).toContain('files/readme.txt');
  });

  it('are linked from the project whose sources cite them', () => {
    const page = readFileSync(join(out(), 'projects/2022/xinyiyuan/index.html'), 'utf8');
    expect(page).toContain('href="/files/2022/yiyuan%20tongzhi.pdf"');
    expect(page).toContain('建设通知');
  });

  it('go into the archive of the year when its projects cite them', async () => {
    const result = await checkContent({ contentDir: box.content, today: TODAY, lang: 'en', cwd: box.root });
    const selection = selectYear(result.content, 2022, TODAY, box.content);
    expect(selection.paths).toContain(`files/${CITED}`);
    expect(selection.paths).not.toContain('files/readme.txt');
  });
});

describe('the checker and the files of content/files/', () => {
  it('takes any file there, and no collection is read from it', async () => {
    const box = sandbox();
    try {
      withSiteFiles(box);
      expect(await checkLines(box, 'zh')).toEqual([]);
    } finally {
      box.dispose();
    }
  });

  it('names a source whose /files/ address has no file', async () => {
    const box = sandbox();
    try {
      box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('sources:\n', 'sources:\n  - { title: 通知, publisher: 测试市卫生健康局, date: "2022-03-01", url: "/files/2022/tongzhi.pdf" }\n'));
      expect(await checkLines(box, 'zh')).toEqual([
        'content/projects/2022/xinyiyuan.md:26: sources[0].url: 填写的是“/files/2022/tongzhi.pdf”，但本站没有这个文件；文件应位于 content/files/2022/tongzhi.pdf（本站自己的文件放在 content/files/ 中，发布在 /files/ 下）',
      ]);
      expect(await checkLines(box, 'en')).toEqual([
        'content/projects/2022/xinyiyuan.md:26: sources[0].url: found "/files/2022/tongzhi.pdf", but the site has no such file; expected the file at content/files/2022/tongzhi.pdf (a site\'s own files live in content/files/ and are published under /files/)',
      ]);
    } finally {
      box.dispose();
    }
  });

  it('refuses a /files/ address that climbs out of the folder', async () => {
    const box = sandbox();
    try {
      box.edit('projects/2022/xinyiyuan.md', (t) => t.replace('sources:\n', 'sources:\n  - { title: 通知, publisher: 测试市卫生健康局, date: "2022-03-01", url: "/files/../site.json" }\n'));
      expect(await checkLines(box, 'zh')).toEqual([
        'content/projects/2022/xinyiyuan.md:26: sources[0].url: 填写的是 "/files/../site.json"；应为以 https://、http:// 或 mailto: 开头的网址，或 /files/ 下的本站文件，例如 /files/2026/tongzhi.pdf',
      ]);
    } finally {
      box.dispose();
    }
  });

  it('refuses a link in content/files/ that leads out of the content folder', async () => {
    const box = sandbox();
    try {
      box.write('files/.keep', '');
      symlinkSync('/etc/passwd', join(box.content, 'files/passwd'));
      const lines = await checkLines(box, 'en');
      expect(lines.some((line) => line.startsWith('content/files/passwd: '))).toBe(true);
    } finally {
      box.dispose();
    }
  });
});
