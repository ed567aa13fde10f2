/** `/archive/minsheng-<year>.zip` and `.wacz`: the archive files copied into the site, when they exist. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../lib/site.ts';
import { archiveFiles, type ArchiveFile } from '../../archive/listing.ts';

export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return model.programmes.flatMap((p) => archiveFiles(p.data.year)).map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ArchiveFile };
  return new Response(readFileSync(file.path), { headers: { 'Content-Type': 'application/zip' } });
};
