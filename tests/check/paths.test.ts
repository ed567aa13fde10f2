/**
 * Every file an entry names stays inside `content/`: pictures and boundaries are refused,
 * with file and field, when they climb out, lead out through a symbolic link, are folders
 * or are not regular files. Links anywhere in the content folder that lead out, lead
 * nowhere or loop are errors naming the link, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath, freezeProgramme, frozenList, frozenListPath, yearFiles } from '../../src/archive/frozen.ts';
import { readContent } from '../../src/check/read.ts';
import { checkLines, checkLinesAfter, EPOCH, ROOT, sandbox, type Sandbox } from '../helpers.ts';

const HOSPITAL = 'projects/2022/xinyiyuan.md';
const PICTURE = 'projects/2022/xinyiyuan.svg';

const linesAfter = checkLinesAfter;

/** Points the hospital's picture at another path. */
const pictureAt = (src: string) => (box: Sandbox) => box.edit(HOSPITAL, (t) => t.replace('src: ./xinyiyuan.svg', `src: ${JSON.stringify(src)}`));

/** Replaces a file of the content with a symbolic link to `target`. */
function linkInPlace(box: Sandbox, path: string, target: string): void {
  unlinkSync(join(box.content, path));
  symlinkSync(target, join(box.content, path));
}

describe('pictures stay inside content/', () => {
  it('refuses a src that climbs out of the content folder, naming where it leads', async () => {
    expect(
      await linesAfter((b) => {
        writeFileSync(join(b.root, 'secret-sibling.txt'), 'not for the site');
        pictureAt('../../../secret-sibling.txt')(b);
      }),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "../../../secret-sibling.txt", which leads to secret-sibling.txt, outside the content folder; expected a file inside content/: copy it in, for example next to the entry',
    ]);
  });

  it('refuses a src that climbs to a system file', async () => {
    const lines = await linesAfter(pictureAt('../../../../../../../../../../etc/passwd'));
    expect(lines).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "../../../../../../../../../../etc/passwd", which leads to /etc/passwd, outside the content folder; expected a file inside content/: copy it in, for example next to the entry',
    ]);
  });

  it('allows a src that climbs but stays inside content/', async () => {
    expect(
      await linesAfter((b) => {
        b.move(PICTURE, 'media/xinyiyuan.svg');
        pictureAt('../../media/xinyiyuan.svg')(b);
      }),
    ).toEqual([]);
  });

  it('refuses a src naming a folder', async () => {
    expect(await linesAfter(pictureAt('../2023'))).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "../2023", which is a folder; expected the path of a file',
    ]);
  });

  it('refuses a picture linked to /etc/hostname, naming the link and the field', async () => {
    expect(await linesAfter((b) => linkInPlace(b, PICTURE, '/etc/hostname'))).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "./xinyiyuan.svg", which leads to /etc/hostname, outside the content folder; expected a file inside content/: copy it in, for example next to the entry',
      'content/projects/2022/xinyiyuan.svg: is a symbolic link to /etc/hostname, outside the content folder; expected the file itself inside content/: copy it in place of the link',
    ]);
  });

  it('allows a picture linked to a file inside content/', async () => {
    expect(
      await linesAfter((b) => {
        b.move(PICTURE, 'media/xinyiyuan.svg');
        symlinkSync('../../media/xinyiyuan.svg', join(b.content, PICTURE));
      }),
    ).toEqual([]);
  });

  it('refuses a picture whose link leads nowhere or loops', async () => {
    expect(
      await linesAfter((b) => {
        linkInPlace(b, PICTURE, 'xinyiyuan-old.svg');
        b.edit(HOSPITAL, (t) => t.replace('credit: 测试 }\n', 'credit: 测试 }\n  - { src: ./a.svg, alt: 环 }\n'));
        symlinkSync('b.svg', join(b.content, 'projects/2022/a.svg'));
        symlinkSync('a.svg', join(b.content, 'projects/2022/b.svg'));
      }),
    ).toEqual([
      'content/projects/2022/a.svg: is a symbolic link that leads back to itself through other links; expected the file itself, or a link to a file inside content/',
      'content/projects/2022/b.svg: is a symbolic link that leads back to itself through other links; expected the file itself, or a link to a file inside content/',
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "./xinyiyuan.svg", a symbolic link that leads nowhere (to a missing file, or round in a loop); expected the path of a file',
      'content/projects/2022/xinyiyuan.md:24: images[1].src: found "./a.svg", a symbolic link that leads nowhere (to a missing file, or round in a loop); expected the path of a file',
      'content/projects/2022/xinyiyuan.svg: is a symbolic link to "xinyiyuan-old.svg", which does not exist; expected the file itself, or a link to a file inside content/',
    ]);
  });

  it('says so in Chinese', async () => {
    expect(await linesAfter((b) => linkInPlace(b, PICTURE, '/etc/hostname'), 'zh')).toEqual([
      'content/projects/2022/xinyiyuan.md:24: images[0].src: 填写的是“./xinyiyuan.svg”，指向内容文件夹之外的 /etc/hostname；应为 content/ 中的文件：请把文件复制进来，例如放在条目旁边',
      'content/projects/2022/xinyiyuan.svg: 是指向内容文件夹之外 /etc/hostname 的符号链接；应为 content/ 中的文件本身：请把文件复制进来，替换这个链接',
    ]);
  });
});

