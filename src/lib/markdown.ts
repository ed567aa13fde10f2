/**
 * How entry bodies become HTML, declared once: the build renders them with these
 * (src/site/bodies.ts) and astro.config.mjs gives Astro the same, so that a body looks
 * the same wherever Astro itself would render Markdown.
 *
 * Highlighted code would need inline styles, which the content security policy forbids.
 * Bodies keep only the HTML of the allow-list in src/lib/body-html.ts (the checker reports
 * the rest); raw HTML is parsed into elements first so that it is judged as browsers read it.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import { rehypeBodyAllowList, satteriBodyAllowList } from './body-html.ts';

/** `.md` bodies: Astro's own fast native processor, GFM included. */
export const markdownProcessor = satteri({ features: { rawHtml: true }, hastPlugins: [satteriBodyAllowList] });

/** `.mdx` bodies (programme reports): GFM through remark, heading ids as Astro's MDX gives them, the allow-list. */
export const mdxPlugins = { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeHeadingIds, rehypeBodyAllowList] };
