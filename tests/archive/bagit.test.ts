/** BagIt bags as RFC 8493 lays them out, and the checker that finds every file that differs, is missing or extra. */
import { describe, expect, it } from 'vitest';
import { decodeManifestPath, encodeManifestPath, makeBag, sha256 } from '../../src/archive/bagit.ts';
import { formatFinding, formatVerification } from '../../src/archive/messages.ts';
import { verifyBag, type BagFiles } from '../../src/archive/verify.ts';

const text = (value: string) => new TextEncoder().encode(value);
const read = (bytes: Uint8Array | null | undefined) => new TextDecoder().decode(bytes!);
const payload = new Map([
  ['site/index.html', text('<p>首页</p>')],
  ['content/site.json', text('{"title":"测试"}')],
  ['data/projects.csv', text('\uFEFFid\r\n')],
]);
const bag = makeBag(payload, { organization: '测试市新闻办公室', description: '2022 年度的存档。\n第二行', date: '2026-11-22', extra: [['Minsheng-Year', '2022']] });
const lines = (files: BagFiles, lang: 'en' | 'zh' = 'en') => {
  const result = verifyBag(files);
  return [...result.findings.map((f) => formatFinding(f, lang)), formatVerification(result, lang)];
};

describe('makeBag', () => {
  it('puts the payload under data/ beside the four tag files', () => {
    expect([...bag.keys()].sort()).toEqual([
      'bag-info.txt', 'bagit.txt', 'data/content/site.json', 'data/data/projects.csv', 'data/site/index.html', 'manifest-sha256.txt', 'tagmanifest-sha256.txt',
    ]);
    expect(read(bag.get('bagit.txt'))).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  });

  it('writes bag-info.txt with the organisation, description on one line, date, Payload-Oxum, Bag-Size and extra labels', () => {
    const octets = [...payload.values()].reduce((n, b) => n + b.length, 0);
    expect(read(bag.get('bag-info.txt'))).toBe(
      `Source-Organization: 测试市新闻办公室\nExternal-Description: 2022 年度的存档。 第二行\nBagging-Date: 2026-11-22\nPayload-Oxum: ${octets}.3\nBag-Size: ${octets} B\nMinsheng-Year: 2022\n`,
    );
  });

  it('lists every payload file in manifest-sha256.txt and every other tag file in tagmanifest-sha256.txt, sorted', () => {
    const manifest = read(bag.get('manifest-sha256.txt'));
    expect(manifest).toBe(
      ['data/content/site.json', 'data/data/projects.csv', 'data/site/index.html'].map((path) => `${sha256(bag.get(path)!)}  ${path}\n`).join(''),
    );
    expect(read(bag.get('tagmanifest-sha256.txt'))).toBe(
      ['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt'].map((path) => `${sha256(bag.get(path)!)}  ${path}\n`).join(''),
    );
  });

  it('percent-encodes %, CR and LF in manifest paths, as RFC 8493 asks', () => {
    expect(encodeManifestPath('data/100%\nnew.txt')).toBe('data/100%25%0Anew.txt');
    expect(decodeManifestPath('data/100%25%0Anew.txt')).toBe('data/100%\nnew.txt');
  });
});

describe('verifyBag', () => {
  it('passes an untouched bag, with a one-line summary', () => {
    expect(lines(bag)).toEqual([`OK: 3 files, ${verifyBag(bag).bytes} bytes; every checksum in manifest-sha256.txt and tagmanifest-sha256.txt matches.`]);
  });

  it('names a file whose bytes changed, one that is missing and one that was added, each on one line', () => {
    const changed = new Map(bag);
    const flipped = new Uint8Array(changed.get('data/site/index.html')!);
    flipped[0] = flipped[0]! ^ 1;
    changed.set('data/site/index.html', flipped);
    changed.delete('data/content/site.json');
    changed.set('data/site/extra.html', text('x'));
    changed.set('README.txt', text('x'));
    expect(lines(changed)).toEqual([
      'missing: data/content/site.json (listed in manifest-sha256.txt)',
      'changed: data/site/index.html (its checksum differs from manifest-sha256.txt)',
      'extra: README.txt (not listed in tagmanifest-sha256.txt)',
      'extra: data/site/extra.html (not listed in manifest-sha256.txt)',
      `Payload-Oxum: bag-info.txt says ${verifyBag(bag).bytes}.3 (bytes.files), the payload holds ${verifyBag(bag).bytes - bag.get('data/content/site.json')!.length + 1}.3`,
      '5 problems: the archive is not as it was made.',
    ]);
    expect(lines(changed, 'zh')[0]).toBe('缺失：data/content/site.json（manifest-sha256.txt 中有记录）');
    expect(lines(changed, 'zh').at(-1)).toBe('发现 5 处问题：存档与制作时不同。');
  });

  it('catches a changed tag file, a missing manifest, a damaged manifest line and an entry that cannot be unpacked', () => {
    const damaged = new Map<string, Uint8Array | null>(bag);
    damaged.set('bag-info.txt', text(read(bag.get('bag-info.txt')).replace('2026-11-22', '2026-11-23')));
    damaged.set('manifest-sha256.txt', text(`${read(bag.get('manifest-sha256.txt'))}not a checksum line\n`));
    damaged.set('data/data/projects.csv', null);
    expect(lines(damaged)).toEqual([
      'malformed: line 4 of manifest-sha256.txt is not "<checksum>  <path>"',
      'unreadable: data/data/projects.csv (the zip entry cannot be unpacked)',
      'changed: bag-info.txt (its checksum differs from tagmanifest-sha256.txt)',
      'changed: manifest-sha256.txt (its checksum differs from tagmanifest-sha256.txt)',
      '4 problems: the archive is not as it was made.',
    ]);
    const noManifest = new Map(bag);
    noManifest.delete('manifest-sha256.txt');
    expect(lines(noManifest)).toEqual([
      'missing: manifest-sha256.txt (every archive has one)',
      'missing: manifest-sha256.txt (listed in tagmanifest-sha256.txt)',
      '2 problems: the archive is not as it was made.',
    ]);
  });
});
