/** `/archive/minsheng-<year>.zip` and `.wacz`: the archive files copied into the site, when they exist. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArchiveFile } from '../../archive/listing.ts';
import { archivesOf } from '../../site/archive.ts';
import { getSiteModel } from '../../site/content.ts';

export const getStaticPaths = (() => [...archivesOf(getSiteModel()).values()].flat().map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ArchiveFile };
  return new Response(readFileSync(file.path), { headers: { 'Content-Type': 'application/zip' } });
};
