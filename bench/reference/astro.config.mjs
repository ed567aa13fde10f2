// @ts-check
/**
 * The bare Astro site the benchmark compares minsheng with: one page per project of the
 * generated corpus, nothing else. The benchmark copies this folder into its temporary
 * folder and says where the corpus is and where to write through the environment.
 */
import { defineConfig } from 'astro/config';

for (const name of ['BENCH_REFERENCE_CONTENT', 'BENCH_REFERENCE_OUT', 'BENCH_REFERENCE_CACHE']) {
  if (!process.env[name]) throw new Error(`${name} is not set: the reference site is built by \`npm run bench\`, which sets it.`);
}

export default defineConfig({
  outDir: process.env.BENCH_REFERENCE_OUT,
  cacheDir: process.env.BENCH_REFERENCE_CACHE,
  // The same URL shape and file layout as minsheng, so that the two write alike.
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
