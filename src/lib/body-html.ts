/**
 * What the body of an entry may hold as HTML: the elements and attributes a report needs,
 * and links and pictures on the web or beside the page. One allow-list serves the pages
 * (`.md` through Sätteri, `.mdx` through rehype), the feeds (they carry the HTML the pages
 * render) and the checker, which reports whatever a body holds beyond it, so that nothing
 * is left out without the press office learning why.
 *
 * A `<meta http-equiv="refresh">` would send every reader to another site, a script or an
 * `onclick` would run in the reader's browser; the content security policy stops scripts,
 * not navigation, and a feed reader may apply no policy at all.
 */
import { WEB_SCHEMES } from '../schemas/common.ts';

/** Any text; a web address (see {@link isAllowedUrl}); a whole number; or one of some words. */
type AttributeRule = 'text' | 'url' | 'number' | readonly string[] | RegExp;
type ElementRule = Readonly<Record<string, AttributeRule>>;

/** Ids Markdown gives footnotes and their references: prefixed, so that they never clash with the page's own. */
const FOOTNOTE_ID = /^user-content-fn/;
const HEADING: ElementRule = { id: 'text' };
const CELL: ElementRule = { colspan: 'number', rowspan: 'number', align: ['left', 'center', 'right'] };

/** Attributes every allowed element may carry. */
const GLOBAL: ElementRule = { title: 'text' };

/**
 * The elements a body may hold, each with the attributes it may carry besides {@link GLOBAL}.
 * Classes, `aria-*`, `data-footnote*` and the checkbox are what Markdown itself writes for
 * footnotes and task lists.
 */
const BODY_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  h1: HEADING,
  h2: { ...HEADING, class: ['sr-only'] },
  h3: HEADING,
  h4: HEADING,
  h5: HEADING,
  h6: HEADING,
  p: {},
  br: {},
  hr: {},
  blockquote: {},
  pre: {},
  code: {},
  em: {},
  strong: {},
  del: {},
  sup: {},
  sub: {},
  ul: { class: ['contains-task-list'] },
  ol: { start: 'number', class: ['contains-task-list'] },
  li: { id: FOOTNOTE_ID, class: ['task-list-item'] },
  input: { type: ['checkbox'], checked: 'text', disabled: 'text' },
  table: {},
  caption: {},
  thead: {},
  tbody: {},
  tfoot: {},
  tr: {},
  th: CELL,
  td: CELL,
  a: { href: 'url', id: FOOTNOTE_ID, class: ['data-footnote-backref'], 'aria-describedby': ['footnote-label'], 'aria-label': 'text', 'data-footnote-ref': 'text', 'data-footnote-backref': 'text' },
  img: { src: 'url', alt: 'text', width: 'number', height: 'number' },
  figure: {},
  figcaption: {},
  section: { class: ['footnotes'], 'data-footnotes': 'text' },
};

/** Attributes an element must carry with this value to be allowed at all: an `<input>` is only ever a checkbox. */
const REQUIRED: Readonly<Record<string, readonly [attribute: string, value: string]>> = { input: ['type', 'checkbox'] };

/** Elements whose content is no text of the report: they go with everything in them. Other elements leave their content. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'textarea',
  'select', 'title', 'head', 'xmp', 'noembed', 'noframes', 'plaintext', 'svg', 'math', 'canvas',
]);

/** The allowed elements, for messages. */
export const ALLOWED_ELEMENTS = Object.keys(BODY_ELEMENTS).map((element) => (REQUIRED[element] ? `${element} ${REQUIRED[element][0]}="${REQUIRED[element][1]}"` : element));

/** The attributes an element may carry, for messages: `href`, `class="footnotes"`, `id="user-content-fn…"`. */
export function allowedAttributes(element: string): string[] {
  return Object.entries({ ...BODY_ELEMENTS[element], ...GLOBAL }).map(([name, rule]) => {
    if (Array.isArray(rule)) return `${name}="${rule.join('|')}"`;
    if (rule instanceof RegExp) return `${name}="${rule.source.replace(/^\^/, '')}…"`;
    return name;
  });
}

/**
 * True for an address a link or picture may have: `https:`, `http:`, `mailto:` or no scheme
 * at all (relative). Browsers drop tabs and line breaks anywhere in an address and spaces
 * and control characters before it, so `java\tscript:` is judged as `javascript:`.
 */
export function isAllowedUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || (WEB_SCHEMES as readonly string[]).includes(scheme);
}

/** The HTML name of a hast property: `className` → `class`, `ariaDescribedBy` → `aria-describedby`, `onClick` → `onclick`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/** An attribute value written as an expression (`href={link}`) in MDX: it cannot be judged before it runs. */
const EXPRESSION = Symbol('expression');

/** The words of a value: hast keeps `class` as a list, and booleans and numbers as such. */
function words(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value).trim().split(/\s+/).filter((word) => word !== '');
}

