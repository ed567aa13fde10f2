/**
 * Places as a tree (嘉兴市 → 平湖市 → 当湖街道 …) and roll-ups over descendants: a place
 * counts the projects of every place below it.
 */
import type { District } from '../schemas/district.ts';
import type { Entry } from './entry.ts';

export interface DistrictNode {
  id: string;
  data: District;
  parent?: DistrictNode;
  children: DistrictNode[];
  /** 0 for a root. */
  depth: number;
}

export interface DistrictTree {
  roots: DistrictNode[];
  nodes: Map<string, DistrictNode>;
}

const collator = new Intl.Collator('zh-Hans-u-co-pinyin');

/** Children sorted by name (pinyin order); a parent that does not exist makes a root (the checker reports it). */
export function districtTree(districts: readonly Entry<District>[]): DistrictTree {
  const nodes = new Map<string, DistrictNode>(districts.map((d) => [d.id, { id: d.id, data: d.data, children: [], depth: 0 }]));
  const roots: DistrictNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.data.parent === undefined ? undefined : nodes.get(node.data.parent);
    if (parent && !isAncestor(node, parent, nodes)) {
      node.parent = parent;
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  const byName = (a: DistrictNode, b: DistrictNode) => collator.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1);
  const visit = (list: DistrictNode[], depth: number) => {
    list.sort(byName);
    for (const node of list) {
      node.depth = depth;
      visit(node.children, depth + 1);
    }
  };
  visit(roots, 0);
  return { roots, nodes };
}

/** Whether `candidate` is `node` or lies below it, following parent ids (guards against cycles). */
function isAncestor(node: DistrictNode, candidate: DistrictNode, nodes: Map<string, DistrictNode>): boolean {
  const seen = new Set<string>();
  let current: DistrictNode | undefined = candidate;
  while (current && !seen.has(current.id)) {
    if (current.id === node.id) return true;
    seen.add(current.id);
    current = current.data.parent === undefined ? undefined : nodes.get(current.data.parent);
  }
  return false;
}

/** The chain from the root down to the place itself. */
export function ancestry(node: DistrictNode): DistrictNode[] {
  const chain: DistrictNode[] = [];
  for (let current: DistrictNode | undefined = node; current; current = current.parent) chain.unshift(current);
  return chain;
}

/** The place and every place below it, depth first. */
export function descendantsAndSelf(node: DistrictNode): DistrictNode[] {
  return [node, ...node.children.flatMap(descendantsAndSelf)];
}

/** Items whose places lie at or below `node`, each once. */
export function withinDistrict<T extends { data: { districts: readonly string[] } }>(node: DistrictNode, items: readonly T[]): T[] {
  const ids = new Set(descendantsAndSelf(node).map((n) => n.id));
  return items.filter((item) => item.data.districts.some((id) => ids.has(id)));
}

/** For each place, the items at or below it: one pass up the tree per item instead of a scan per place. */
export function rollUp<T extends { data: { districts: readonly string[] } }>(tree: DistrictTree, items: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>([...tree.nodes.keys()].map((id) => [id, []]));
  for (const item of items) {
    const reached = new Set<string>();
    for (const id of item.data.districts) {
      for (let node = tree.nodes.get(id); node && !reached.has(node.id); node = node.parent) reached.add(node.id);
    }
    for (const id of reached) result.get(id)!.push(item);
  }
  return result;
}
