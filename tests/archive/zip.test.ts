/** Zip files that are the same bytes on every machine, and the reader verify-archive uses. */
import { describe, expect, it } from 'vitest';
import { readZip, withoutTopFolder, zip, zipTime } from '../../src/archive/zip.ts';
import { EPOCH } from '../helpers.ts';

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
