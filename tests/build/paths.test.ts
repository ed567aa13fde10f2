/**
 * The build's own guard on pictures, for when the checker is bypassed: a picture is copied
 * into `<out>/media/` only from inside `content/`, as a file (never a link), and never
 * through a link in the output; the files a rebuild deletes are those of the output only.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceOutputs } from '../../src/build/incremental.ts';
import { copyMedia } from '../../src/lib/media.ts';
import { OutsideFolderError } from '../../src/lib/paths.ts';

let root: string;
let content: string;
let out: string;
/** A file of the user's beside the project: nothing may read, write or delete it. */
let victim: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'minsheng-paths-'));
  content = join(root, 'project/content');
  out = join(root, 'project/dist');
  victim = join(root, 'victim.txt');
  mkdirSync(join(content, 'projects/2022'), { recursive: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(content, 'projects/2022/photo.svg'), '<svg/>');
  writeFileSync(victim, 'the user wrote this');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const entryFolder = () => join(content, 'projects/2022');

describe('copying pictures into the output', () => {
  it('copies a picture inside content/ to media/<its path>', () => {
    expect(copyMedia(content, out, join(entryFolder(), 'photo.svg'))).toBe('media/projects/2022/photo.svg');
    expect(readFileSync(join(out, 'media/projects/2022/photo.svg'), 'utf8')).toBe('<svg/>');
  });

  it('refuses a src that climbs out of content/, and writes nothing outside the output', () => {
    // `media/` + the path below content/ would be `dist/media/../../../victim.txt`: the victim itself.
    const source = join(entryFolder(), '../../../../victim.txt');
    expect(() => copyMedia(content, out, source)).toThrow(OutsideFolderError);
    expect(readFileSync(victim, 'utf8')).toBe('the user wrote this');
    expect(existsSync(join(root, 'media'))).toBe(false);
  });

  it('refuses a picture linked out of content/', () => {
    symlinkSync('/etc/hostname', join(entryFolder(), 'host.svg'));
    expect(() => copyMedia(content, out, join(entryFolder(), 'host.svg'))).toThrow(OutsideFolderError);
    expect(existsSync(join(out, 'media/projects/2022/host.svg'))).toBe(false);
  });

  it('refuses a folder', () => {
    expect(() => copyMedia(content, out, join(content, 'projects'))).toThrow(OutsideFolderError);
  });

  it('copies the bytes of a picture linked inside content/, not the link', () => {
    symlinkSync('photo.svg', join(entryFolder(), 'same.svg'));
    copyMedia(content, out, join(entryFolder(), 'same.svg'));
    const copy = join(out, 'media/projects/2022/same.svg');
    expect(lstatSync(copy).isSymbolicLink()).toBe(false);
    expect(readFileSync(copy, 'utf8')).toBe('<svg/>');
  });

  it('never writes through a link left in the output', () => {
    mkdirSync(join(out, 'media/projects/2022'), { recursive: true });
    symlinkSync(victim, join(out, 'media/projects/2022/photo.svg'));
    copyMedia(content, out, join(entryFolder(), 'photo.svg'));
    expect(readFileSync(victim, 'utf8')).toBe('the user wrote this');
    expect(lstatSync(join(out, 'media/projects/2022/photo.svg')).isSymbolicLink()).toBe(false);
  });

  it('refuses to write below a folder of the output that links elsewhere', () => {
    symlinkSync(root, join(out, 'media'));
    expect(() => copyMedia(content, out, join(entryFolder(), 'photo.svg'))).toThrow(OutsideFolderError);
    expect(existsSync(join(root, 'projects'))).toBe(false);
  });
});

describe('deleting what the site no longer has', () => {
  it('deletes recorded files of the output, never a recorded path that leads out of it', () => {
    writeFileSync(join(out, 'old.html'), 'old');
    // What a build before this fix recorded for a picture that climbed out of content/.
    expect(replaceOutputs(out, ['old.html', 'media/../../../victim.txt', '../../victim.txt'], [])).toBe(1);
    expect(existsSync(join(out, 'old.html'))).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe('the user wrote this');
  });

  it('never deletes through a link among the output folders', () => {
    symlinkSync(root, join(out, 'media'));
    expect(replaceOutputs(out, ['media/victim.txt'], [])).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('the user wrote this');
  });
});
