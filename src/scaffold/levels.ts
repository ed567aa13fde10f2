/**
 * The administrative level a place's official name states by its ending (平湖市 → city,
 * 当湖街道 → street). A level is published beside the name, so it is read only from an
 * ending that has one meaning; any other name needs `--level`.
 */
import type { DistrictLevel } from '../schemas/district.ts';

/** Longer endings first: 社区 before 区, and the endings that do not say a level. */
const ENDINGS: readonly [string, DistrictLevel | undefined][] = [
  // A 自治区 is a province, a 特别行政区 is neither; a 开发区 or 新区 has no fixed level.
  ['特别行政区', undefined],
  ['自治区', undefined],
  ['开发区', undefined],
  ['新区', undefined],
  ['街道', 'street'],
  ['社区', 'community'],
  ['镇', 'town'],
  ['乡', 'town'],
  ['村', 'village'],
  ['区', 'district'],
  ['县', 'county'],
  ['市', 'city'],
  ['省', 'province'],
];

/** The endings that tell a level, for messages: "街道 street, 镇 town, …". */
export const LEVEL_ENDINGS = ENDINGS.filter(([, level]) => level !== undefined) as readonly [string, DistrictLevel][];

export function levelFromName(name: string): DistrictLevel | undefined {
  const found = ENDINGS.find(([ending]) => name.endsWith(ending));
  return found?.[1];
}
