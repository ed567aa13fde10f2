/**
 * What `npm run build` says when it refuses an output folder or waits for another build,
 * in English and Chinese: what was found, what is expected, and that nothing was touched.
 */
import { catalogue, type MessageLang, type Params, type Text } from '../i18n/messages.ts';

const en = {
  'out.isContent': (p) => `--out ${p.out}: this is the content folder; expected a folder of its own for the site, such as dist/. Nothing was written or deleted.`,
  'out.inContent': (p) => `--out ${p.out}: this lies inside the content folder ${p.content}; expected a folder outside it, such as dist/. Nothing was written or deleted.`,
  'out.holdsContent': (p) => `--out ${p.out}: this holds the content folder ${p.content}; expected a folder of its own for the site, such as dist/. Nothing was written or deleted.`,
  'out.isRoot': (p) => `--out ${p.out}: this is the project folder; expected a folder of its own for the site, such as dist/. Nothing was written or deleted.`,
  'out.holdsRoot': (p) => `--out ${p.out}: this holds the project folder ${p.root}; expected a folder of its own for the site, such as dist/. Nothing was written or deleted.`,
  'out.cache': (p) => `--out ${p.out}: this ${p.relation} the build's cache ${p.cache}; expected a folder of its own for the site, such as dist/. Nothing was written or deleted.`,
  'out.notFolder': (p) => `--out ${p.out}: this is a file, not a folder; expected a folder of its own for the site, such as dist/. Nothing was written or deleted.`,
  'out.foreign': (p) =>
    `--out ${p.out}: the folder holds ${p.count} ${Number(p.count) === 1 ? 'file or folder' : 'files or folders'} that no build of the site wrote (${p.names}); expected an empty folder or one this command built. To build beside them, add --out-may-hold-other-files: they are kept, never overwritten or deleted. If they are an earlier build of the site, delete them first. Nothing was written or deleted.`,
  'out.collision': (p) =>
    `--out ${p.out}: ${p.count} ${Number(p.count) === 1 ? 'file' : 'files'} that no build of the site wrote ${Number(p.count) === 1 ? 'stands' : 'stand'} where the site has files of its own (${p.names}); expected them moved away: the build never overwrites them. Build again once they are gone.`,
  'lock.out': (p) =>
    `--out ${p.out}: another build (process ${p.pid}) is writing into this folder; expected one build at a time. Build again when it has finished; if no build is running, delete ${p.lock}. Nothing was written or deleted.`,
  'lock.cacheWait': (p) => `waiting for another build (process ${p.pid}) that uses the cache ${p.cache} …`,
  'lock.projectWait': (p) => `waiting for another build of this installation (process ${p.pid}) to finish: builds share ${p.folder} …`,
  'lock.staleTaken': (p) => `${p.lock} was left by process ${p.pid}, which no longer runs; taken over.`,
} satisfies Record<string, Text>;

const zh = {
  'out.isContent': (p) => `--out ${p.out}：这是内容文件夹；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`,
  'out.inContent': (p) => `--out ${p.out}：位于内容文件夹 ${p.content} 之内；应为内容文件夹之外的文件夹，例如 dist/。没有写入或删除任何文件。`,
  'out.holdsContent': (p) => `--out ${p.out}：其中包含内容文件夹 ${p.content}；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`,
  'out.isRoot': (p) => `--out ${p.out}：这是项目文件夹；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`,
  'out.holdsRoot': (p) => `--out ${p.out}：其中包含项目文件夹 ${p.root}；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`,
  'out.cache': (p) => `--out ${p.out}：${p.relation === 'is' ? '这是' : p.relation === 'lies inside' ? '位于' : '其中包含'}生成缓存 ${p.cache}${p.relation === 'lies inside' ? ' 之内' : ''}；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`,
  'out.notFolder': (p) => `--out ${p.out}：这是一个文件，不是文件夹；应为网站专用的文件夹，例如 dist/。没有写入或删除任何文件。`,
  'out.foreign': (p) =>
    `--out ${p.out}：文件夹中有 ${p.count} 个不是由网站生成写入的文件或文件夹（${p.names}）；应为空文件夹，或此前由本命令生成的文件夹。如要在它们旁边生成，请加 --out-may-hold-other-files：这些文件会保留，不会被覆盖或删除。如果它们是早先生成的网站，请先删除。没有写入或删除任何文件。`,
  'out.collision': (p) => `--out ${p.out}：有 ${p.count} 个不是由网站生成写入的文件占用了网站自身文件的位置（${p.names}）；应先移走它们：生成不会覆盖它们。移走之后请重新生成。`,
  'lock.out': (p) => `--out ${p.out}：另一个生成进程（进程号 ${p.pid}）正在写入这个文件夹；同一时间只能有一个生成。请等它结束后重新生成；如果并没有生成在运行，请删除 ${p.lock}。没有写入或删除任何文件。`,
  'lock.cacheWait': (p) => `正在等待另一个使用缓存 ${p.cache} 的生成进程（进程号 ${p.pid}）结束……`,
  'lock.projectWait': (p) => `正在等待本安装的另一个生成进程（进程号 ${p.pid}）结束：各次生成共用 ${p.folder}……`,
  'lock.staleTaken': (p) => `${p.lock} 由已不在运行的进程 ${p.pid} 留下，已接管。`,
} satisfies Record<string, Text>;

const messages = catalogue({ en, zh }, 'build message');

export type BuildKey = keyof typeof en;

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = messages.texts;

export function say(key: BuildKey, lang: MessageLang, params: Params = {}): string {
  return messages(lang)(key, params);
}

/**
 * A build that refuses to start or to go on, with a message for the user (printed by
 * scripts/build.ts without a stack trace): its output folder is not its own, or taken.
 */
export class BuildRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildRefused';
  }
}