describe('boundaries stay inside content/', () => {
  it('refuses a boundary file linked out of the content folder', async () => {
    expect(
      await linesAfter((b) => {
        writeFileSync(join(b.root, 'outside.geojson'), b.read('geo/dongqu.geojson'));
        linkInPlace(b, 'geo/dongqu.geojson', join(b.root, 'outside.geojson'));
      }),
    ).toEqual([
      'content/districts/dongqu.json:1: geometry: found "dongqu.geojson", which leads to outside.geojson, outside the content folder; expected a file inside content/: copy it in, for example next to the entry',
      'content/geo/dongqu.geojson: is a symbolic link to outside.geojson, outside the content folder; expected the file itself inside content/: copy it in place of the link',
    ]);
  });

  it('refuses a geometry that climbs out of content/geo/ and the content folder', async () => {
    expect(
      await linesAfter((b) => {
        writeFileSync(join(b.root, 'outside.geojson'), b.read('geo/dongqu.geojson'));
        b.edit('districts/dongqu.json', (t) => t.replace('"dongqu.geojson"', '"../../outside.geojson"'));
      }),
    ).toEqual([
      'content/districts/dongqu.json:1: geometry: found "../../outside.geojson", which leads to outside.geojson, outside the content folder; expected a file inside content/: copy it in, for example next to the entry',
    ]);
  });

  it('refuses a geometry naming a folder', async () => {
    expect(
      await linesAfter((b) => {
        mkdirSync(join(b.content, 'geo/dongqu'));
        b.edit('districts/dongqu.json', (t) => t.replace('"dongqu.geojson"', '"dongqu"'));
      }),
    ).toEqual(['content/districts/dongqu.json:1: geometry: found "dongqu", which is a folder; expected the path of a file']);
  });
});

describe('entries stay inside content/', () => {
  it('does not read an entry linked to a file outside the content folder', async () => {
    expect(
      await linesAfter((b) => {
        writeFileSync(join(b.root, 'outside.md'), b.read('updates/2022-12-20-wangong.md'));
        symlinkSync(join(b.root, 'outside.md'), join(b.content, 'updates/2022-12-21-lianjie.md'));
      }),
    ).toEqual([
      'content/updates/2022-12-21-lianjie.md: is a symbolic link to outside.md, outside the content folder; expected the file itself inside content/: copy it in place of the link',
    ]);
  });

  it('reads an entry linked to a file inside the content folder', async () => {
    const box = sandbox();
    try {
      box.move('themes/youxue.json', 'shared/youxue.json');
      symlinkSync('../shared/youxue.json', join(box.content, 'themes/youxue.json'));
      expect(await checkLines(box)).toEqual([]);
    } finally {
      box.dispose();
    }
  });

  it('does not follow a link to a folder, even one inside content/', async () => {
    expect(await linesAfter((b) => symlinkSync('..', join(b.content, 'projects/2024')))).toEqual([
      'content/projects/2024: is a symbolic link to a folder, which is not followed; expected a real folder: move the files here, or link each file',
    ]);
  });

  it('reports the site settings linked out, and nothing else about them', async () => {
    expect(
      await linesAfter((b) => {
        writeFileSync(join(b.root, 'site.json'), b.read('site.json'));
        linkInPlace(b, 'site.json', join(b.root, 'site.json'));
      }),
    ).toContain('content/site.json: is a symbolic link to site.json, outside the content folder; expected the file itself inside content/: copy it in place of the link');
  });

  it('reports a pipe instead of waiting on it', async () => {
    expect(await linesAfter((b) => expect(spawnSync('mkfifo', [join(b.content, 'updates/2022-12-22-guandao.md')]).status).toBe(0))).toEqual([
      'content/updates/2022-12-22-guandao.md: is not a regular file (a pipe, socket or device); expected files and folders only: remove it',
    ]);
  });
});

/** `npm run check` on a sandbox; a run that hangs is stopped after a minute and fails. */
function runCheck(box: Sandbox) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--content', box.content, '--content-only', '--lang', 'en'], {
    cwd: box.root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
    timeout: 60_000,
  });
}

