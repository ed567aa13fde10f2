/**
 * What changed in a programme between two days, for a meeting: each project's status and
 * progress at the start and at the end of the range, and the updates in between. Both
 * ends are the model as the public site stood on that day (`buildSiteModel` with that day
 * as "today"), so that state, lateness and publication follow the site's own rules.
 */
import { translator } from '../i18n/index.ts';
import { formatter } from '../lib/format.ts';
import { describeChange } from '../lib/describe.ts';
import { escapeXml } from '../lib/xml.ts';
import { buildSiteModel, type ProjectView, type SiteContent } from '../model/site.ts';
import { summaryOrder, updatesBetween } from '../model/summary.ts';
import type { Locale } from '../schemas/common.ts';

export interface RangeDocument {
  title: string;
  /** Sentences under the title: the range and how to read it. */
  intro: string[];
  header: string[];
  rows: string[][];
  /** The heading over the sections. */
  updatesHeading: string;
  /** Per project with updates in the range: its title and one line per update. */
  sections: { heading: string; items: string[] }[];
}

export interface RangeOptions {
  year: number;
  /** `YYYY-MM-DD`, the day before the first update counted. */
  since: string;
  /** `YYYY-MM-DD`, the last day counted. */
  until: string;
  locale: Locale;
}

export function rangeSummary(content: SiteContent, options: RangeOptions): RangeDocument | undefined {
  const { year, since, until, locale } = options;
  const before = buildSiteModel(content, since);
  const after = buildSiteModel(content, until);
  const programme = after.programmeByYear.get(year);
  if (!programme) return undefined;
  const t = translator(locale);
  const fmt = formatter(locale);
  const stateText = (project: ProjectView | undefined) =>
    project
      ? `${t(`status.${project.state.status}`)} ${fmt.percent(project.state.progress)}${project.state.overdue ? t('list.parens', { text: t('status.overdue') }) : ''}`
      : t('range.unpublished');
  const updates = updatesBetween(after, programme, since, until);
  const projects = summaryOrder(programme.projects);
  const sections = projects.flatMap((project) => {
    const own = updates.filter((u) => u.projects.some((p) => p.id === project.id)).reverse();
    if (own.length === 0) return [];
    const items = own.map((update) => {
      const change = update.changes.find((c) => c.project.id === project.id);
      const what = change ? t('list.parens', { text: describeChange(change, t, fmt) }) : '';
      return `${fmt.date(update.data.date)} ${t(`kind.${update.data.kind}`)}${t('list.colon')}${update.data.title}${what}`;
    });
    return [{ heading: project.data.title, items }];
  });
  return {
    title: t('range.title', { programme: programme.data.title, since: fmt.date(since), until: fmt.date(until) }),
    intro: [t('range.intro', { since: fmt.date(since), until: fmt.date(until), count: updates.length, projects: sections.length })],
    header: [t('table.project'), t('table.lead'), t('range.at', { date: fmt.date(since) }), t('range.at', { date: fmt.date(until) }), t('table.plannedEnd')],
    rows: projects.map((project) => [
      project.data.title,
      project.data.leadDepartment,
      stateText(before.projectById.get(project.id)),
      stateText(project),
      project.data.plannedEnd ? fmt.date(project.data.plannedEnd) : t('summary.noDue'),
    ]),
    updatesHeading: t('range.updates'),
    sections,
  };
}

/** Text as Markdown reads it literally: a title with `*` or `|` stays a title. */
const markdownText = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

export function rangeMarkdown(doc: RangeDocument): string {
  const row = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  return [
    `# ${markdownText(doc.title)}`,
    '',
    ...doc.intro.map(markdownText),
    '',
    row(doc.header),
    `|${doc.header.map(() => ' --- |').join('')}`,
    ...doc.rows.map(row),
    ...(doc.sections.length > 0 ? ['', `## ${markdownText(doc.updatesHeading)}`] : []),
    ...doc.sections.flatMap((section) => ['', `### ${markdownText(section.heading)}`, '', ...section.items.map((item) => `- ${markdownText(item)}`)]),
    '',
  ].join('\n');
}


export function rangeHtml(doc: RangeDocument, lang: string): string {
  const cells = (tag: 'th' | 'td', values: readonly string[]) => values.map((v) => `<${tag}>${escapeXml(v)}</${tag}>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${escapeXml(lang)}">`,
    `<head><meta charset="utf-8"><title>${escapeXml(doc.title)}</title>`,
    '<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}thead{display:table-header-group}tr{break-inside:avoid}</style></head>',
    '<body>',
    `<h1>${escapeXml(doc.title)}</h1>`,
    ...doc.intro.map((line) => `<p>${escapeXml(line)}</p>`),
    `<table><thead><tr>${cells('th', doc.header)}</tr></thead><tbody>`,
    ...doc.rows.map((r) => `<tr>${cells('td', r)}</tr>`),
    '</tbody></table>',
    ...(doc.sections.length > 0 ? [`<h2>${escapeXml(doc.updatesHeading)}</h2>`] : []),
    ...doc.sections.flatMap((section) => [`<h3>${escapeXml(section.heading)}</h3>`, '<ul>', ...section.items.map((item) => `<li>${escapeXml(item)}</li>`), '</ul>']),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
