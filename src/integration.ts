/**
 * The Astro side of minsheng: the checker runs before Astro reads a single entry (the
 * build refuses content the checker rejects; `astro dev` shows the problems and goes
 * on), and pictures referenced by entries are copied beside the pages.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem, formatSummary, messageLang } from './check/index.ts';
import { MEDIA_PREFIX, PREVIEW_ENV } from './config.ts';
import { buildDate } from './model/dates.ts';

/** The site's time zone, read leniently: the checker reports a broken site.json itself. */
export function siteTimeZone(contentDir: string): string {
  try {
    const site = JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')) as { timeZone?: string };
    return site.timeZone ?? 'Asia/Shanghai';
  } catch {
    return 'Asia/Shanghai';
  }
}

export function siteDefaultLocale(contentDir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')) as { defaultLocale?: string }).defaultLocale;
  } catch {
    return undefined;
  }
}

export class ContentError extends Error {
  constructor(summary: string) {
    super(summary);
    this.name = 'ContentError';
  }
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml' };

export default function minsheng(options: { contentDir: string }): AstroIntegration {
  const { contentDir } = options;
  let imagePaths: string[] = [];
  return {
    name: 'minsheng',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        process.env[PREVIEW_ENV] = command === 'dev' ? '1' : '';
        if (command !== 'build' && command !== 'dev') return;
        const lang = messageLang(siteDefaultLocale(contentDir), process.env.MINSHENG_LANG);
        const result = await checkContent({ contentDir, today: buildDate(process.env, siteTimeZone(contentDir)), lang });
        for (const problem of result.problems) {
          const line = formatProblem(problem, lang);
          if (problem.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        const summary = formatSummary(result, lang);
        if (result.errors > 0 && command === 'build') throw new ContentError(summary);
        logger.info(summary);
        imagePaths = result.content.projects.flatMap((p) => (p.data.images ?? []).map((image) => join(dirname(p.file.absolutePath), image.src)));
      },
      'astro:server:setup': ({ server }) => {
        // Serve pictures straight from content/ while previewing.
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(MEDIA_PREFIX)) return next();
          const path = normalize(join(contentDir, decodeURIComponent(req.url.slice(MEDIA_PREFIX.length).split('?')[0]!)));
          if (!path.startsWith(contentDir) || !existsSync(path) || !statSync(path).isFile()) return next();
          res.setHeader('Content-Type', MIME[extname(path).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(path).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const source of new Set(imagePaths)) {
          const target = join(out, MEDIA_PREFIX, relative(contentDir, source));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(source, target);
        }
      },
    },
  };
}
