/**
 * MDX bodies: they compile as code, so a stray "{" or "<" is a syntax error; and the
 * components they use must exist with valid props (a report's `<StatusChart year={2021} />`
 * for a year with no programme would otherwise fail deep inside the build).
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { MDX_COMPONENTS, type PropKind } from '../components/mdx/spec.ts';
import type { Problem } from './problem.ts';
import type { SourceFile } from './read.ts';

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

export async function checkMdx(file: SourceFile, known: KnownIds, problems: Problem[]): Promise<void> {
  if (file.format !== 'mdx' || file.body === undefined) return;
  const at = (line: number | undefined) => (line === undefined ? file.bodyLine : file.bodyLine + line - 1);
  const report = (line: number | undefined, key: string, params: Record<string, string | number>) =>
    problems.push({ severity: 'error', file: file.path, line: at(line), field: 'body', message: { key, params } });
  let tree: Node;
  try {
    tree = processor.parse(file.body) as Node;
    await processor.run(tree as never);
  } catch (error) {
    const message = error as { line?: number; reason?: string; message: string; place?: { line?: number; start?: { line?: number } } };
    report(message.line ?? message.place?.start?.line ?? message.place?.line, 'parse.mdx', { detail: message.reason ?? message.message });
    return;
  }
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
}
