/** URLs of pictures: an entry's image keeps its path below `content/`, copied by the integration. */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { contentDir, projectRoot } from '../config.ts';
import { fileUrls } from './urls.ts';

/** `filePath` is the entry's path as Astro reports it (relative to the project root). */
export function imageUrl(filePath: string, src: string): string {
  const absolute = join(dirname(resolve(projectRoot(), filePath)), src);
  return fileUrls.media(relative(contentDir(), absolute).split(sep).map(encodeURIComponent).join('/'));
}
