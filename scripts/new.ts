/**
 * `npm run new -- project|update|district|theme|programme|site …`: writes one valid entry
 * (or a whole starter site) from a template and prints its path. The templates and every
 * check are in src/scaffold/templates.ts; this file reads the content, prints, and
 * writes, never over an existing file.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { messageLang } from '../src/check/index.ts';
import { displayPath, readContent } from '../src/check/read.ts';
import { contentDir } from '../src/config.ts';
import { siteDefaultLocale, siteTimeZone } from '../src/integration.ts';
import { buildDate } from '../src/model/dates.ts';
import { indexContent } from '../src/scaffold/content.ts';
import { render, type Message, type ScaffoldKey } from '../src/scaffold/messages.ts';
import { STARTER_DEFAULTS, newDistrict, newProgramme, newProject, newTheme, newUpdate, starterSite, type Scaffold, type ScaffoldResult } from '../src/scaffold/templates.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run new -- project <year>/<id> [--title "…"] [--lead "…"] [--theme <id>] [--district <id>]…
       npm run new -- update <project-id> [<project-id>…] [--date <YYYY-MM-DD>] [--slug <slug>] [--kind <kind>] [--title "…"]
       npm run new -- district <id> --name "…" [--parent <id>] [--level <level>]
       npm run new -- theme <id> --name "…" [--short "…"] [--description "…"]
       npm run new -- programme <year> [--title "…"]
       npm run new -- site <dir> [--name "…"] [--region <id>] [--level <level>] [--title "…"] [--publisher "…"]
       common options: [--content <dir>] [--lang en|zh]

Writes one entry from a template, valid as written, and prints its path. Refuses to
write over an existing entry, and checks that what the entry refers to exists (the
programme of the year, the theme, the places, the projects), saying what exists instead.

project   content/projects/<year>/<id>.md, a draft: status planned, progress 0, asOf
          today, the programme's first theme and its region unless --theme and
          --district (repeatable) say otherwise. --title and --lead (the 牵头单位) fill
          in the name and lead department; otherwise placeholders stand in their place.
update    content/updates/<date>-<slug>.md, a draft of kind progress (or --kind), about
          the projects listed, dated --date or today. Its slug is the first project's id
          unless --slug is given. A project id without its year is taken when exactly
          one project of any year has it. The progress known on that date (the
          baseline from its asOf on, and updates dated up to it) is filled in when the
          projects all share it (for kinds progress, milestone and correction);
          otherwise a comment says why it is not. An update dated in an archived (frozen) year, or
          about a project of one, is of kind correction unless --kind says otherwise.
district  content/districts/<id>.json: --name is required (a place has no draft state);
          the parent is the site's region unless --parent. The level is --level, or
          the one the name's ending states (…街道 street, …镇/…乡 town, …村 village,
          …社区 community, …区 district, …县 county, …市 city, …省 province); any
          other name is refused without --level.
theme     content/themes/<id>.json, last in display order: --name is required.
programme content/programmes/<year>.mdx: the site's region, every theme, published
          today, and a short report. Programmes are published as written.
site      <dir>/content: site.json, a set of themes, the region and this year's
          programme, which check and build at once. <dir> must be new or empty. The
          region is 本市 (id benshi, a city) unless --name and --region say otherwise;
          its level is read from the name as for a district, or given by --level;
          --title and --publisher name the site.

"Today" is SOURCE_DATE_EPOCH when set, else the clock, in the site's time zone. Drafts
are not published: fill in the placeholders, write the text, then delete "draft: true".
Exits 1, writing nothing, when anything is missing or already exists.`;

const { values, positionals } = parseCommand(usage, {
  title: { type: 'string' },
  lead: { type: 'string' },
  theme: { type: 'string' },
  district: { type: 'string', multiple: true },
  slug: { type: 'string' },
  kind: { type: 'string' },
  name: { type: 'string' },
  parent: { type: 'string' },
  level: { type: 'string' },
  date: { type: 'string' },
  short: { type: 'string' },
  description: { type: 'string' },
  region: { type: 'string' },
  publisher: { type: 'string' },
  lang: { type: 'string' },
});

const [what, ...names] = positionals;
const dir = contentDir();
// A new site is written in Chinese (zh-Hans), so its messages are too unless --lang says otherwise.
const lang = messageLang(what === 'site' ? 'zh-Hans' : siteDefaultLocale(dir), values.lang);

function refuse(problems: readonly Message[], showUsage = false): never {
  for (const problem of problems) console.error(render(problem, lang));
  if (showUsage) console.error(`\n${usage}`);
  else console.error(render({ key: 'problems', params: { count: problems.length } }, lang));
  process.exit(showUsage ? 2 : 1);
}

if (what === 'site') newSite();

const context = {
  content: indexContent(readContent(dir).files),
  today: buildDate(process.env, siteTimeZone(dir)),
  lang,
  contentLabel: displayPath(dir),
};

let result: ScaffoldResult;
switch (what) {
  case 'project':
    if (names.length !== 1) refuse([{ key: 'args.project' }], true);
    result = newProject({ id: names[0]!, title: values.title, lead: values.lead, theme: values.theme, districts: values.district }, context);
    break;
  case 'update':
    if (names.length === 0) refuse([{ key: 'args.update' }], true);
    result = newUpdate({ projects: names, slug: values.slug, kind: values.kind, title: values.title, date: values.date }, context);
    break;
  case 'district':
    if (names.length !== 1) refuse([{ key: 'args.district' }], true);
    result = newDistrict({ id: names[0]!, name: values.name, parent: values.parent, level: values.level }, context);
    break;
  case 'theme':
    if (names.length !== 1) refuse([{ key: 'args.theme' }], true);
    result = newTheme({ id: names[0]!, name: values.name, short: values.short, description: values.description }, context);
    break;
  case 'programme':
    if (names.length !== 1) refuse([{ key: 'args.programme' }], true);
    result = newProgramme({ year: names[0]!, title: values.title }, context);
    break;
  default:
    refuse([{ key: 'args.kind', params: { found: what ?? '' } }], true);
}

if ('problems' in result) refuse(result.problems);
console.log(write(dir, result.scaffold));
for (const note of result.scaffold.notes) console.log(render(note, lang));

/** Writes one scaffold below a content folder and returns its path as shown. */
function write(content: string, scaffold: Scaffold): string {
  const target = join(content, scaffold.path);
  mkdirSync(dirname(target), { recursive: true });
  // "wx" fails rather than overwrite a file that appeared since the content was read.
  writeFileSync(target, scaffold.text, { flag: 'wx' });
  return displayPath(target);
}

