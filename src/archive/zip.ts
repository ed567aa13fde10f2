/**
 * Zip files that are the same bytes every time: entries in path order, one fixed
 * modification time, UTF-8 names (yazl sets the flag, so Debian's unzip extracts Chinese
 * names correctly), regular-file permissions. And a small reader for the files this
 * project writes (stored or deflated entries), so that verify-archive needs no unzip tool.
 */
import { inflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';
import { byPath, type FileMap } from './bagit.ts';
import { ARCHIVE_ZIP_LIMITS, binarySize, type ZipLimits } from '../lib/limits.ts';

export interface ZipOptions {
  /**
   * The wall-clock time written for every entry. Zip stores local time without a zone,
   * and yazl reads the Date's local fields: pass `zipTime(…)` so that the bytes do not
   * depend on the time zone of the machine.
   */
  mtime: Date;
  /** Deflate the entries; off for WACZ, whose readers seek into stored WARC data. */
  compress: boolean;
}

/**
 * A Date whose local fields are the wall-clock time of `epochSeconds` in `timeZone`,
 * for yazl's DOS timestamps (the extended UTC timestamp is left out, see `zip`).
 */
export function zipTime(epochSeconds: number, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(epochSeconds * 1000)
      .map((part) => [part.type, Number(part.value)]),
  );
  return new Date(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

export function zip(files: FileMap, options: ZipOptions): Promise<Buffer> {
  const archive = new ZipFile();
  for (const path of [...files.keys()].sort(byPath)) {
    archive.addBuffer(Buffer.from(files.get(path)!), path, {
      mtime: options.mtime,
      // 0o100644: a regular file, readable by all, writable by its owner.
      mode: 0o100644,
      compress: options.compress,
      // The extended timestamp is the instant in UTC, which yazl computes from the local
      // fields: it would differ between machines in different zones.
      forceDosTimestamp: true,
    });
  }
  archive.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.outputStream.on('error', reject);
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Why a zip is not read: damaged, in a form not read here, or past a limit of `ZipLimits`. */
export type ZipProblem =
  | { kind: 'notZip' }
  | { kind: 'damaged'; entry: number }
  | { kind: 'zip64' }
  | { kind: 'fileSize'; found: number; limit: number }
  | { kind: 'entries'; found: number; limit: number }
  | { kind: 'unpacked'; found: number; limit: number }
  | { kind: 'ratio'; name: string; found: number; limit: number }
  | { kind: 'overlap'; name: string; other: string };

function describe(problem: ZipProblem): string {
  switch (problem.kind) {
    case 'notZip':
      return 'no end-of-central-directory record';
    case 'damaged':
      return `central directory entry ${problem.entry} is damaged`;
    case 'zip64':
      return 'ZIP64 archives are not read here: unpack it and verify the folder';
    case 'fileSize':
      return `the file is ${binarySize(problem.found)}, more than ${binarySize(problem.limit)}`;
    case 'entries':
      return `${problem.found} entries, more than ${problem.limit}`;
    case 'unpacked':
      return `it unpacks to ${binarySize(problem.found)}, more than ${binarySize(problem.limit)}`;
    case 'ratio':
      return `${problem.name} unpacks to ${problem.found} times its packed size, more than ${problem.limit}`;
    case 'overlap':
      return `the entries ${problem.other} and ${problem.name} share their bytes`;
  }
}

export class ZipReadError extends Error {
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem) {
    super(describe(problem));
    this.name = 'ZipReadError';
    this.problem = problem;
  }
}

interface ZipEntry {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  /** Where its local header starts, and where its packed bytes start and end. */
  local: number;
  start: number;
  end: number;
}

/** Bit 3 of the flags: sizes and CRC follow the data, in a descriptor of 12 or 16 bytes. */
const DESCRIPTOR = 0x0008;

/**
 * The entries of a zip's central directory, each checked against its local header, before
 * a byte is unpacked. A zip bomb is refused here: by the sizes it states (entries, total,
 * ratio), and by entries that overlap, the trick that lets 200 KB unpack to gigabytes
 * (each entry pointing at the same packed bytes). The entries must also follow one another
 * from the first byte to the central directory, so that a reader that streams the local
 * headers, as read-excel-file does, sees the same entries as this one.
 */
function zipEntries(buffer: Buffer, limits: ZipLimits): ZipEntry[] {
  if (buffer.length > limits.fileBytes) throw new ZipReadError({ kind: 'fileSize', found: buffer.length, limit: limits.fileBytes });
  // The end-of-central-directory record: its signature, searched from the end (a comment may follow it).
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new ZipReadError({ kind: 'notZip' });
  const count = buffer.readUInt16LE(end + 10);
  const directory = buffer.readUInt32LE(end + 16);
  const zip64Locator = end >= 20 && buffer.readUInt32LE(end - 20) === 0x07064b50;
  if (count === 0xffff || directory === 0xffffffff || zip64Locator) throw new ZipReadError({ kind: 'zip64' });
  if (count > limits.entries) throw new ZipReadError({ kind: 'entries', found: count, limit: limits.entries });

  const entries: ZipEntry[] = [];
  let total = 0;
  let offset = directory;
  for (let n = 1; n <= count; n++) {
    if (offset + 46 > end || buffer.readUInt32LE(offset) !== 0x02014b50) throw new ZipReadError({ kind: 'damaged', entry: n });
    const packed = buffer.readUInt32LE(offset + 20);
    const unpacked = buffer.readUInt32LE(offset + 24);
    const local = buffer.readUInt32LE(offset + 42);
    if (packed === 0xffffffff || unpacked === 0xffffffff || local === 0xffffffff) throw new ZipReadError({ kind: 'zip64' });
    const nameLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    if (local + 30 > directory || buffer.readUInt32LE(local) !== 0x04034b50) throw new ZipReadError({ kind: 'damaged', entry: n });
    const localFlags = buffer.readUInt16LE(local + 6);
    const sizesFollow = (localFlags & DESCRIPTOR) !== 0;
    const localName = buffer.readUInt16LE(local + 26);
    const start = local + 30 + localName + buffer.readUInt16LE(local + 28);
    const localSizes = localSizesOf(buffer, local, start);
    const agrees =
      buffer.toString('utf8', local + 30, local + 30 + localName) === name &&
      (flags & DESCRIPTOR) === (localFlags & DESCRIPTOR) &&
      buffer.readUInt16LE(local + 8) === method &&
      (sizesFollow || (localSizes.packed === packed && localSizes.unpacked === unpacked));
    if (!agrees) throw new ZipReadError({ kind: 'damaged', entry: n });
    if (start + packed > directory) throw new ZipReadError({ kind: 'damaged', entry: n });
    total += unpacked;
    if (total > limits.unpackedBytes) throw new ZipReadError({ kind: 'unpacked', found: total, limit: limits.unpackedBytes });
    if (unpacked > limits.ratioFrom && unpacked / Math.max(packed, 1) > limits.ratio) {
      throw new ZipReadError({ kind: 'ratio', name, found: Math.round(unpacked / Math.max(packed, 1)), limit: limits.ratio });
    }
    const descriptor = sizesFollow ? descriptorLength(buffer, start + packed, localSizes.zip64) : 0;
    entries.push({ name, method, packed, unpacked, local, start, end: start + packed + descriptor });
  }

  const inOrder = [...entries].sort((a, b) => a.local - b.local);
  let next = 0;
  let previous: ZipEntry | undefined;
  for (const entry of inOrder) {
    if (entry.local !== next) {
      if (entry.local < next && previous) throw new ZipReadError({ kind: 'overlap', name: entry.name, other: previous.name });
      throw new ZipReadError({ kind: 'damaged', entry: entries.indexOf(entry) + 1 });
    }
    next = entry.end;
    previous = entry;
  }
  return entries;
}

/**
 * The sizes a local header states. Writers that stream (.NET's, for one) put ZIP64 sizes
 * in the local header's extra field even for small files, with 0xffffffff in the header:
 * those are read from the extra field, so that such a workbook reads like any other.
 */
function localSizesOf(buffer: Buffer, local: number, end: number): { packed: number; unpacked: number; zip64: boolean } {
  const packed = buffer.readUInt32LE(local + 18);
  const unpacked = buffer.readUInt32LE(local + 22);
  if (packed !== 0xffffffff && unpacked !== 0xffffffff) return { packed, unpacked, zip64: false };
  for (let at = local + 30 + buffer.readUInt16LE(local + 26); at + 4 <= end; ) {
    const id = buffer.readUInt16LE(at);
    const size = buffer.readUInt16LE(at + 2);
    if (id === 0x0001 && size >= 16 && at + 20 <= end) {
      return { unpacked: Number(buffer.readBigUInt64LE(at + 4)), packed: Number(buffer.readBigUInt64LE(at + 12)), zip64: true };
    }
    at += 4 + size;
  }
  return { packed, unpacked, zip64: false };
}

/** A data descriptor: CRC and sizes (8 bytes each after a ZIP64 local header), with or without its signature. */
function descriptorLength(buffer: Buffer, at: number, zip64: boolean): number {
  const signed = at + 4 <= buffer.length && buffer.readUInt32LE(at) === 0x08074b50;
  return (zip64 ? 20 : 12) + (signed ? 4 : 0);
}

/**
 * The files of a zip by name (directories left out), within `limits` (src/lib/limits.ts).
 * An entry that cannot be unpacked, or unpacks to more than its stated size, is `null`,
 * so that a checker can name it instead of stopping at it.
 */
export function readZip(buffer: Buffer, limits: ZipLimits = ARCHIVE_ZIP_LIMITS): Map<string, Uint8Array | null> {
  const files = new Map<string, Uint8Array | null>();
  for (const entry of zipEntries(buffer, limits)) if (!entry.name.endsWith('/')) files.set(entry.name, unpack(buffer, entry));
  return files;
}

/** One file of a zip, unpacked alone (`null` when it cannot be), or undefined when the zip has no such entry. */
export function readZipEntry(buffer: Buffer, name: string, limits: ZipLimits = ARCHIVE_ZIP_LIMITS): Uint8Array | null | undefined {
  const entry = zipEntries(buffer, limits).find((e) => e.name === name);
  return entry && unpack(buffer, entry);
}

function unpack(buffer: Buffer, entry: ZipEntry): Uint8Array | null {
  const raw = buffer.subarray(entry.start, entry.start + entry.packed);
  try {
    let data: Uint8Array | null = null;
    if (entry.method === 0) data = new Uint8Array(raw);
    // The stated size bounds the work, whatever the packed bytes hold.
    else if (entry.method === 8) data = new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(entry.unpacked, 1) }));
    return data !== null && data.length === entry.unpacked ? data : null;
  } catch {
    return null;
  }
}

/** The files below the one folder a zip holds (a serialized bag unpacks to one folder), or all of them. */
export function withoutTopFolder<T>(files: ReadonlyMap<string, T>): Map<string, T> {
  const tops = new Set([...files.keys()].map((name) => name.split('/')[0]));
  const [top] = tops;
  if (tops.size !== 1 || [...files.keys()].some((name) => !name.includes('/'))) return new Map(files);
  return new Map([...files].map(([name, value]) => [name.slice(top!.length + 1), value]));
}
