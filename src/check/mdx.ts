/**
 * Bodies. MDX bodies compile as code, so a stray "{" or "<" is a syntax error; and the
 * components they use must exist with valid props (a report's `<StatusChart year={2021} />`
 * for a year with no programme would otherwise fail deep inside the build). In every body,
 * HTML and link addresses beyond the allow-list of src/lib/body-html.ts are errors: the
 * pages leave them out, and the press office should learn that and why.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { htmlToHast, markdownToMdast } from 'satteri';
import { MDX_COMPONENTS, type PropKind } from '../components/mdx/spec.ts';
import { ALLOWED_ELEMENTS, allowedAttributes, elementFindings, hastFindings, isAllowedUrl, isHtmlJsxName, mdxAttributes, type Finding } from '../lib/body-html.ts';
import type { CheckKey } from './messages.ts';
import type { Problem } from './problem.ts';
import type { ComponentUse, SourceFile } from './read.ts';

/** The ids a prop may name, by kind. */
export type KnownIds = Record<'programme' | 'project' | 'district' | 'theme', ReadonlySet<string>>;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number } };
  /** The address of a link, picture or link definition. */
  url?: string;
  /** The text of raw HTML in Markdown. */
  value?: string;
}

interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** A prop's value when it is a literal: `"text"`, `{2022}`, `{"text"}`. Expressions are not evaluated. */
function literal(value: JsxAttribute['value']): { ok: true; value: string | number } | { ok: false; text: string } {
  if (typeof value === 'string') return { ok: true, value };
  if (value && value.type === 'mdxJsxAttributeValueExpression') {
    const text = value.value.trim();
    if (/^-?\d+(?:\.\d+)?$/.test(text)) return { ok: true, value: Number(text) };
    if (/^(["']).*\1$/.test(text)) return { ok: true, value: text.slice(1, -1) };
    return { ok: false, text: `{${text}}` };
  }
  return { ok: false, text: 'true' };
}

function* jsxElements(node: Node): Generator<Node> {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) yield node;
  for (const child of node.children ?? []) yield* jsxElements(child);
}

const EXAMPLES: Record<PropKind, string> = { programme: '{2022}', project: '"2022/my-project"', district: '"pinghu"', theme: '"jiankang"', text: '"…"', number: '{15}' };

type BodyReport = (line: number | undefined, key: CheckKey, params: Record<string, string | number>) => void;

function bodyReporter(file: SourceFile, problems: Problem[]): BodyReport {
  const at = (line: number | undefined) => (line === undefined ? file.bodyLine : file.bodyLine + line - 1);
  return (line, key, params) => problems.push({ severity: 'error', file: file.path, line: at(line), field: 'body', message: { key, params } });
}

/** Every node of a tree, parents first; iterative, so that a deeply nested body cannot exhaust the stack. */
function* nodesOf<T extends { children?: T[] }>(root: T): Generator<T> {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function reportFinding(finding: Finding, line: number | undefined, report: BodyReport): void {
  const { element, attribute, url } = finding;
  if (attribute === undefined) report(line, 'body.element', { found: element, expected: ALLOWED_ELEMENTS.join(', ') });
  else if (url !== undefined) report(line, 'body.url', { found: url.length > 60 ? `${url.slice(0, 57)}…` : url });
  else report(line, 'body.attribute', { element, found: attribute, expected: allowedAttributes(element).join(', ') });
}

/**
 * The elements of a piece of raw HTML in Markdown beyond the allow-list, each on the line of
 * its tag (or of its attribute), and each finding once per line: a thousand nested `<div>`
 * make one problem, not a thousand.
 */
function reportRawHtml(node: Node, report: BodyReport): void {
  const text = node.value ?? '';
  const lower = text.toLowerCase();
  const start = node.position?.start.line ?? 1;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  /** 1-based line of an offset in `text`, by the index of line starts: read.ts's `lineAt` counts from the start each time, too slow for a blob of thousands of tags. */
  const lineOfOffset = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const reported = new Set<string>();
  let cursor = 0;
  for (const element of nodesOf(htmlToHast(text, { fragment: true }) as HtmlNode)) {
    if (element.type !== 'element' || element.tagName === undefined) continue;
    const findings = hastFindings({ tagName: element.tagName, properties: element.properties });
    if (findings.length === 0) continue;
    // Tags come in the order of the text: each is looked for after the one before.
    const tag = lower.indexOf(`<${element.tagName}`, cursor);
    if (tag !== -1) cursor = tag + 1;
    for (const finding of findings) {
      const attribute = finding.attribute === undefined || tag === -1 ? -1 : lower.indexOf(finding.attribute, tag);
      const line = start + lineOfOffset(attribute !== -1 ? attribute : Math.max(tag, 0)) - 1;
      const key = `${line} ${finding.element} ${finding.attribute ?? ''} ${finding.url ?? ''}`;
      if (reported.has(key)) continue;
      reported.add(key);
      reportFinding(finding, line, report);
    }
  }
}

/** Addresses of links, pictures and link definitions, and HTML, in the Markdown tree of a body (MDX or not). */
function reportBodyHtml(tree: Node, report: BodyReport): void {
  for (const node of nodesOf(tree)) {
    const line = node.position?.start.line;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined && !isAllowedUrl(node.url)) {
      reportFinding({ element: node.type === 'image' ? 'img' : 'a', attribute: node.type === 'image' ? 'src' : 'href', url: node.url }, line, report);
    } else if (node.type === 'html') {
      reportRawHtml(node, report);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isHtmlJsxName(node.name)) {
      for (const finding of elementFindings(node.name, mdxAttributes(node.attributes))) reportFinding(finding, line, report);
    }
  }
}

/** The checks of a body: HTML and addresses in every Markdown body, and MDX's syntax and components in `.mdx`. */
export async function checkBody(file: SourceFile, known: KnownIds, problems: Problem[]): Promise<void> {
  if (file.body === undefined) return;
  // Raw HTML needs a "<", and an address with a scheme a ":" (written out or as a character reference, "&#58;"):
  // most bodies have neither and need no parse.
  if (file.format === 'md' && /[<:&]/.test(file.body)) reportBodyHtml(markdownToMdast(file.body, { features: { gfm: true } }) as Node, bodyReporter(file, problems));
  else if (file.format === 'mdx') await checkMdx(file, known, problems);
}

async function checkMdx(file: SourceFile, known: KnownIds, problems: Problem[]): Promise<void> {
  if (file.body === undefined) return;
  const report = bodyReporter(file, problems);
  let tree: Node;
  try {
    tree = processor.parse(file.body) as Node;
    await processor.run(tree as never);
  } catch (error) {
    const message = error as { line?: number; reason?: string; message: string; place?: { line?: number; start?: { line?: number } } };
    report(message.line ?? message.place?.start?.line ?? message.place?.line, 'parse.mdx', { detail: message.reason ?? message.message });
    return;
  }
  reportBodyHtml(tree, report);
  const uses: ComponentUse[] = [];
  for (const element of jsxElements(tree)) {
    const name = element.name!;
    const line = element.position?.start.line;
    // Lower-case names are HTML elements, which MDX passes through.
    if (!/^[A-Z]/.test(name)) continue;
    const spec = MDX_COMPONENTS[name];
    if (!spec) {
      report(line, 'mdx.unknownComponent', { found: name, expected: Object.keys(MDX_COMPONENTS).join(', ') });
      continue;
    }
    const given = new Map((element.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute').map((a) => [a.name!, a.value]));
    for (const prop of given.keys()) {
      if (!spec[prop]) report(line, 'mdx.unknownProp', { component: name, prop, expected: Object.keys(spec).join(', ') });
    }
    const props: Record<string, string | number> = {};
    for (const [prop, value] of given) {
      const read = literal(value);
      if (read.ok) props[prop] = read.value;
    }
    uses.push({ name, props });
    for (const [prop, { kind, required }] of Object.entries(spec)) {
      if (!given.has(prop)) {
        if (required) report(line, 'mdx.missingProp', { component: name, prop, example: `${prop}=${EXAMPLES[kind]}` });
        continue;
      }
      const value = literal(given.get(prop));
      const params = { component: name, prop, example: `${prop}=${EXAMPLES[kind]}` };
      if (!value.ok) {
        report(line, 'mdx.propLiteral', { ...params, found: value.text });
      } else if (kind === 'number' || kind === 'programme') {
        if (typeof value.value !== 'number') report(line, 'mdx.propNumber', { ...params, found: JSON.stringify(value.value) });
        else if (kind === 'programme' && !known.programme.has(String(value.value))) report(line, 'mdx.propRef', { ...params, found: String(value.value), kind: 'programme', folder: 'content/programmes/' });
      } else if (kind !== 'text' && !known[kind].has(String(value.value))) {
        report(line, 'mdx.propRef', { ...params, found: String(value.value), kind, folder: `content/${kind === 'district' ? 'districts' : `${kind}s`}/` });
      }
    }
  }
  // What the report draws, for the pages that show it (src/site/report.ts).
  file.uses = uses;
}
