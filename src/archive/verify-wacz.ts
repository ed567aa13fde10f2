/**
 * Checks a WACZ web archive against its own data package: every resource that
 * `datapackage.json` lists is present with its sha256 and size, no file is unlisted, and
 * `datapackage-digest.json`, when there, holds the digest of `datapackage.json` itself.
 * The files come from `readZip`, which bounds what is unpacked. A data package that
 * cannot be read, or lists digests other than sha256, cannot be checked: the caller says so.
 */
import { byPath, sha256 } from './bagit.ts';
import type { BagFiles, Finding, Verification } from './verify.ts';

const DATA_PACKAGE = 'datapackage.json';
const DIGEST_FILE = 'datapackage-digest.json';

interface Resource {
  path: string;
  sha256: string;
  bytes?: number;
}

/** True for the files of a WACZ rather than a bag: a data package and no bagit.txt. */
export function isWacz(files: BagFiles): boolean {
  return files.has(DATA_PACKAGE) && !files.has('bagit.txt');
}

const SHA256 = /^sha256:([0-9a-f]{64})$/i;

function parseJson(bytes: Uint8Array | null | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** The resources of a data package, or undefined when it is not one this check can read. */
function resources(data: unknown): Resource[] | undefined {
  const list = (data as { resources?: unknown } | undefined)?.resources;
  if (!Array.isArray(list)) return undefined;
  const read: Resource[] = [];
  for (const item of list as unknown[]) {
    const { path, hash, bytes } = (item ?? {}) as { path?: unknown; hash?: unknown; bytes?: unknown };
    const digest = typeof hash === 'string' ? SHA256.exec(hash) : null;
    if (typeof path !== 'string' || digest === null || (bytes !== undefined && typeof bytes !== 'number')) return undefined;
    read.push({ path, sha256: digest[1]!.toLowerCase(), ...(typeof bytes === 'number' ? { bytes } : {}) });
  }
  return read;
}

export function verifyWacz(files: BagFiles): Verification | { uncheckable: true } {
  const listed = resources(parseJson(files.get(DATA_PACKAGE)));
  if (listed === undefined) return { uncheckable: true };
  const findings: Finding[] = [];
  const manifests = [DATA_PACKAGE];
  let bytes = 0;
  for (const resource of listed) {
    const data = files.get(resource.path);
    if (data === undefined) findings.push({ kind: 'missing', path: resource.path, manifest: DATA_PACKAGE });
    else if (data === null) findings.push({ kind: 'unreadable', path: resource.path, manifest: DATA_PACKAGE });
    else {
      bytes += data.length;
      if (sha256(data) !== resource.sha256 || (resource.bytes !== undefined && resource.bytes !== data.length)) {
        findings.push({ kind: 'changed', path: resource.path, manifest: DATA_PACKAGE });
      }
    }
  }
  const digestFile = files.get(DIGEST_FILE);
  if (digestFile !== undefined) {
    manifests.push(DIGEST_FILE);
    const hash = (parseJson(digestFile) as { hash?: unknown } | undefined)?.hash;
    const stated = typeof hash === 'string' ? SHA256.exec(hash)?.[1]?.toLowerCase() : undefined;
    if (stated !== sha256(files.get(DATA_PACKAGE)!)) findings.push({ kind: 'changed', path: DATA_PACKAGE, manifest: DIGEST_FILE });
  }
  const known = new Set([DATA_PACKAGE, DIGEST_FILE, ...listed.map((r) => r.path)]);
  for (const path of [...files.keys()].sort(byPath)) if (!known.has(path)) findings.push({ kind: 'extra', path, manifest: DATA_PACKAGE });
  return { findings, files: listed.length, bytes, manifests };
}
