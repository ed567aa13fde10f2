import { describe, expect, it } from 'vitest';
import { ancestry, descendantsAndSelf, districtTree, rollUp, withinDistrict } from '../../src/model/districts.ts';
import type { District } from '../../src/schemas/district.ts';

const place = (id: string, name: string, level: District['level'], parent?: string) => ({ id, data: { name, level, ...(parent ? { parent } : {}) } });
const places = [
  place('jiaxing', '嘉兴市', 'city'),
  place('pinghu', '平湖市', 'county', 'jiaxing'),
  place('haining', '海宁市', 'county', 'jiaxing'),
  place('danghu', '当湖街道', 'street', 'pinghu'),
  place('meilanyuan', '梅兰苑社区', 'community', 'danghu'),
];
const tree = districtTree(places);

describe('the place tree', () => {
  it('links children to parents and sorts them by pinyin', () => {
    expect(tree.roots.map((n) => n.id)).toEqual(['jiaxing']);
    expect(tree.nodes.get('jiaxing')!.children.map((n) => n.data.name)).toEqual(['海宁市', '平湖市']);
    expect(tree.nodes.get('meilanyuan')!.depth).toBe(3);
  });

  it('gives the chain from the root and everything below a place', () => {
    expect(ancestry(tree.nodes.get('meilanyuan')!).map((n) => n.id)).toEqual(['jiaxing', 'pinghu', 'danghu', 'meilanyuan']);
    expect(descendantsAndSelf(tree.nodes.get('pinghu')!).map((n) => n.id)).toEqual(['pinghu', 'danghu', 'meilanyuan']);
  });

  it('survives a loop of parents and an unknown parent (the checker reports them)', () => {
    const broken = districtTree([place('a', 'A', 'city', 'b'), place('b', 'B', 'city', 'a'), place('c', 'C', 'town', 'nowhere')]);
    expect(broken.roots.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('roll-ups', () => {
  const projects = [
    { id: 'p1', data: { districts: ['meilanyuan'] } },
    { id: 'p2', data: { districts: ['haining', 'danghu'] } },
    { id: 'p3', data: { districts: ['pinghu'] } },
  ];

  it('count each project at its places and every place above them, once', () => {
    const rolled = rollUp(tree, projects);
    const ids = (id: string) => rolled.get(id)!.map((p) => p.id);
    expect(ids('jiaxing')).toEqual(['p1', 'p2', 'p3']);
    expect(ids('pinghu')).toEqual(['p1', 'p2', 'p3']);
    expect(ids('danghu')).toEqual(['p1', 'p2']);
    expect(ids('haining')).toEqual(['p2']);
    expect(ids('meilanyuan')).toEqual(['p1']);
  });

  it('agree with a direct filter below a place', () => {
    const rolled = rollUp(tree, projects);
    for (const node of tree.nodes.values()) expect(rolled.get(node.id)).toEqual(withinDistrict(node, projects));
  });
});
