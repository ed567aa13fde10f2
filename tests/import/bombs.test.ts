/**
 * Spreadsheets made to exhaust the import: an .xlsx whose sheet unpacks to a thousand
 * times its packed size, one whose parts unpack to more than they state, and a file too
 * large to be a sheet of projects. Each is refused at once, with the file, what was found
 * and the limit, and nothing is written. The workbooks are built here from a real one.
 */
import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readZip, zip } from '../../src/archive/zip.ts';
import { sandbox, type Sandbox } from '../helpers.ts';
import { changedFiles, run, snapshot } from './cli.ts';

let box: Sandbox;
let parts: Map<string, Uint8Array>;

const SHEET = 'xl/worksheets/sheet1.xml';
const ROWS = [
  ['标识', '项目名称', '类别', '地区', '牵头单位'],
  ['ceshi-wifi', '全市公共WiFi', '优学', '测试市', '测试市大数据局'],
];

beforeEach(async () => {
  box = sandbox();
  const path = join(box.root, 'real.xlsx');
  await writeExcelFile(ROWS).toFile(path);
  parts = new Map([...readZip(readFileSync(path))].map(([name, bytes]) => [name, bytes!]));
});
afterEach(() => box.dispose());

/** The real workbook with its sheet changed, zipped again. */
async function workbook(name: string, sheet: (xml: string) => string): Promise<string> {
  const changed = new Map(parts).set(SHEET, new TextEncoder().encode(sheet(new TextDecoder().decode(parts.get(SHEET)))));
  const path = join(box.root, name);
  writeFileSync(path, await zip(changed, { mtime: new Date(2026, 10, 22, 12), compress: true }));
  return path;
}

function importRefused(path: string, lang: 'en' | 'zh' = 'en'): string[] {
  const before = snapshot(box.content);
  const result = run('import', [path, '--year', '2022', '--lang', lang], box.root);
  expect(result.status).toBe(1);
  expect(changedFiles(before, snapshot(box.content))).toEqual([]);
  return result.err;
}

describe('importing a spreadsheet made to exhaust the import', () => {
  it('reads the real workbook the bombs are made from', async () => {
    const result = run('import', [await workbook('plain.xlsx', (xml) => xml), '--year', '2022', '--lang', 'en', '--dry-run'], box.root);
    expect(result.out).toContain('new: content/projects/2022/ceshi-wifi.md (id 2022/ceshi-wifi) — 全市公共WiFi (youxue; ceshi; planned, 0%)');
  });

  it('refuses an .xlsx whose sheet unpacks to a thousand times its packed size, before the reader unpacks it', async () => {
    // 40 MiB of spaces inside the sheet: valid XML, 40 KB packed.
    const bomb = await workbook('bomb.xlsx', (xml) => xml.replace('</worksheet>', `${' '.repeat(40 * 1024 * 1024)}</worksheet>`));
    const [message, ...rest] = importRefused(bomb);
    expect(message).toMatch(/^bomb\.xlsx is not read: its part xl\/worksheets\/sheet1\.xml would unpack to \d{3,} times its packed size, more than 200 times, the mark of a zip bomb; expected a workbook saved by Excel, WPS or LibreOffice$/);
    expect(rest).toEqual(['Nothing was imported.']);
    expect(importRefused(bomb, 'zh')[0]).toMatch(/^bomb\.xlsx 未读取：其中的 xl\/worksheets\/sheet1\.xml 解压后是压缩大小的 \d+ 倍，超过 200 倍，这是 ZIP 炸弹的特征；/);
  });

  it('refuses an .xlsx whose sheet unpacks to more than its headers state', async () => {
    const path = await workbook('lies.xlsx', (xml) => xml.replace('</worksheet>', `${' '.repeat(1024 * 1024)}</worksheet>`));
    const bytes = readFileSync(path);
    // The stated unpacked size, in the local header and in the central directory, made 100 bytes.
    const name = Buffer.from(SHEET);
    const local = bytes.indexOf(name) - 30;
    const central = bytes.indexOf(name, local + 31) - 46;
    bytes.writeUInt32LE(100, local + 22);
    bytes.writeUInt32LE(100, central + 24);
    writeFileSync(path, bytes);
    expect(importRefused(path)).toEqual([
      'lies.xlsx is not a readable .xlsx workbook (xl/worksheets/sheet1.xml cannot be unpacked, or unpacks to more than its stated size); expected a workbook saved by Excel, WPS or LibreOffice',
      'Nothing was imported.',
    ]);
  });

  it('refuses a file larger than a sheet of projects without reading it, CSV or .xlsx', () => {
    for (const name of ['huge.csv', 'huge.xlsx']) {
      // A sparse file: 25 MiB long, no blocks on disk.
      const path = join(box.root, name);
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 25 * 1024 * 1024);
      closeSync(fd);
      expect(importRefused(path)).toEqual([
        `${name} is 25 MiB, more than the 20 MiB a sheet may have; expected a sheet of projects, one per row: save the sheet of projects alone, without pictures or other sheets`,
        'Nothing was imported.',
      ]);
    }
  });
});
