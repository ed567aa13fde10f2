/**
 * The archive copies only files inside `content/`: `npm run archive` refuses a year whose
 * picture climbs out or links out (the checker runs first), and the selection of the
 * year's files refuses them again, for when the checker is bypassed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectYear } from '../../src/archive/select.ts';
import { checkContent } from '../../src/check/index.ts';
import { OutsideFolderError } from '../../src/lib/paths.ts';
import { EPOCH, ROOT, TODAY, sandbox, type Sandbox } from '../helpers.ts';

const HOSPITAL = 'projects/2022/xinyiyuan.md';
const PICTURE = 'projects/2022/xinyiyuan.svg';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  writeFileSync(join(box.root, 'secret-sibling.txt'), 'not for the archive');
});
afterEach(() => box.dispose());

const climbOut = () => box.edit(HOSPITAL, (t) => t.replace('src: ./xinyiyuan.svg', 'src: ../../../secret-sibling.txt'));
const linkOut = () => {
  unlinkSync(join(box.content, PICTURE));
  symlinkSync(join(box.root, 'secret-sibling.txt'), join(box.content, PICTURE));
};

async function selection() {
  const { content } = await checkContent({ contentDir: box.content, today: TODAY, lang: 'en', cwd: box.root });
  return () => selectYear(content, 2022, TODAY, box.content);
}

describe('the files of an archived year', () => {
  it('are refused when a picture climbs out of content/, even past the checker', async () => {
    climbOut();
    expect(await selection()).toThrow(OutsideFolderError);
  });

  it('are refused when a picture links out of content/, even past the checker', async () => {
    linkOut();
    expect(await selection()).toThrow(OutsideFolderError);
  });

  it('include a picture linked inside content/', async () => {
    box.move(PICTURE, 'media/xinyiyuan.svg');
    symlinkSync('../../media/xinyiyuan.svg', join(box.content, PICTURE));
    expect((await selection())().paths).toContain(PICTURE);
  });
});

describe('npm run archive on a picture that climbs out', () => {
  it('names the field, writes nothing and prints no stack trace', () => {
    climbOut();
    const before = readdirSync(box.root).sort();
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/archive.ts'), '--year', '2022', '--content', box.content, '--lang', 'en'], {
      cwd: box.root,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, CI: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'content/projects/2022/xinyiyuan.md:24: images[0].src: found "../../../secret-sibling.txt", which leads to secret-sibling.txt, outside the content folder; expected a file inside content/: copy it in, for example next to the entry',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(box.root).sort()).toEqual(before);
    expect(existsSync(join(box.root, 'archive'))).toBe(false);
  });
});
