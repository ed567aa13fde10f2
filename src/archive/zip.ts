/**
 * Zip files that are the same bytes every time: entries in path order, one fixed
 * modification time, UTF-8 names (yazl sets the flag, so Debian's unzip extracts Chinese
 * names correctly), regular-file permissions. And a small reader for the files this
 * project writes (stored or deflated entries), so that verify-archive needs no unzip tool.
 */
import { inflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';
import { byPath, type FileMap } from './bagit.ts';

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

export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipReadError';
  }
}

/**
 * The files of a zip by name (directories left out). An entry that cannot be unpacked is
 * `null`, so that a checker can name it instead of stopping at it.
 */
export function readZip(buffer: Buffer): Map<string, Uint8Array | null> {
  // The end-of-central-directory record: its signature, searched from the end (a comment may follow it).
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new ZipReadError('no end-of-central-directory record');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipReadError('ZIP64 archives are not read here: unpack it and verify the folder');
  const files = new Map<string, Uint8Array | null>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) throw new ZipReadError(`central directory entry ${n + 1} is damaged`);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    let data: Uint8Array | null = null;
    if (local + 30 <= buffer.length && buffer.readUInt32LE(local) === 0x04034b50) {
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const raw = buffer.subarray(start, start + compressedSize);
      try {
        if (method === 0) data = new Uint8Array(raw);
        else if (method === 8) data = new Uint8Array(inflateRawSync(raw));
      } catch {
        data = null;
      }
    }
    files.set(name, data);
  }
  return files;
}

/** The files below the one folder a zip holds (a serialized bag unpacks to one folder), or all of them. */
export function withoutTopFolder<T>(files: ReadonlyMap<string, T>): Map<string, T> {
  const tops = new Set([...files.keys()].map((name) => name.split('/')[0]));
  const [top] = tops;
  if (tops.size !== 1 || [...files.keys()].some((name) => !name.includes('/'))) return new Map(files);
  return new Map([...files].map(([name, value]) => [name.slice(top!.length + 1), value]));
}
