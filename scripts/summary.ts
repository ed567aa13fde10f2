/**
 * `npm run summary -- --year <year> [--since <day>] [--until <day>] [--out <file.md|file.html>] [--force]`:
 * what changed in a programme between two days, for a meeting — each project's status and
 * progress at both ends and the updates in between (src/summary/range.ts). Markdown on
 * the screen without --out; a file is never replaced without --force.
 */
import { statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { checkContent, messageLang, siteContentOf } from '../src/check/index.ts';
import type { MessageLang } from '../src/i18n/messages.ts';
import { displayPath } from '../src/check/read.ts';
import { contentDir } from '../src/config.ts';
import { siteDefaultLocale, siteTimeZone } from '../src/integration.ts';
import { buildDate } from '../src/model/dates.ts';
import { daysBefore, RECENT_DAYS } from '../src/model/summary.ts';
import { isValidPartialDate } from '../src/schemas/common.ts';
import { render, type Message } from '../src/summary/messages.ts';
import { rangeHtml, rangeMarkdown, rangeSummary } from '../src/summary/range.ts';
import { parseCommand } from './lib/args.ts';

const usage = `Usage: npm run summary -- --year <year> [--since <YYYY-MM-DD>] [--until <YYYY-MM-DD>]
         [--out <file.md|file.html>] [--force] [--lang en|zh] [--content <dir>]

Writes what changed in a programme between two days, for a meeting: a table of every
project with its status and progress on the first and on the last day (as the public site
showed them then), and the updates in between, per project. Updates dated after --since
and up to --until count.

  --year <year>       the programme (content/programmes/<year>.mdx)
  --since <day>       the start (default: ${RECENT_DAYS} days before --until)
  --until <day>       the end (default: today)
  --out <file>        write Markdown (.md) or a web page (.html) there (default: Markdown on the screen)
  --force             replace the file when it exists (never replaced without it)
  --lang en|zh        the language of the summary and the messages (default: the site's)
  --content <dir>     the content folder (default: content/)`;

const { values } = parseCommand(usage, { year: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, force: { type: 'boolean' }, lang: { type: 'string' } });
const dir = contentDir();
const lang: MessageLang = messageLang(siteDefaultLocale(dir), values.lang);

function fail(messages: readonly Message[], status = 1): never {
  for (const message of messages) console.error(render(message, lang));
  console.error(render({ key: 'summary.nothing' }, lang));
  process.exit(status);
}

function day(option: 'since' | 'until', value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValidPartialDate(value)) fail([{ key: 'summary.date', params: { option, found: value } }], 2);
  return value;
}

if (values.year === undefined || !/^\d{4}$/.test(values.year)) fail([{ key: 'summary.yearMissing', params: { found: values.year ?? '' } }], 2);
const year = Number(values.year);
const today = buildDate(process.env, siteTimeZone(dir));
const until = day('until', values.until ?? today);
const since = day('since', values.since ?? daysBefore(until, RECENT_DAYS));
if (since > until) fail([{ key: 'summary.order', params: { since, until } }], 2);
const out = values.out;
const format = out === undefined ? 'md' : extname(out).toLowerCase().slice(1);
const existing = out === undefined ? undefined : statSync(out, { throwIfNoEntry: false });
if (out !== undefined && existing?.isDirectory()) fail([{ key: 'summary.folder', params: { path: out, example: join(out, `${year}-${since}-${until}.md`) } }]);
if (format !== 'md' && format !== 'html') fail([{ key: 'summary.format', params: { out: out ?? '' } }], 2);

const checked = await checkContent({ contentDir: dir, today, lang });
const content = siteContentOf(checked.content);
if (checked.errors > 0 || !content) fail([{ key: 'summary.content', params: { count: checked.errors } }]);
const locale = lang === 'en' ? 'en' : 'zh-Hans';
const doc = rangeSummary(content, { year, since, until, locale });
if (!doc) {
  const years = content.programmes.map((p) => p.id).sort().join(', ');
  fail([{ key: 'summary.year', params: { year, folder: `${displayPath(join(dir, 'programmes'))}/`, years } }]);
}
const text = format === 'html' ? rangeHtml(doc, locale) : rangeMarkdown(doc);
if (out === undefined) {
  process.stdout.write(text);
  process.exit(0);
}
if (existing && !values.force) fail([{ key: 'summary.exists', params: { path: out } }]);
try {
  // "wx" fails rather than replace a file that appeared since it was looked for.
  writeFileSync(out, text, { flag: values.force ? 'w' : 'wx' });
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  fail([code === 'EEXIST' ? { key: 'summary.exists', params: { path: out } } : { key: 'summary.write', params: { path: out, detail: code ?? message } }]);
}
console.log(render({ key: 'summary.done', params: { path: out, year, since, until } }, lang));
