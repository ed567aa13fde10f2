/** Zip files that are the same bytes on every machine, and the reader verify-archive uses. */
import { describe, expect, it } from 'vitest';
import { readZip, withoutTopFolder, zip, zipTime, ZipReadError } from '../../src/archive/zip.ts';
import { EPOCH } from '../helpers.ts';
import { deflated, handZip, nestedOverlap, sharedBytesBomb, stored } from './zip-bombs.ts';

const text = (value: string) => new TextEncoder().encode(value);
const files = new Map([
  ['b/第二.txt', text('二'.repeat(100))],
  ['a.txt', text('one')],
]);

/** Runs `make` with the process in another time zone. */
async function inZone<T>(zone: string, make: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await make();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('zip', () => {
  it('gives the same bytes in any time zone, entries sorted, UTF-8 names flagged, regular permissions', async () => {
    const make = () => zip(files, { mtime: zipTime(Number(EPOCH), 'Asia/Shanghai'), compress: true });
    const [tokyo, newYork] = [await inZone('Asia/Tokyo', make), await inZone('America/New_York', make)];
    expect(Buffer.compare(tokyo, newYork)).toBe(0);
    const first = tokyo.indexOf('a.txt');
    const second = tokyo.indexOf(Buffer.from('b/第二.txt'));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    // Local header of the first entry: general purpose flag bit 11 (UTF-8), DOS time 12:00:00 on 2026-11-22.
    expect(tokyo.readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(tokyo.readUInt16LE(10)).toBe((12 << 11) | (0 << 5) | 0);
    expect(tokyo.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (11 << 5) | 22);
    const central = tokyo.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(tokyo.readUInt32LE(central + 38) >>> 16).toBe(0o100644);
  });

  it('reads back what it wrote, deflated or stored', async () => {
    for (const compress of [true, false]) {
      const back = readZip(await zip(files, { mtime: new Date(2026, 10, 22, 12), compress }));
      expect(back).toEqual(new Map([['a.txt', files.get('a.txt')], ['b/第二.txt', files.get('b/第二.txt')]]));
    }
  });

  it('marks an entry that cannot be unpacked instead of stopping at it', async () => {
    const bytes = await zip(new Map([['a.txt', text('x'.repeat(1000))]]), { mtime: new Date(2026, 10, 22, 12), compress: true });
    const start = 30 + 'a.txt'.length;
    bytes[start] = 0xff;
    bytes[start + 1] = 0xff;
    expect(readZip(bytes).get('a.txt')).toBeNull();
    expect(() => readZip(Buffer.from('not a zip at all, just some text'))).toThrow('no end-of-central-directory record');
  });

  it('reads a serialized bag from below its one top folder', () => {
    expect([...withoutTopFolder(new Map([['minsheng-2022/bagit.txt', 1], ['minsheng-2022/data/a', 2]])).keys()]).toEqual(['bagit.txt', 'data/a']);
    expect([...withoutTopFolder(new Map([['bagit.txt', 1], ['data/a', 2]])).keys()]).toEqual(['bagit.txt', 'data/a']);
  });
});

describe('reading a zip within limits', () => {
  const limits = { fileBytes: 2 * 1024 * 1024, entries: 10, unpackedBytes: 1024 * 1024, ratio: 50, ratioFrom: 64 * 1024 };
  const problem = (bytes: Buffer) => {
    try {
      readZip(bytes, limits);
    } catch (error) {
      if (error instanceof ZipReadError) return error.problem;
      throw error;
    }
    return undefined;
  };

  it('reads a zip within every limit', async () => {
    const bytes = await zip(new Map([['a.txt', text('a'.repeat(100))]]), { mtime: new Date(2026, 10, 22, 12), compress: true });
    expect(readZip(bytes, limits).get('a.txt')).toEqual(text('a'.repeat(100)));
  });

  it('refuses entries that share their packed bytes before unpacking any', () => {
    expect(problem(sharedBytesBomb('x.txt', 1000, 3))).toEqual({ kind: 'overlap', name: 'x.txt', other: 'x.txt' });
    expect(problem(nestedOverlap('outer.bin', 'inner.bin', Buffer.from('payload')))).toEqual({ kind: 'overlap', name: 'inner.bin', other: 'outer.bin' });
  });

  it('refuses more entries, more unpacked bytes, or a higher ratio than the limits allow, by the sizes stated', () => {
    const many = handZip(Array.from({ length: 11 }, (_, i) => stored(`${i}.txt`, Buffer.from('x'))));
    expect(problem(many)).toEqual({ kind: 'entries', found: 11, limit: 10 });
    const large = handZip([stored('a.bin', Buffer.alloc(600 * 1024, 1)), stored('b.bin', Buffer.alloc(600 * 1024, 2))]);
    expect(problem(large)).toEqual({ kind: 'unpacked', found: 1200 * 1024, limit: 1024 * 1024 });
    expect(problem(handZip([deflated('zeros.bin', Buffer.alloc(512 * 1024))]))).toMatchObject({ kind: 'ratio', name: 'zeros.bin', limit: 50 });
    expect(problem(Buffer.alloc(2 * 1024 * 1024 + 1))).toEqual({ kind: 'fileSize', found: 2 * 1024 * 1024 + 1, limit: 2 * 1024 * 1024 });
  });

  it('stops unpacking an entry at the size it states, and marks it', () => {
    const lying = { ...deflated('lies.txt', Buffer.alloc(10 * 1024 * 1024)), unpacked: 100 };
    expect(readZip(handZip([lying]), limits).get('lies.txt')).toBeNull();
  });

  it('reads sizes a streaming writer put in the ZIP64 field of a small entry\'s local header', () => {
    const data = Buffer.from('<workbook/>');
    const name = Buffer.from('xl/workbook.xml');
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const entry = Buffer.concat([local, name, extra, data]);
    // The central directory of handZip, with the real sizes, after this local entry.
    const plain = handZip([stored('xl/workbook.xml', data)]);
    const central = plain.subarray(30 + name.length + data.length);
    central.writeUInt32LE(entry.length, central.length - 22 + 16);
    expect(readZip(Buffer.concat([entry, central]), limits).get('xl/workbook.xml')).toEqual(new Uint8Array(data));
  });

  it('refuses ZIP64 cleanly', () => {
    const bytes = handZip([stored('a.txt', Buffer.from('a'))]);
    // The central directory's stated size of the entry, set to ZIP64's "see the extra field".
    bytes.writeUInt32LE(0xffffffff, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    expect(problem(bytes)).toEqual({ kind: 'zip64' });
  });
});
