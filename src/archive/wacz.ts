/**
 * A WACZ 1.1.1 web archive of a site, made from its files rather than by crawling: one
 * WARC `response` record per file at a synthetic address, the CDXJ index, the list of
 * pages and the data package, zipped without compression (replay tools seek into it).
 *
 * Written here instead of with js-wacz, which cannot be made deterministic: it stamps
 * `created` and the zip entries with the clock and gives pages random ids. warcio still
 * writes and indexes the WARC records.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { CDXIndexer, WARCRecord, WARCSerializer } from 'warcio';
import { byPath, sha256, type FileMap } from './bagit.ts';
import { zip } from './zip.ts';

export interface WaczOptions {
  /** Where the site appears in replay, e.g. `http://localhost/minsheng-2022/`. */
  origin: string;
  /** The capture time of every record. */
  date: Date;
  title: string;
  description: string;
  /** `minsheng <version>`. */
  software: string;
  /** The zip entries' time, see `zipTime`. */
  mtime: Date;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  geojson: 'application/geo+json',
  pdf: 'application/pdf',
  woff2: 'font/woff2',
};

export function contentType(path: string): string {
  return TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/** A record id that is the same for the same address in every run. */
function recordId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}>`;
}

function pageTitle(html: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!match) return undefined;
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
  return match[1]!.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => entities[name]!).trim();
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export async function buildWacz(files: FileMap, options: WaczOptions): Promise<Buffer> {
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const warcName = 'data.warc.gz';
  const serialize = (record: WARCRecord) =>
    WARCSerializer.serialize(record, { gzip: true, digest: { algo: 'sha-256', prefix: 'sha256:', base32: false } });

  const records: Uint8Array[] = [
    await serialize(
      WARCRecord.createWARCInfo(
        { filename: warcName, warcVersion: 'WARC/1.1', date, warcHeaders: { 'WARC-Record-ID': recordId(`warcinfo ${options.origin}`) } },
        { software: options.software, format: 'WARC File Format 1.1', isPartOf: options.title, description: options.description },
      ),
    ),
  ];
  const pages: { id: string; url: string; title: string; ts: string }[] = [];
  for (const path of [...files.keys()].sort(byPath)) {
    const body = files.get(path)!;
    const url = options.origin + encodePath(path);
    const record = WARCRecord.create(
      {
        url,
        date,
        type: 'response',
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'WARC-Record-ID': recordId(url) },
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': contentType(path), 'Content-Length': String(body.length) },
      },
      [body],
    );
    records.push(await serialize(record));
    if (path.endsWith('.html')) {
      pages.push({ id: sha256(new TextEncoder().encode(url)).slice(0, 32), url, title: pageTitle(new TextDecoder().decode(body)) ?? url, ts: date });
    }
  }
  const warc = Buffer.concat(records);

  const indexer = new CDXIndexer({});
  const cdx: string[] = [];
  for await (const entry of indexer.iterIndex([{ reader: Readable.from([warc]), filename: warcName }])) {
    const line = indexer.serializeCDXJ(entry);
    if (line) cdx.push(line);
  }
  cdx.sort(byPath);

  const encoder = new TextEncoder();
  const parts = new Map<string, Uint8Array>([
    [`archive/${warcName}`, warc],
    ['indexes/index.cdx', encoder.encode(cdx.join(''))],
    [
      'pages/pages.jsonl',
      encoder.encode(
        [{ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }, ...pages.sort((a, b) => byPath(a.url, b.url))].map((line) => `${JSON.stringify(line)}\n`).join(''),
      ),
    ],
  ]);
  const resources = [...parts.keys()].sort(byPath).map((path) => ({
    name: path.slice(path.lastIndexOf('/') + 1),
    path,
    hash: `sha256:${sha256(parts.get(path)!)}`,
    bytes: parts.get(path)!.length,
  }));
  const datapackage = encoder.encode(
    `${JSON.stringify(
      {
        profile: 'data-package',
        wacz_version: '1.1.1',
        title: options.title,
        description: options.description,
        created: date,
        software: options.software,
        mainPageUrl: `${options.origin}index.html`,
        mainPageDate: date,
        resources,
      },
      null,
      2,
    )}\n`,
  );
  parts.set('datapackage.json', datapackage);
  parts.set('datapackage-digest.json', encoder.encode(`${JSON.stringify({ path: 'datapackage.json', hash: `sha256:${sha256(datapackage)}` }, null, 2)}\n`));
  return zip(parts, { mtime: options.mtime, compress: false });
}
