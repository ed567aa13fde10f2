/**
 * Zip files made by hand, byte by byte, in the shapes zip bombs take: entries that share
 * their packed bytes, entries that unpack to more than they state, ZIP64 markers. Small
 * enough to build in a test; each would unpack to gigabytes in a reader that trusts it.
 */
import { deflateRawSync } from 'node:zlib';

export interface HandEntry {
  name: string;
  /** The packed bytes as stored (deflated already when `method` is 8). */
  packed: Buffer;
  method: 0 | 8;
  /** The size the headers state. */
  unpacked: number;
}

function localHeader(entry: HandEntry): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt32LE(entry.packed.length, 18);
  header.writeUInt32LE(entry.unpacked, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(entry: HandEntry, local: number): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x0800, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt32LE(entry.packed.length, 20);
  header.writeUInt32LE(entry.unpacked, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(local, 42);
  return Buffer.concat([header, name]);
}

function endRecord(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

/** Local entries one after the other, then a central directory that lists `listed` (offsets of the local entries by index). */
export function handZip(entries: HandEntry[], listed: { entry: number; local?: number }[] = entries.map((_, i) => ({ entry: i }))): Buffer {
  const offsets: number[] = [];
  const parts: Buffer[] = [];
  let at = 0;
  for (const entry of entries) {
    offsets.push(at);
    const bytes = Buffer.concat([localHeader(entry), entry.packed]);
    parts.push(bytes);
    at += bytes.length;
  }
  const central = Buffer.concat(listed.map(({ entry, local }) => centralHeader(entries[entry]!, local ?? offsets[entry]!)));
  return Buffer.concat([...parts, central, endRecord(listed.length, central.length, at)]);
}

export const deflated = (name: string, data: Buffer): HandEntry => ({ name, packed: deflateRawSync(data), method: 8, unpacked: data.length });
export const stored = (name: string, data: Buffer): HandEntry => ({ name, packed: data, method: 0, unpacked: data.length });

/**
 * One deflated entry of `size` zero bytes listed `times` in the central directory: the
 * 200 KB zip that unpacked to 2.6 GB had this shape.
 */
export function sharedBytesBomb(name: string, size: number, times: number, method: 'deflated' | 'stored' = 'deflated'): Buffer {
  const entry = (method === 'deflated' ? deflated : stored)(name, Buffer.alloc(size));
  return handZip([entry], Array.from({ length: times }, () => ({ entry: 0 })));
}

/**
 * Two entries, the first stored and holding the second whole (its local header and its
 * bytes): Fifield's overlapping construction, which multiplies without any central trick.
 */
export function nestedOverlap(outer: string, inner: string, data: Buffer): Buffer {
  const innerEntry = stored(inner, data);
  const innerBytes = Buffer.concat([localHeader(innerEntry), data]);
  const outerEntry = stored(outer, innerBytes);
  const zip = handZip([outerEntry]);
  // The central directory lists both: the inner one where its header sits inside the outer one's bytes.
  const innerAt = 30 + Buffer.byteLength(outer);
  const central = Buffer.concat([centralHeader(outerEntry, 0), centralHeader(innerEntry, innerAt)]);
  const body = zip.subarray(0, 30 + Buffer.byteLength(outer) + innerBytes.length);
  return Buffer.concat([body, central, endRecord(2, central.length, body.length)]);
}
