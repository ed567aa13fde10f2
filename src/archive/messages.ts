/** What the archive commands print, in English and Chinese (the frozen rule's texts are the checker's). */
import { catalogue, type MessageLang, type Params } from '../i18n/messages.ts';
import type { Finding, Verification } from './verify.ts';
import { ZipReadError, type ZipProblem } from './zip.ts';
import { binarySize } from '../lib/limits.ts';

/** A folder is checked against the digest of its tag manifest, not of the zip it came in. */
const TAG_MANIFEST = 'tagmanifest-sha256.txt';
const plural = (n: number | string, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;

const messages = catalogue({
  en: {
    'verify.changed': (p) => `changed: ${p.path} (its checksum differs from ${p.manifest})`,
    'verify.unreadable': (p) => `unreadable: ${p.path} (the zip entry cannot be unpacked)`,
    'verify.missing': (p) => `missing: ${p.path} (listed in ${p.manifest})`,
    'verify.extra': (p) => `extra: ${p.path} (not listed in ${p.manifest})`,
    'verify.required': (p) => `missing: ${p.path} (every archive has one)`,
    'verify.malformed': (p) => `malformed: line ${p.line} of ${p.manifest} is not "<checksum>  <path>"`,
    'verify.duplicate': (p) => `listed twice: ${p.path} (lines ${p.first} and ${p.line} of ${p.manifest}; each file is listed once)`,
    'verify.link': (p) => `link: ${p.path} (a symbolic link, not followed; an archive holds files only)`,
    'verify.special': (p) => `not a file: ${p.path} (a device, pipe or socket, not read; an archive holds files only)`,
    'verify.digest': (p) => `sha256 of ${p.subject}: ${p.found || 'none, the file is missing'}, not the ${p.expected} given with --sha256; the archive is not the one published${String(p.subject).endsWith(TAG_MANIFEST) ? ` (for a folder, --sha256 takes the digest of its ${TAG_MANIFEST}, which /archive/ publishes beside the zip's)` : ''}`,
    'verify.oxum': (p) => `Payload-Oxum: bag-info.txt says ${p.stated} (bytes.files), the payload holds ${p.found}`,
    'verify.ok': (p) => `OK: ${plural(p.files!, 'file')}, ${plural(p.bytes!, 'byte')}; every checksum in ${p.manifests} matches.`,
    'verify.failed': (p) => `${plural(p.count!, 'problem')}: the archive is not as it was made.`,
    'verify.which': (p) => `${p.found ? `found ${p.found}` : 'no archive given'}; expected one archive folder, .zip or .wacz: npm run verify-archive -- <archive> [--sha256 <digest>]`,
    'verify.waczUncheckable': (p) => `${p.path} cannot be checked: its datapackage.json is missing, unreadable, or lists no sha256 digests; expected the .wacz written by npm run archive`,
    'verify.notFound': (p) => `${p.path} not found; expected an archive folder (holding bagit.txt) or a .zip file`,
    'verify.badZip': (p) => `${p.path} is not a zip file that can be read (${p.detail}); expected the .zip written by npm run archive`,
    'verify.zipLimit': (p) => `${p.path} is not read: ${p.detail}; expected the .zip written by npm run archive: unpack it with a tool you trust and verify the folder`,
    'verify.folderLimit': (p) => `${p.path} is not read: it holds more than ${p.entries} files or more than ${p.limit}, what verify-archive reads; expected an archive folder written by npm run archive`,
    'verify.badDigest': (p) => `--sha256 ${p.found} is not a SHA-256 digest; expected 64 hexadecimal digits, as /archive/ publishes them`,
    'zip.fileSize': (p) => `the file is ${p.found}, more than the ${p.limit} verify-archive reads`,
    'zip.entries': (p) => `it holds ${p.found} entries, more than the ${p.limit} verify-archive reads`,
    'zip.unpacked': (p) => `it would unpack to more than the ${p.limit} verify-archive reads`,
    'zip.ratio': (p) => `${p.name} would unpack to ${p.found} times its packed size, more than the ${p.limit} times verify-archive accepts`,
    'zip.overlap': (p) => `the entries ${p.other} and ${p.name} share their packed bytes, the mark of a zip bomb`,
    'archive.exists': (p) => `${p.paths} already exist${p.count === 1 ? 's' : ''}; an archive is never replaced unless asked: move ${p.count === 1 ? 'it' : 'them'} away, or run again with --force to replace ${p.count === 1 ? 'it' : 'them'}`,
    'archive.yearNotOver': (p) =>
      `today is ${p.today}, and ${p.year} is not over; archiving freezes the year: its content can no longer change, and its drafts${p.count ? ` (${p.drafts})` : ''} can then only be published as corrections; expected the archive made from ${p.next} on, or --force to archive and freeze ${p.year} now`,
    'archive.noProgramme': (p) => `there is no programme for ${p.year}; expected ${p.expected}`,
    'archive.contentErrors': () => `The content has errors (above); nothing was archived.`,
    'archive.notBag': (p) => `${p.path} exists and is not an archive folder (no bagit.txt); expected an empty place for the archive: move it or choose another --out`,
    'archive.building': (p) => `Building the site of ${p.year} …`,
    'archive.buildFailed': () => `The site could not be built (above); nothing was archived.`,
    'archive.done': (p) => `Archived ${p.year}: ${plural(p.content!, 'content file')}, ${plural(p.pages!, 'page')}.`,
    'archive.bag': (p) => `${p.path}  ${plural(p.files!, 'file')}, ${plural(p.bytes!, 'byte')}  tagmanifest-sha256.txt sha256 ${p.sha256}`,
    'archive.file': (p) => `${p.path}  ${plural(p.bytes!, 'byte')}  sha256 ${p.sha256}`,
    'archive.frozen': (p) => `Froze ${p.year}:`,
    'archive.programmeEdited': (p) => `${p.path}  frozen: true (one line; the rest unchanged)`,
    'archive.programmeKept': (p) => `${p.path}  already frozen, unchanged`,
    'archive.list': (p) => `${p.path}  ${plural(p.files!, 'file')}  sha256 ${p.sha256}`,
    'archive.leftUnpublished': (p) => `Not in the archive, because not published on ${p.today}: ${p.paths}`,
    'archive.leftOutside': (p) => `Not in the archive, because it lists projects of other years or unpublished ones (${p.others}): ${p.path}`,
    'archive.outsideLinks': (p) => `Links that lead outside the archive (kept as they were): ${p.links}`,
    'archive.clock': () => `SOURCE_DATE_EPOCH is not set: the archive is dated by the clock, and a second run will not give the same bytes.`,
  },
  zh: {
    'verify.changed': (p) => `已改动：${p.path}（校验值与 ${p.manifest} 所记不符）`,
    'verify.unreadable': (p) => `无法读取：${p.path}（ZIP 中的这一项无法解压）`,
    'verify.missing': (p) => `缺失：${p.path}（${p.manifest} 中有记录）`,
    'verify.extra': (p) => `多出：${p.path}（${p.manifest} 中没有记录）`,
    'verify.required': (p) => `缺失：${p.path}（每个存档都有此文件）`,
    'verify.malformed': (p) => `格式错误：${p.manifest} 第 ${p.line} 行不是“<校验值>  <路径>”`,
    'verify.duplicate': (p) => `重复记录：${p.path}（${p.manifest} 第 ${p.first} 行和第 ${p.line} 行；每个文件只应记录一次）`,
    'verify.link': (p) => `链接：${p.path}（符号链接，未跟随；存档中只应有文件）`,
    'verify.special': (p) => `不是文件：${p.path}（设备、管道或套接字，未读取；存档中只应有文件）`,
    'verify.digest': (p) => `${p.subject} 的 sha256 为 ${p.found || '无（文件缺失）'}，不是 --sha256 给出的 ${p.expected}；这不是发布的那份存档${String(p.subject).endsWith(TAG_MANIFEST) ? `（核对文件夹时，--sha256 应填其中 ${TAG_MANIFEST} 的校验值，/archive/ 页面在 zip 的校验值旁公布）` : ''}`,
    'verify.oxum': (p) => `Payload-Oxum：bag-info.txt 记为 ${p.stated}（字节数.文件数），实际为 ${p.found}`,
    'verify.ok': (p) => `核对无误：${p.files} 个文件，${p.bytes} 字节，${p.manifests} 中的校验值全部相符。`,
    'verify.failed': (p) => `发现 ${p.count} 处问题：存档与制作时不同。`,
    'verify.which': (p) => `${p.found ? `填写的是 ${p.found}` : '没有指定存档'}；应为一个存档文件夹、.zip 或 .wacz 文件：npm run verify-archive -- <存档> [--sha256 <校验值>]`,
    'verify.waczUncheckable': (p) => `${p.path} 无法核对：其中的 datapackage.json 缺失、无法读取，或没有列出 sha256 校验值；应为 npm run archive 写出的 .wacz`,
    'verify.notFound': (p) => `找不到 ${p.path}；应为存档文件夹（含 bagit.txt）或 .zip 文件`,
    'verify.badZip': (p) => `${p.path} 不是可以读取的 ZIP 文件（${p.detail}）；应为 npm run archive 写出的 .zip`,
    'verify.zipLimit': (p) => `${p.path} 未读取：${p.detail}；应为 npm run archive 写出的 .zip：请用可信的工具解压后核对文件夹`,
    'verify.folderLimit': (p) => `${p.path} 未读取：其中的文件超过 ${p.entries} 个或超过 ${p.limit}，超出 verify-archive 可读取的范围；应为 npm run archive 写出的存档文件夹`,
    'verify.badDigest': (p) => `--sha256 ${p.found} 不是 SHA-256 校验值；应为 64 位十六进制数字，即 /archive/ 页面公布的值`,
    'zip.fileSize': (p) => `文件大小为 ${p.found}，超过 verify-archive 可读取的 ${p.limit}`,
    'zip.entries': (p) => `含有 ${p.found} 项，超过 verify-archive 可读取的 ${p.limit} 项`,
    'zip.unpacked': (p) => `解压后超过 verify-archive 可读取的 ${p.limit}`,
    'zip.ratio': (p) => `${p.name} 解压后是压缩大小的 ${p.found} 倍，超过 verify-archive 接受的 ${p.limit} 倍`,
    'zip.overlap': (p) => `${p.other} 和 ${p.name} 两项共用压缩数据，这是 ZIP 炸弹的特征`,
    'archive.exists': (p) => `${p.paths} 已存在；存档不会在未要求时被替换：请先移走，或加 --force 重新运行以替换`,
    'archive.yearNotOver': (p) =>
      `今天是 ${p.today}，${p.year} 年尚未结束；存档会冻结该年度：此后内容不能再改动，该年度的草稿${p.count ? `（${p.drafts}）` : ''}只能作为更正发布；应在 ${p.next} 之后再存档，或加 --force 现在存档并冻结 ${p.year} 年度`,
    'archive.noProgramme': (p) => `没有 ${p.year} 年度的工程；应有 ${p.expected}`,
    'archive.contentErrors': () => `内容有错误（见上），没有存档。`,
    'archive.notBag': (p) => `${p.path} 已存在且不是存档文件夹（没有 bagit.txt）；存档需要一个空位置：请移走它或另选 --out`,
    'archive.building': (p) => `正在生成 ${p.year} 年度的网站……`,
    'archive.buildFailed': () => `网站无法生成（见上），没有存档。`,
    'archive.done': (p) => `已存档 ${p.year} 年度：${p.content} 个内容文件，${p.pages} 个页面。`,
    'archive.bag': (p) => `${p.path}  ${p.files} 个文件，${p.bytes} 字节  tagmanifest-sha256.txt 的 sha256 ${p.sha256}`,
    'archive.file': (p) => `${p.path}  ${p.bytes} 字节  sha256 ${p.sha256}`,
    'archive.frozen': (p) => `已冻结 ${p.year} 年度：`,
    'archive.programmeEdited': (p) => `${p.path}  frozen: true（只改这一行，其余不变）`,
    'archive.programmeKept': (p) => `${p.path}  早已冻结，未改动`,
    'archive.list': (p) => `${p.path}  ${p.files} 个文件  sha256 ${p.sha256}`,
    'archive.leftUnpublished': (p) => `未收入存档，因为在 ${p.today} 尚未发布：${p.paths}`,
    'archive.leftOutside': (p) => `未收入存档，因为它列出了其他年度或未发布的项目（${p.others}）：${p.path}`,
    'archive.outsideLinks': (p) => `指向存档之外的链接（保持原样）：${p.links}`,
    'archive.clock': () => `没有设置 SOURCE_DATE_EPOCH：存档按当前时间标注日期，再次运行不会得到相同的字节。`,
  },
}, 'archive message');

export type ArchiveKey = Parameters<ReturnType<typeof messages>>[0];

export function say(key: ArchiveKey, lang: MessageLang, params: Params = {}): string {
  return messages(lang)(key, params);
}

/** One line per finding of `verifyBag`. */
export function formatFinding(finding: Finding, lang: MessageLang): string {
  return say(`verify.${finding.kind}`, lang, finding as unknown as Params);
}

/** The last line: all is well, or how many problems. */
export function formatVerification(result: Verification, lang: MessageLang): string {
  if (result.findings.length > 0) return say('verify.failed', lang, { count: result.findings.length });
  return say('verify.ok', lang, { files: result.files, bytes: result.bytes, manifests: result.manifests.join(lang === 'en' ? ' and ' : ' 和 ') });
}

/** Why a zip is not read, for `verify.badZip` (damaged) or `verify.zipLimit` (past a limit). */
export function zipMessage(path: string, problem: ZipProblem, lang: MessageLang): string {
  switch (problem.kind) {
    case 'fileSize':
    case 'entries':
    case 'unpacked': {
      const size = problem.kind !== 'entries';
      const params = { found: size ? binarySize(problem.found) : problem.found, limit: size ? binarySize(problem.limit) : problem.limit };
      return say('verify.zipLimit', lang, { path, detail: say(`zip.${problem.kind}`, lang, params) });
    }
    case 'ratio':
    case 'overlap':
      return say('verify.zipLimit', lang, { path, detail: say(`zip.${problem.kind}`, lang, problem) });
    default:
      return say('verify.badZip', lang, { path, detail: new ZipReadError(problem).message });
  }
}

/** Both catalogues must say the same things: the tests compare their keys. */
export const catalogues = messages.texts;
