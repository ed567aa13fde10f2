/** `/data/<file>`: the open-data files (src/data/open-data.ts), written as they are. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DataFile } from '../../data/open-data.ts';
import { dataFiles } from '../../data/files.ts';
import { getSiteModel } from '../../site/content.ts';

export const getStaticPaths = (() => dataFiles(getSiteModel()).map((file) => ({ params: { file: file.path }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DataFile };
  return new Response(file.text, { headers: { 'Content-Type': file.contentType } });
};
