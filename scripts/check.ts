/**
 * `npm run check [-- --content <dir>] [--lang en|zh] [--code]`: every problem of the content
 * at once, one line each; exit 1 on any error. With --code, then `npm run typecheck`.
 */
import { spawnSync } from 'node:child_process';
import { checkContent, formatProblem, formatSummary, messageLang } from '../src/check/index.ts';
import { contentDir } from '../src/config.ts';
import { siteDefaultLocale, siteTimeZone } from '../src/integration.ts';
import { buildDate } from '../src/model/dates.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run check -- [--content <dir>] [--lang en|zh] [--code]

Checks every file of the content folder (default: content/) against the content format
and prints every problem at once, each with its file, line, field, what was found and
what is expected. Messages are in the site's language (defaultLocale), or as --lang says.
With --code, the tool's own code is type-checked too (npm run typecheck), which takes a
minute. --content-only, what checking the content alone used to need, is still accepted.
Exits 1 when there is any error.`;

const { values } = parseCommand(usage, { lang: { type: 'string' }, code: { type: 'boolean' }, 'content-only': { type: 'boolean' } });
const dir = contentDir();
const lang = messageLang(siteDefaultLocale(dir), values.lang);
const result = await checkContent({ contentDir: dir, today: buildDate(process.env, siteTimeZone(dir)), lang });
for (const problem of result.problems) console.log(formatProblem(problem, lang));
console.log(formatSummary(result, lang));

let failed = result.errors > 0;
if (values.code) {
  const types = spawnSync('npm', ['run', '--silent', 'typecheck'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (types.status !== 0) {
    console.log(lang === 'en' ? 'TypeScript found type errors (above).' : 'TypeScript 发现类型错误（见上）。');
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