function attributeAllowed(rule: AttributeRule, value: unknown): boolean {
  if (value === EXPRESSION) return rule === 'text';
  if (rule === 'text') return true;
  if (rule === 'url') return typeof value === 'string' && isAllowedUrl(value);
  if (rule === 'number') return /^\d{1,4}$/.test(String(value));
  if (rule instanceof RegExp) return typeof value === 'string' && rule.test(value);
  return words(value).every((word) => rule.includes(word.toLowerCase()));
}

/** One thing a body holds beyond the allow-list: an element, or an attribute of an allowed element (with its address, when that is what is wrong). */
export interface Finding {
  element: string;
  attribute?: string;
  url?: string;
}

/**
 * What one element holds beyond the allow-list: the element itself (its attributes are not
 * looked at then), or each attribute it may not carry. Attribute names are HTML names.
 */
export function elementFindings(tagName: string, attributes: Iterable<readonly [name: string, value: unknown]>): Finding[] {
  const element = tagName.toLowerCase();
  const rules = BODY_ELEMENTS[element];
  if (!rules) return [{ element }];
  const findings: Finding[] = [];
  const given = new Map<string, unknown>();
  for (const [name, value] of attributes) {
    const attribute = name.toLowerCase();
    given.set(attribute, value);
    const rule = rules[attribute] ?? GLOBAL[attribute];
    if (rule !== undefined && attributeAllowed(rule, value)) continue;
    findings.push(rule === 'url' ? { element, attribute, url: typeof value === 'string' ? value : '{…}' } : { element, attribute });
  }
  const required = REQUIRED[element];
  if (required && String(given.get(required[0]) ?? '').toLowerCase() !== required[1]) return [{ element }];
  return findings;
}

/** The properties of a hast element as HTML attributes (null and false are absent). */
function hastAttributes(properties: Readonly<Record<string, unknown>> | undefined): [string, unknown][] {
  return Object.entries(properties ?? {})
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([property, value]) => [attributeName(property), value]);
}

/** The findings of a hast element (as hast-util-from-html, Sätteri or rehype give it). */
export function hastFindings(node: { tagName: string; properties?: Readonly<Record<string, unknown>> | undefined }): Finding[] {
  return elementFindings(node.tagName, hastAttributes(node.properties));
}

interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: MdxAttribute[];
  children?: HastLike[];
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The element with only what it may hold, or what stays of it (its cleaned content, or nothing). */
function sanitizeElement<N extends HastLike>(findings: readonly Finding[], children: () => N[], keep: (bad: ReadonlySet<string>) => N): N[] {
  const element = findings.find((f) => f.attribute === undefined);
  if (element) return DROPPED_WITH_CONTENT.has(element.element) ? [] : children();
  return [keep(new Set(findings.map((f) => f.attribute!)))];
}

/**
 * How deep HTML may nest to be cleaned (deeper is left out whole), and how deep cleaned HTML
 * may go back into a Sätteri tree, which refuses new content nested deeper than 128 levels
 * (and the page with it). No report comes near either.
 */
const MAX_DEPTH = 500;
const SATTERI_MAX_DEPTH = 100;

/**
 * A hast tree with only what the allow-list permits: other elements are replaced by their
 * cleaned content (or dropped with it, see {@link DROPPED_WITH_CONTENT}), attributes not
 * allowed are removed, comments and raw HTML are dropped. `other` handles node types of
 * MDX; without it they are kept.
 */
function sanitizeNodes<N extends HastLike>(nodes: readonly N[], other?: (node: N, clean: (nodes: readonly N[]) => N[]) => N[]): N[] {
  let depth = 0;
  const clean = (list: readonly N[]): N[] => {
    // Far deeper than any report, and well within the stack: deeper HTML is refused whole (see sanitizedOrNothing).
    if (++depth > MAX_DEPTH) throw new RangeError(`HTML nested deeper than ${MAX_DEPTH} levels`);
    const cleaned = list.flatMap((node) => sanitizeNode(node));
    depth--;
    return cleaned;
  };
  const sanitizeNode = (node: N): N[] => {
    switch (node.type) {
      case 'text':
        return [node];
      case 'comment':
      case 'doctype':
      case 'raw':
        return [];
      case 'root':
        return [{ ...node, children: clean((node.children ?? []) as N[]) }];
      case 'element': {
        const children = () => clean((node.children ?? []) as N[]);
        return sanitizeElement(hastFindings(node as { tagName: string }), children, (bad) => ({
          ...node,
          properties: Object.fromEntries(Object.entries(node.properties ?? {}).filter(([property]) => !bad.has(attributeName(property)))),
          children: children(),
        }));
      }
      default:
        return other ? other(node, clean) : [{ ...node, ...(node.children ? { children: clean(node.children as N[]) } : {}) }];
    }
  };
  return clean(nodes);
}

