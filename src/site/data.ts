/**
 * `/data/`: the open-data files of this build with their sizes, what each field of them
 * means, the codes they use, and their schemas.
 */
import type { Collection } from '../check/read.ts';
import { dataFiles } from '../data/files.ts';
import { COLLECTIONS } from '../data/json-schema.ts';
import { FIELD_SPECS, csvHeader, specDoc, type Dataset } from '../data/open-data.ts';
import { DATASETS } from '../data/published.ts';
import { translator } from '../i18n/index.ts';
import { STATUSES } from '../schemas/common.ts';
import { DISTRICT_LEVELS } from '../schemas/district.ts';
import { UPDATE_KINDS } from '../schemas/update.ts';
import { frame } from './frame.ts';
import { pageKind, type PageData } from './kind.ts';

/** A file under `/data/` and its size in bytes. */
export interface ListedFile {
  path: string;
  bytes: number;
}

/** A documented key of a dataset's items: its JSON path, its CSV column if it has one, its label and meaning. */
export interface FieldRow {
  json: string;
  csv?: string;
  label: string;
  about: string;
}

/** A table of codes the data uses, with what each means in the page's language. */
export interface CodeTable {
  kind: 'status' | 'kind' | 'level';
  rows: { code: string; label: string }[];
}

export interface DataPageData extends PageData {
  /** The build day, when the files were generated. */
  asOf: string;
  /** The data files and the data package, in the order they are written. */
  files: ListedFile[];
  /** The path of the data package. */
  datapackage: string;
  /** The keys of each dataset's items. */
  datasets: { id: Dataset; fields: FieldRow[] }[];
  codes: CodeTable[];
  /** The JSON Schema of each published JSON file. */
  fileSchemas: (ListedFile & { dataset: Dataset })[];
  /** The JSON Schema of each collection's content entries. */
  entrySchemas: (ListedFile & { collection: Collection })[];
}

export const dataPage = pageKind<DataPageData>({
  view: 'data',
  pages: () => [{ path: 'data' }],
  data(model, _key, locale) {
    const t = translator(locale);
    const files = dataFiles(model);
    const listed = (path: string): ListedFile => ({ path, bytes: Buffer.byteLength(files.find((f) => f.path === path)!.text) });
    return {
      frame: frame(model, locale, 'data'),
      asOf: model.today,
      files: files.filter((f) => f.role === 'data' || f.role === 'package').map((f) => listed(f.path)),
      datapackage: files.find((f) => f.role === 'package')!.path,
      datasets: DATASETS.map((id) => ({
        id,
        fields: FIELD_SPECS[id].map((spec) => ({ json: spec.json, ...(spec.csv ? { csv: csvHeader(spec, locale) } : {}), ...specDoc(spec, locale) })),
      })),
      codes: [
        { kind: 'status', rows: STATUSES.map((code) => ({ code, label: t(`status.${code}`) })) },
        { kind: 'kind', rows: UPDATE_KINDS.map((code) => ({ code, label: t(`kind.${code}`) })) },
        { kind: 'level', rows: DISTRICT_LEVELS.map((code) => ({ code, label: t(`level.${code}`) })) },
      ],
      fileSchemas: files.filter((f) => f.role === 'file-schema').map((f) => ({ ...listed(f.path), dataset: f.dataset! })),
      entrySchemas: COLLECTIONS.map((collection) => ({ ...listed(`schema/${collection}.json`), collection })),
    };
  },
});