/** `new site <dir>`: a whole starter site in <dir>/content, only into a new or empty folder. */
function newSite(): never {
  if (names.length !== 1) refuse([{ key: 'args.site' }], true);
  const root = resolve(names[0]!);
  const shown = displayPath(root);
  const entries = folderEntries(root);
  if (entries === 'file') refuse([{ key: 'site.notFolder', params: { path: shown } }]);
  if (entries.length > 0) refuse([{ key: 'site.notEmpty', params: { path: shown, found: entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '') } }]);
  const today = buildDate(process.env);
  const request = { title: values.title, publisher: values.publisher, region: values.region, name: values.name, level: values.level };
  const site = starterSite(request, { today, lang, contentLabel: `${shown}/content` });
  if ('problems' in site) refuse(site.problems);
  const content = join(root, 'content');
  for (const scaffold of site.scaffolds) console.log(write(content, scaffold));
  // Empty, but they show the writer where projects and updates go, and spare the build a warning.
  for (const folder of ['projects', 'updates']) mkdirSync(join(content, folder), { recursive: true });
  const settings = JSON.parse(site.scaffolds[0]!.text) as { title: string; publisher: string };
  const params = {
    content: displayPath(content),
    out: displayPath(join(root, 'dist')),
    year: today.slice(0, 4),
    name: values.name ?? STARTER_DEFAULTS.name,
    region: values.region ?? STARTER_DEFAULTS.region,
    ...settings,
  };
  const defaulted = [values.name, values.region, values.title, values.publisher].some((value) => value === undefined);
  const steps: ScaffoldKey[] = ['next.site', ...(defaulted ? ['next.site.names' as const] : []), 'next.site.places', 'next.site.projects', 'next.site.build'];
  for (const key of steps) console.log(render({ key, params }, lang));
  process.exit(0);
}

/** The names in a folder, 'file' when the path is a file, none when it does not exist. */
function folderEntries(path: string): string[] | 'file' {
  try {
    if (!statSync(path).isDirectory()) return 'file';
  } catch {
    return [];
  }
  return readdirSync(path).sort();
}
