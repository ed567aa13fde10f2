/**
 * Checks a bag against its own manifests: every listed file is present with the listed
 * checksum, no file is unlisted, and Payload-Oxum matches. Every difference is reported,
 * not just the first, so that one run says everything that happened to an archive.
 */
import { createHash, getHashes } from 'node:crypto';
import { byPath, decodeManifestPath, sha256 } from './bagit.ts';

/** Files of a bag by path; `null` for a file that is there but cannot be read (a damaged zip entry). */
export type BagFiles = ReadonlyMap<string, Uint8Array | null>;

export type Finding =
  | { kind: 'changed' | 'unreadable' | 'missing' | 'extra'; path: string; manifest: string }
  | { kind: 'required'; path: string }
  | { kind: 'malformed'; manifest: string; line: number }
  | { kind: 'duplicate'; path: string; manifest: string; line: number; first: number }
  | { kind: 'oxum'; stated: string; found: string }
  /** A symbolic link or other special file in a bag folder: reported, never followed or read. */
  | { kind: 'link' | 'special'; path: string }
  /** The digest given on the command line differs from that of the zip or the tag manifest. */
  | { kind: 'digest'; subject: string; expected: string; found: string };

export interface Verification {
  findings: Finding[];
  /** Payload files and bytes found. */
  files: number;
  bytes: number;
  /** The manifests checked, e.g. `manifest-sha256.txt`. */
  manifests: string[];
}

/** The files every archive of this project has (interfaces.md). */
const REQUIRED = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'];
const MANIFEST = /^(tag)?manifest-([a-z0-9]+)\.txt$/;
const LINE = /^([0-9a-fA-F]+)[ \t]+\*?(.+)$/;

interface ManifestLine {
  checksum: string;
  path: string;
  line: number;
}

/** The lines of a manifest; a path listed twice is checked once, and the later lines reported as duplicates. */
function parseManifest(text: string): { entries: ManifestLine[]; malformed: number[]; duplicates: (ManifestLine & { first: number })[] } {
  const entries = new Map<string, ManifestLine>();
  const malformed: number[] = [];
  const duplicates: (ManifestLine & { first: number })[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const match = LINE.exec(line);
    if (!match) return void malformed.push(index + 1);
    const entry = { checksum: match[1]!.toLowerCase(), path: decodeManifestPath(match[2]!), line: index + 1 };
    const first = entries.get(entry.path);
    if (first) duplicates.push({ ...entry, first: first.line });
    else entries.set(entry.path, entry);
  });
  return { entries: [...entries.values()], malformed, duplicates };
}

function bagInfoValue(text: string, label: string): string | undefined {
  const match = new RegExp(`^${label}\\s*:\\s*(.*)$`, 'mi').exec(text);
  return match?.[1]?.trim();
}

export function verifyBag(files: BagFiles): Verification {
  const findings: Finding[] = [];
  const decoder = new TextDecoder();
  for (const path of REQUIRED) if (!files.has(path)) findings.push({ kind: 'required', path });

  const manifests = [...files.keys()]
    .filter((path) => MANIFEST.test(path) && getHashes().includes(MANIFEST.exec(path)![2]!))
    .sort(byPath)
    // Payload manifests first: their lines are about the files a reader cares most about.
    .sort((a, b) => Number(a.startsWith('tag')) - Number(b.startsWith('tag')));
  const listed = new Map<string, Set<string>>();
  for (const name of manifests) {
    const bytes = files.get(name);
    if (!bytes) continue;
    const algorithm = MANIFEST.exec(name)![2]!;
    const { entries, malformed, duplicates } = parseManifest(decoder.decode(bytes));
    for (const line of malformed) findings.push({ kind: 'malformed', manifest: name, line });
    // RFC 8493 §2.1.3: each file is listed once. A second line could say anything about it.
    for (const { path, line, first } of duplicates) findings.push({ kind: 'duplicate', path, manifest: name, line, first });
    listed.set(name, new Set(entries.map((e) => e.path)));
    for (const { checksum, path } of [...entries].sort((a, b) => byPath(a.path, b.path))) {
      if (!files.has(path)) findings.push({ kind: 'missing', path, manifest: name });
      else if (files.get(path) === null) findings.push({ kind: 'unreadable', path, manifest: name });
      else if (createHash(algorithm).update(files.get(path)!).digest('hex') !== checksum) findings.push({ kind: 'changed', path, manifest: name });
    }
  }

  // A payload file must be in every payload manifest; any other file but the tag manifests in every tag manifest.
  for (const path of [...files.keys()].sort(byPath)) {
    if (/^tagmanifest-[a-z0-9]+\.txt$/.test(path)) continue;
    const payload = path.startsWith('data/');
    for (const [name, paths] of listed) {
      if (name.startsWith('tag') === payload) continue;
      if (!paths.has(path)) findings.push({ kind: 'extra', path, manifest: name });
    }
  }

  const payload = [...files].filter(([path]) => path.startsWith('data/'));
  const bytes = payload.reduce((sum, [, data]) => sum + (data?.length ?? 0), 0);
  const info = files.get('bag-info.txt');
  const stated = info ? bagInfoValue(decoder.decode(info), 'Payload-Oxum') : undefined;
  const found = `${bytes}.${payload.length}`;
  // Unreadable files have no size to count; they are reported already.
  if (stated !== undefined && stated !== found && payload.every(([, data]) => data !== null)) findings.push({ kind: 'oxum', stated, found });

  return { findings, files: payload.length, bytes, manifests };
}

/**
 * The manifests check the files, but a bag rewritten together with its manifests passes
 * them. A digest kept elsewhere does not move: the sha256 of the zip, or of the tag
 * manifest (which covers the payload manifest, and so every file) for a folder, as
 * `npm run archive` prints them and /archive/ publishes them.
 */
export function digestFinding(expected: string, subject: string, bytes: Uint8Array | null | undefined): Finding | undefined {
  const found = bytes ? sha256(bytes) : '';
  return found === expected.toLowerCase() ? undefined : { kind: 'digest', subject, expected: expected.toLowerCase(), found };
}
