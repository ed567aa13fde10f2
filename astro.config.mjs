// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { cacheDir, contentDir, outDir } from './src/config.ts';
import minsheng from './src/integration.ts';
import { markdownProcessor, mdxPlugins } from './src/lib/markdown.ts';

export default defineConfig({
  outDir: outDir(),
  cacheDir: cacheDir(),
  // Pages are folders (`/2022/` → `2022/index.html`), the URL scheme of interfaces.md.
  trailingSlash: 'always',
  // Stylesheets stay files: cached across pages, and untouched by the script conversion of pages.
  // Several pages at a time: rendering waits on the disk as much as on the processor.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Entry bodies are rendered by src/site/bodies.ts with the processors of src/lib/markdown.ts;
  // Astro gets the same, and no syntax highlighting (it would need inline styles, which the
  // content security policy forbids).
  markdown: { syntaxHighlight: false, processor: markdownProcessor },
  integrations: [
    minsheng({ contentDir: contentDir() }),
    // Renders the reports (`.mdx` bodies, evaluated by src/site/bodies.ts) with their components.
    mdx({ processor: unified(mdxPlugins) }),
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
