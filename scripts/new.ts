/**
 * `npm run new -- project|update|district …`: writes one valid entry from a template and
 * prints its path. The templates and every check are in src/scaffold/templates.ts; this
 * file reads the content, prints, and writes, never over an existing file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { messageLang } from '../src/check/index.ts';
import { displayPath, readContent } from '../src/check/read.ts';
import { contentDir } from '../src/config.ts';
import { siteDefaultLocale, siteTimeZone } from '../src/integration.ts';
import { buildDate } from '../src/model/dates.ts';
import { indexContent } from '../src/scaffold/content.ts';
import { render, type Message } from '../src/scaffold/messages.ts';
import { newDistrict, newProject, newUpdate, type ScaffoldResult } from '../src/scaffold/templates.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run new -- project <year>/<id> [--title "…"] [--lead "…"] [--theme <id>] [--district <id>]…
       npm run new -- update <project-id> [<project-id>…] [--slug <slug>] [--kind <kind>] [--title "…"]
       npm run new -- district <id> --name "…" [--parent <id>] [--level <level>]
       common options: [--content <dir>] [--lang en|zh]

Writes one entry from a template, valid as written, and prints its path. Refuses to
write over an existing entry, and checks that what the entry refers to exists (the
programme of the year, the theme, the places, the projects), saying what exists instead.

project   content/projects/<year>/<id>.md, a draft: status planned, progress 0, asOf
          today, the programme's first theme and its region unless --theme and
          --district (repeatable) say otherwise. --title and --lead (the 牵头单位) fill
          in the name and lead department; otherwise placeholders stand in their place.
update    content/updates/<today>-<slug>.md, a draft of kind progress (or --kind), about
          the projects listed. Its slug is the first project's id unless --slug is given.
          The projects' current progress is filled in when they all share it (for kinds
          progress, milestone and correction); otherwise a comment says why it is not.
district  content/districts/<id>.json: --name is required (a place has no draft state);
          the parent is the site's region unless --parent, the level follows the
          parent's (a county's place is a town) unless --level.

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
  lang: { type: 'string' },
});

const dir = contentDir();
const lang = messageLang(siteDefaultLocale(dir), values.lang);

function refuse(problems: readonly Message[], showUsage = false): never {
  for (const problem of problems) console.error(render(problem, lang));
  if (showUsage) console.error(`\n${usage}`);
  else console.error(render({ key: 'problems', params: { count: problems.length } }, lang));
  process.exit(showUsage ? 2 : 1);
}

const [what, ...names] = positionals;
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
    result = newUpdate({ projects: names, slug: values.slug, kind: values.kind, title: values.title }, context);
    break;
  case 'district':
    if (names.length !== 1) refuse([{ key: 'args.district' }], true);
    result = newDistrict({ id: names[0]!, name: values.name, parent: values.parent, level: values.level }, context);
    break;
  default:
    refuse([{ key: 'args.kind', params: { found: what ?? '' } }], true);
}

if ('problems' in result) refuse(result.problems);
const target = join(dir, result.scaffold.path);
mkdirSync(dirname(target), { recursive: true });
// "wx" fails rather than overwrite a file that appeared since the content was read.
writeFileSync(target, result.scaffold.text, { flag: 'wx' });
console.log(displayPath(target));
for (const note of result.scaffold.notes) console.log(render(note, lang));
