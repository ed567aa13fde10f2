/**
 * Entry bodies, rendered once each. Page data refers to a body by the hash of its text
 * (so that a page's fingerprint changes exactly when a body it shows does); the text is
 * registered here when the reference is made, and rendered at most once per process:
 * `.md` through the Markdown processor Astro is configured with, `.mdx` evaluated into a
 * component that draws the report components (src/components/mdx/).
 */
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'astro/jsx-runtime';
import { markdownProcessor, mdxPlugins } from '../lib/markdown.ts';
import { imageUrl } from '../lib/media.ts';
import { escapeXml, unescapeXml } from '../lib/xml.ts';

export interface BodyRef {
  format: 'md' | 'mdx';
  /** Hash of the body's text: the page data holds this rather than the text. */
  hash: string;
}

const KEY = Symbol.for('minsheng.bodies');
/** Shared by every copy of this module in the process (see src/site/content.ts). */
const held = ((globalThis as { [KEY]?: Map<string, { format: BodyRef['format']; text: string; base: string; rendered?: Promise<unknown> }> })[KEY] ??= new Map());

/**
 * A reference to an entry's body, or undefined when it has none. Astro trims a body before
 * rendering it, and so does this: surrounding blank lines change nothing on the page.
 */
export function bodyRef(entry: { body?: string | undefined; format?: string | undefined; filePath?: string | undefined }): BodyRef | undefined {
  const text = entry.body?.trim();
  if (!text) return undefined;
  const format = entry.format === 'mdx' ? 'mdx' : 'md';
  // Pictures beside the entry are published under /media/ at the entry's path below content/.
  const base = entry.filePath ? `${dirname(imageUrl(entry.filePath, 'x'))}/` : '/';
  const hash = createHash('sha1').update(format).update('\0').update(base).update('\0').update(text).digest('base64url');
  if (!held.has(hash)) held.set(hash, { format, text, base });
  return { format, hash };
}

function bodyOf(ref: BodyRef) {
  const body = held.get(ref.hash);
  if (!body) throw new Error(`No body with hash ${ref.hash} was registered: page data must come from bodyRef().`);
  return body;
}

let renderer: ReturnType<typeof markdownProcessor.createRenderer> | undefined;

/** The HTML of a Markdown body. */
export function markdownHtml(ref: BodyRef): Promise<string> {
  const body = bodyOf(ref);
  body.rendered ??= (async () => {
    renderer ??= markdownProcessor.createRenderer({ syntaxHighlight: false });
    return plainImages((await (await renderer).render(body.text)).code, body.base);
  })();
  return body.rendered as Promise<string>;
}

/**
 * Pictures beside the entry. The processor marks them for Astro's image pipeline, which
 * runs only inside its content layer; here each becomes a plain picture at its address
 * under `/media/` (`base`: the entry's folder there), where the build copies the file.
 */
function plainImages(html: string, base: string): string {
  return html.replace(/<img __ASTRO_IMAGE_="([^"]*)">/g, (_whole, json: string) => {
    const { src, alt, title } = JSON.parse(unescapeXml(json)) as { src: string; alt?: string; title?: string };
    const published = new URL(src, `https://site.invalid${base}`).pathname;
    return `<img src="${escapeXml(published)}" alt="${escapeXml(alt ?? '')}"${title ? ` title="${escapeXml(title)}"` : ''}>`;
  });
}

/** An MDX body as a component; rendered with the report components as its `components`. */
export function mdxComponent(ref: BodyRef): Promise<(props: Record<string, unknown>) => unknown> {
  const body = bodyOf(ref);
  body.rendered ??= (async () => {
    const { default: Content } = await evaluate(body.text, { ...(runtime as object), ...mdxPlugins, development: false } as Parameters<typeof evaluate>[1]);
    // Astro renders a function component through the MDX renderer when it carries this mark.
    (Content as unknown as Record<symbol, boolean>)[Symbol.for('mdx-component')] = true;
    return Content;
  })();
  return body.rendered as Promise<(props: Record<string, unknown>) => unknown>;
}