/** The attributes of an MDX element as HTML attributes; a spread (`{...props}`) has no name and is never allowed. */
export function mdxAttributes(attributes: readonly MdxAttribute[] | undefined): [string, unknown][] {
  return (attributes ?? []).map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) return ['{…}', EXPRESSION] as [string, unknown];
    const value = attribute.value;
    if (value === null || value === undefined) return [attribute.name, ''];
    return [attribute.name, typeof value === 'string' ? value : EXPRESSION];
  });
}

/** True for a JSX name of HTML (`<a>`, `<meta>`, `<svg:a>`); components are capitalised (`<StatusChart>`) or members (`<x.Y>`). */
export function isHtmlJsxName(name: string | null | undefined): name is string {
  return typeof name === 'string' && !/^[A-Z]/.test(name) && !name.includes('.');
}

/**
 * {@link sanitizeNodes}, or nothing at all for HTML nested too deep to walk (thousands of
 * levels, which no report has): what cannot be cleaned is left out, never passed on.
 */
function sanitizedOrNothing<N extends HastLike>(nodes: readonly N[], other?: Parameters<typeof sanitizeNodes<N>>[1]): N[] {
  try {
    return sanitizeNodes(nodes, other);
  } catch (error) {
    if (error instanceof RangeError) return [];
    throw error;
  }
}

/** MDX's own nodes: HTML written as JSX is judged like any element; components, fragments and expressions stay. */
function sanitizeMdxNode<N extends HastLike>(node: N, clean: (nodes: readonly N[]) => N[]): N[] {
  const children = () => clean((node.children ?? []) as N[]);
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isHtmlJsxName(node.name)) {
    const attributes = mdxAttributes(node.attributes);
    return sanitizeElement(elementFindings(node.name, attributes), children, (bad) => ({
      ...node,
      attributes: (node.attributes ?? []).filter((_, i) => !bad.has(attributes[i]![0].toLowerCase())),
      children: children(),
    }));
  }
  return [node.children ? { ...node, children: children() } : node];
}

/** The rehype plugin of `.mdx` bodies (programme reports): see {@link sanitizeNodes}. */
export function rehypeBodyAllowList() {
  return (tree: HastLike): void => {
    tree.children = sanitizedOrNothing(tree.children ?? [], sanitizeMdxNode);
  };
}

/** How deep nodes nest, counted without recursion. */
function depthOf(nodes: readonly HastLike[]): number {
  let deepest = 0;
  const stack: [HastLike, number][] = nodes.map((node) => [node, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

interface SatteriContext {
  replaceNode(node: unknown, replacement: unknown): void;
  removeNode(node: unknown): void;
  parent(node: unknown): object | undefined;
  indexOf(node: unknown): number | undefined;
}

/**
 * The Sätteri hast plugin of `.md` bodies (with `features.rawHtml`, so that raw HTML is
 * parsed into elements first). It visits every element but changes only those the
 * allow-list refuses: such an element is replaced at once by its cleaned copy, so the
 * elements inside it are left alone. Sätteri gives a visited node and the same node met
 * as a parent as different objects, but one object per parent, so a replaced element is
 * remembered as the position it held in its parent.
 */
export function satteriBodyAllowList() {
  const replaced = new WeakMap<object, Set<number>>();
  const isReplaced = (node: object, ctx: SatteriContext): boolean => {
    const parent = ctx.parent(node);
    return parent !== undefined && replaced.get(parent)?.has(ctx.indexOf(node)!) === true;
  };
  // Whether a parent, or a parent of it, was replaced: remembered per parent, and worked out
  // without recursion, so that thousands of nested elements cost one step each.
  const withinReplaced = new WeakMap<object, boolean>();
  const insideReplaced = (node: object, ctx: SatteriContext): boolean => {
    const unknown: object[] = [];
    let up = ctx.parent(node);
    while (up !== undefined && !withinReplaced.has(up)) {
      unknown.push(up);
      up = ctx.parent(up);
    }
    let inside = up !== undefined && withinReplaced.get(up) === true;
    for (const ancestor of unknown.reverse()) {
      inside = inside || isReplaced(ancestor, ctx);
      withinReplaced.set(ancestor, inside);
    }
    return inside;
  };
  return {
    name: 'minsheng-body-allow-list',
    element: {
      filter: [] as string[],
      visit(node: HastLike & { tagName: string }, ctx: SatteriContext) {
        if (hastFindings(node).length === 0 || insideReplaced(node, ctx)) return;
        const parent = ctx.parent(node);
        if (parent) replaced.set(parent, (replaced.get(parent) ?? new Set()).add(ctx.indexOf(node)!));
        const clean = sanitizedOrNothing([node]);
        ctx.replaceNode(node, depthOf(clean) <= SATTERI_MAX_DEPTH ? clean : []);
      },
    },
    comment(node: HastLike, ctx: SatteriContext) {
      if (!insideReplaced(node, ctx)) ctx.removeNode(node);
    },
    raw(node: HastLike, ctx: SatteriContext) {
      if (!insideReplaced(node, ctx)) ctx.removeNode(node);
    },
  };
}
