/**
 * The collections of content-format.md, read from the top-level `content/` folder (or
 * `--content`) with the schemas of `src/schemas/`. The checker has already run by now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { hasEntryFiles, type Collection } from './check/read.ts';
import { contentDir, isPreview } from './config.ts';
import { DistrictSchema } from './schemas/district.ts';
import { ProgrammeSchema } from './schemas/programme.ts';
import { ProjectSchema } from './schemas/project.ts';
import { SiteSchema } from './schemas/site.ts';
import { ThemeSchema } from './schemas/theme.ts';
import { UpdateSchema } from './schemas/update.ts';

const root = contentDir();

/** Ids are the path below the collection folder without extension (`2022/zhongyiyuan-qianjian`). */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(?:md|mdx|json)$/, '');

const folder = (name: Exclude<Collection, 'site'>, pattern: string) =>
  // A build of a folder with no entries yet (a new site) has nothing to watch or read.
  !isPreview() && !hasEntryFiles(root, name) ? nothing : whilePreviewing(glob({ pattern, base: join(root, name), generateId: pathId }));

const nothing: Loader = { name: 'minsheng-empty', load: async ({ store }) => store.clear() };

/** How Astro reads a file of one kind (internal to its loaders, so typed here). */
type EntryType = { getEntryInfo(params: { fileUrl: URL; contents: string }): unknown };

/**
 * While previewing (`npm run dev`), a file that does not parse or fit its schema must not
 * stop the server: the checker has named it in the terminal and the browser shows the
 * problems instead of any page (src/dev/problems.ts) until it is fixed. So the entry is
 * kept as it stands, and read again when it is saved. A build never gets here with one.
 */
function whilePreviewing(loader: Loader): Loader {
  if (!isPreview()) return loader;
  const lenient = <A, R>(read: (args: A) => Promise<R> | R, fallback: (args: A) => R) => async (args: A) => {
    try {
      return await read(args);
    } catch {
      return fallback(args);
    }
  };
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const types = (context as unknown as { entryTypes?: Map<string, EntryType> }).entryTypes;
      const entryTypes = types && new Map([...types].map(([ext, type]) => [ext, { ...type, getEntryInfo: lenient((p: { fileUrl: URL; contents: string }) => type.getEntryInfo(p), () => ({ data: {}, body: '' })) }]));
      const parseData = lenient(context.parseData, (props) => props.data) as LoaderContext['parseData'];
      return loader.load({ ...context, parseData, ...(entryTypes ? { entryTypes } : {}) } as LoaderContext);
    },
  };
}

/** site.json, read again whenever it is saved while previewing. */
const siteFile = join(root, 'site.json');
const readSite = () => ({ id: 'site', ...JSON.parse(readFileSync(siteFile, 'utf8').replace(/^\uFEFF/, '')) });
const siteLoader: Loader = {
  name: 'minsheng-site',
  load: async ({ store, parseData, watcher }) => {
    const sync = async () => {
      const entry = readSite();
      store.clear();
      store.set({ id: 'site', data: await parseData({ id: 'site', data: entry }) });
    };
    // While previewing, a broken site.json is the checker's to report (see above).
    const tolerate = (error: unknown) => {
      if (!isPreview()) throw error;
    };
    await sync().catch(tolerate);
    watcher?.add(siteFile);
    watcher?.on('change', (path) => {
      if (path === siteFile) void sync().catch(tolerate);
    });
  },
};

export const collections = {
  site: defineCollection({
    loader: whilePreviewing(siteLoader),
    schema: SiteSchema,
  }),
  themes: defineCollection({ loader: folder('themes', '*.json'), schema: ThemeSchema }),
  districts: defineCollection({ loader: folder('districts', '*.json'), schema: DistrictSchema }),
  programmes: defineCollection({ loader: folder('programmes', '*.{md,mdx}'), schema: ProgrammeSchema }),
  projects: defineCollection({ loader: folder('projects', '**/*.{md,mdx,json}'), schema: ProjectSchema }),
  updates: defineCollection({ loader: folder('updates', '*.{md,mdx}'), schema: UpdateSchema }),
};
