/** An entry as both Astro's collections and the checker hand it over: an id and its parsed data. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** Looks entries up by id. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
