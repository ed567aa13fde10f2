/**
 * Place and theme names, as a sheet writes them, turned into the ids of the content:
 * by id, exact name or short name, and for places also by the name without its
 * administrative suffix (平湖 → 平湖市) when only one place fits. Nothing is guessed
 * beyond that: an unknown or ambiguous name is a problem that lists the candidates.
 */
import type { District } from '../schemas/district.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Entry } from '../model/entry.ts';
import type { Parsed } from './values.ts';

/** Suffixes that official place names end with and that sheets often leave out. */
const PLACE_SUFFIX = /^(?:市|区|县|镇|乡|街道|村|社区|新区|开发区)$/;
/** At most this many candidates are listed in a message. */
const MAX_CANDIDATES = 8;

const label = (name: string, id: string) => `${name} (${id})`;

function distinctCharacters(text: string): Set<string> {
  return new Set(Array.from(text));
}

/** Names that share at least two characters with `text` (or all of a one-character text), best first. */
function similar<T>(text: string, entries: readonly Entry<T>[], names: (entry: Entry<T>) => string[]): Entry<T>[] {
  const wanted = distinctCharacters(text);
  const needed = Math.min(2, wanted.size);
  return entries
    .map((entry) => {
      const shared = Math.max(...names(entry).map((name) => [...distinctCharacters(name)].filter((c) => wanted.has(c)).length));
      return { entry, shared };
    })
    .filter((scored) => scored.shared >= needed)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, MAX_CANDIDATES)
    .map((scored) => scored.entry);
}

export function resolvePlace(text: string, districts: readonly Entry<District>[]): Parsed<string> {
  const name = text.trim();
  const byId = districts.find((d) => d.id === name.toLowerCase());
  if (byId) return { value: byId.id };
  const exact = districts.filter((d) => d.data.name === name);
  const fits = exact.length > 0 ? exact : districts.filter((d) => d.data.name.startsWith(name) && PLACE_SUFFIX.test(d.data.name.slice(name.length)));
  if (fits.length === 1) return { value: fits[0]!.id };
  if (fits.length > 1) {
    return { problem: { key: 'cell.placeAmbiguous', params: { found: name, candidates: fits.map((d) => label(d.data.name, d.id)).join(', ') } } };
  }
  const candidates = similar(name, districts, (d) => [d.data.name]).map((d) => label(d.data.name, d.id));
  return { problem: { key: 'cell.placeUnknown', params: { found: name, candidates: candidates.join(', ') } } };
}

export function resolveTheme(text: string, themes: readonly Entry<Theme>[]): Parsed<string> {
  const name = text.trim();
  const byId = themes.find((t) => t.id === name.toLowerCase());
  if (byId) return { value: byId.id };
  const fits = themes.filter((t) => t.data.name === name || t.data.short === name);
  if (fits.length === 1) return { value: fits[0]!.id };
  const describe = (t: Entry<Theme>) => label(t.data.short ? `${t.data.name} / ${t.data.short}` : t.data.name, t.id);
  if (fits.length > 1) return { problem: { key: 'cell.themeAmbiguous', params: { found: name, candidates: fits.map(describe).join(', ') } } };
  // Themes are few: when none looks like the name, all of them are the candidates.
  const alike = similar(name, themes, (t) => [t.data.name, t.data.short ?? '']);
  return { problem: { key: 'cell.themeUnknown', params: { found: name, candidates: (alike.length > 0 ? alike : themes).map(describe).join(', ') } } };
}