describe('npm run check on broken links', () => {
  it('reports site settings that are a pipe instead of waiting on them', () => {
    const box = sandbox();
    try {
      unlinkSync(join(box.content, 'site.json'));
      expect(spawnSync('mkfifo', [join(box.content, 'site.json')]).status).toBe(0);
      const run = runCheck(box);
      expect(run.signal).toBeNull();
      expect(run.stdout).toContain('content/site.json: is not a regular file (a pipe, socket or device); expected files and folders only: remove it\n');
    } finally {
      box.dispose();
    }
  });

  it('prints a line for a dangling link and a loop anywhere in content/, and no stack trace', () => {
    const box = sandbox();
    try {
      symlinkSync('nowhere.md', join(box.content, 'updates/2022-12-23-dangling.md'));
      mkdirSync(join(box.content, 'notes'));
      symlinkSync('loop-b', join(box.content, 'notes/loop-a'));
      symlinkSync('loop-a', join(box.content, 'notes/loop-b'));
      const run = runCheck(box);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.status).toBe(1);
      expect(run.stdout.trim().split('\n')).toEqual([
        'content/notes/loop-a: is a symbolic link that leads back to itself through other links; expected the file itself, or a link to a file inside content/',
        'content/notes/loop-b: is a symbolic link that leads back to itself through other links; expected the file itself, or a link to a file inside content/',
        'content/updates/2022-12-23-dangling.md: is a symbolic link to "nowhere.md", which does not exist; expected the file itself, or a link to a file inside content/',
        'Checked 19 files: 3 errors. Nothing is published until every error is fixed.',
      ]);
    } finally {
      box.dispose();
    }
  });
});

describe('bodies name no file outside content/', () => {
  const REPORT = 'programmes/2022.mdx';

  it('refuses a picture in a Markdown body that climbs out, and one by reference that is missing', async () => {
    expect(
      await linesAfter((b) => {
        writeFileSync(join(b.root, 'secret-sibling.png'), 'not for the site');
        b.edit(HOSPITAL, (t) => `${t}\n![楼](../../../secret-sibling.png)\n\n![图][tu]\n\n[tu]: ./tu.png\n`);
      }),
    ).toEqual([
      'content/projects/2022/xinyiyuan.md:36: body: found "../../../secret-sibling.png", which leads to secret-sibling.png, outside the content folder; expected a file inside content/: copy it in, for example next to the entry',
      'content/projects/2022/xinyiyuan.md:38: body: found "./tu.png", but there is no such file next to the entry; expected a picture at content/projects/2022/tu.png',
    ]);
  });

  it('allows a picture in a body next to the entry, and one on the web', async () => {
    expect(await linesAfter((b) => b.edit(HOSPITAL, (t) => `${t}\n![示意图](./xinyiyuan.svg) ![网](https://example.org/a.png)\n`))).toEqual([]);
  });

  it('refuses imports and code in an MDX report, which could read any file while building', async () => {
    expect(
      await linesAfter((b) =>
        b.edit(REPORT, (t) => t.replace('测试市今年承诺', 'import secret from "../../../../etc/hostname?raw"\n\n{secret} {globalThis.process.getBuiltinModule("fs")}\n\n{/* 注释 */}\n\n测试市今年承诺')),
      ),
    ).toEqual([
      'content/programmes/2022.mdx:11: body: found "import secret from "../../../../etc/hostname?raw"": an import or export runs while the site is built and can load any file; expected text and the report components only, which need no import',
      'content/programmes/2022.mdx:13: body: found {secret}: code in braces runs while the site is built and can read any file; expected text and the report components only (write \\{ to show a brace)',
      'content/programmes/2022.mdx:13: body: found {globalThis.process.getBuiltinModule("fs")}: code in braces runs while the site is built and can read any file; expected text and the report components only (write \\{ to show a brace)',
    ]);
  });

  it('says so in Chinese', async () => {
    expect(await linesAfter((b) => b.edit(REPORT, (t) => t.replace('测试市今年承诺', '{secret}\n\n测试市今年承诺')), 'zh')).toEqual([
      'content/programmes/2022.mdx:11: body: 出现了 {secret}：花括号中的代码会在生成网站时运行，可以读取任意文件；报告中只应有文字和报告组件（要显示花括号请写作 \\{）',
    ]);
  });
});

describe('the checksum list of a frozen year names files inside content/ only', () => {
  /** Freezes 2022 as the archive command does, then adds `extra` to its list. */
  const frozenWith = (extra: string) => (box: Sandbox) => {
    box.edit('programmes/2022.mdx', freezeProgramme);
    const files = yearFiles(readContent(box.content).files, 2022).map((f) => ({ path: contentPath(box.content, f.absolutePath), bytes: readFileSync(f.absolutePath) }));
    box.write(frozenListPath(2022), frozenList(files) + extra);
  };

  it('refuses a line whose path climbs out, without reading it', async () => {
    expect(
      await linesAfter((b) => {
        writeFileSync(join(b.root, 'secret-sibling.txt'), 'not for the checksums');
        frozenWith(`${'0'.repeat(64)}  ../secret-sibling.txt\n${'0'.repeat(64)}  /etc/passwd\n`)(b);
      }),
    ).toEqual([
      'content/frozen/2022.sha256:10: is not "<sha256>  <path>"; expected the lines as npm run archive wrote them',
      'content/frozen/2022.sha256:11: is not "<sha256>  <path>"; expected the lines as npm run archive wrote them',
    ]);
  });

  it('never reads a listed file that is a link to a device', async () => {
    expect(
      await linesAfter((b) => {
        symlinkSync('/dev/zero', join(b.content, 'geo/zero.geojson'));
        frozenWith(`${'0'.repeat(64)}  geo/zero.geojson\n`)(b);
      }),
    ).toEqual(['content/geo/zero.geojson: is a symbolic link to /dev/zero, outside the content folder; expected the file itself inside content/: copy it in place of the link']);
  });
});
