/**
 * BagIt bags (RFC 8493): a `data/` payload with checksum manifests and a little metadata,
 * readable with nothing but `sha256sum` and a text editor in fifty years.
 * No maintained npm package writes them; the text files are small enough to write here.
 */
import { createHash } from 'node:crypto';

/** Files by path, `/`-separated and relative to the bag (or payload) root. */
export type FileMap = ReadonlyMap<string, Uint8Array>;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Code-point order, the same on every machine (no locale collation). */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** RFC 8493 §2.1.3: manifests percent-encode `%`, CR and LF in paths. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/** `<sha256>  <path>` lines sorted by path: the format of `sha256sum`. */
export function manifest(files: FileMap): string {
  return [...files.keys()]
    .sort(byPath)
    .map((path) => `${sha256(files.get(path)!)}  ${encodeManifestPath(path)}\n`)
    .join('');
}

/** RFC 8493 §2.2.2: `<octets>.<files>` of the payload, a quick check before the checksums. */
export function payloadOxum(payload: FileMap): string {
  let octets = 0;
  for (const bytes of payload.values()) octets += bytes.length;
  return `${octets}.${payload.size}`;
}

/** Bag-Size is for people: "4.2 MB". */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export interface BagInfo {
  /** Source-Organization: who made the content. */
  organization: string;
  /** External-Description: one sentence on what the bag holds. */
  description: string;
  /** Bagging-Date, `YYYY-MM-DD`. */
  date: string;
  /** Further `Label: value` lines, in order, after the standard ones. */
  extra?: readonly (readonly [string, string])[];
}

/** A value on one line: bag-info.txt folds lines, but a reader need not unfold ours. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * The whole bag: the payload under `data/` plus `bagit.txt`, `bag-info.txt`,
 * `manifest-sha256.txt` and `tagmanifest-sha256.txt`.
 */
export function makeBag(payload: FileMap, info: BagInfo): Map<string, Uint8Array> {
  const bag = new Map<string, Uint8Array>();
  for (const path of [...payload.keys()].sort(byPath)) bag.set(`data/${path}`, payload.get(path)!);
  const text = (value: string) => new TextEncoder().encode(value);
  const lines: [string, string][] = [
    ['Source-Organization', info.organization],
    ['External-Description', info.description],
    ['Bagging-Date', info.date],
    ['Payload-Oxum', payloadOxum(payload)],
    ['Bag-Size', humanSize([...payload.values()].reduce((sum, bytes) => sum + bytes.length, 0))],
    ...(info.extra ?? []).map(([label, value]) => [label, value] as [string, string]),
  ];
  const tags = new Map<string, Uint8Array>([
    ['bagit.txt', text('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')],
    ['bag-info.txt', text(lines.map(([label, value]) => `${label}: ${oneLine(value)}\n`).join(''))],
    ['manifest-sha256.txt', text(manifest(new Map([...bag])))],
  ]);
  tags.set('tagmanifest-sha256.txt', text(manifest(tags)));
  for (const [path, bytes] of tags) bag.set(path, bytes);
  return bag;
}
