// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { cacheDir, contentDir, outDir } from './src/config.ts';
import minsheng from './src/integration.ts';
import { rehypeBodyAllowList, satteriBodyAllowList } from './src/lib/body-html.ts';

export default defineConfig({
  outDir: outDir(),
  cacheDir: cacheDir(),
  // Pages are folders (`/2022/` → `2022/index.html`), the URL scheme of interfaces.md.
  trailingSlash: 'always',
  // Stylesheets stay files: cached across pages, and untouched by the script conversion of pages.
  // Several pages at a time: rendering waits on the disk as much as on the processor.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Highlighted code would need inline styles, which the content security policy forbids.
  // Bodies keep only the HTML of the allow-list in src/lib/body-html.ts (the checker reports
  // the rest); raw HTML is parsed into elements first so that it is judged as browsers read it.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [satteriBodyAllowList] }),
  },
  integrations: [
    minsheng({ contentDir: contentDir() }),
    // `.md` stays on Astro's fast native processor; MDX bodies (programme reports) get GFM through remark.
    mdx({ processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeBodyAllowList] }) }),
  ],
  // A content security policy on every page: scripts and styles only from the site itself
  // (with hashes for anything inline), no plugins, no other origins — no CDNs, fonts or analytics.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // A rebuild renders only the pages whose data changed and keeps the others' files, so the
  // output is not emptied first; src/build/incremental.ts removes what is no longer built.
  vite: { build: { emptyOutDir: false } },
  devToolbar: { enabled: false },
});
