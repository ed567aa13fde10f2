/**
 * How much work any one input may cause. Each limit is far above what a press office
 * writes (the demo's largest entry is 3 KB, a generated site of 5,000 projects has none
 * above 4 KB) and far below what makes a cheap machine run out of memory or time, so
 * that a mistake or a hostile file ends in a clear message instead of a hang.
 * README.md states them; change both together.
 */

/** One entry file of `content/` (JSON, Markdown or MDX, frontmatter and body together). */
export const MAX_ENTRY_BYTES = 1024 * 1024;

/** Lists and groups of fields inside one another: entries use three levels, GeoJSON-like data a few more. */
export const MAX_ENTRY_DEPTH = 32;

/** Limits for reading a zip: a spreadsheet (.xlsx) or an archive. */
export interface ZipLimits {
  /** The zip file itself. */
  fileBytes: number;
  /** Entries in its central directory. */
  entries: number;
  /** All entries unpacked together. */
  unpackedBytes: number;
  /** Unpacked size over packed size of one entry, checked for entries above `ratioFrom` bytes unpacked. */
  ratio: number;
  ratioFrom: number;
}

/**
 * An .xlsx of a few thousand projects is well below 1 MiB packed and 20 MiB unpacked; its
 * XML packs at most about 30 : 1 (a sheet of repeated empty styled cells); a zip bomb, 1000 : 1.
 */
export const XLSX_LIMITS: ZipLimits = {
  fileBytes: 20 * 1024 * 1024,
  entries: 1000,
  unpackedBytes: 200 * 1024 * 1024,
  ratio: 200,
  ratioFrom: 1024 * 1024,
};

/**
 * The zip of a year's archive holds the site of that year (pages in three scripts, charts,
 * open data, pictures): tens of thousands of files for a province-sized site, mostly
 * HTML, which packs about 10 : 1. verify-archive holds the unpacked files in memory.
 * 2 GiB is also the most Node reads into one buffer.
 */
export const ARCHIVE_ZIP_LIMITS: ZipLimits = {
  fileBytes: 2 * 1024 * 1024 * 1024 - 1,
  entries: 200_000,
  unpackedBytes: 2 * 1024 * 1024 * 1024,
  ratio: 200,
  ratioFrom: 1024 * 1024,
};

/** A size for a message: "1 MiB", "50 MiB", "2.6 GiB", "512 bytes" (one decimal, none when it is 0). */
export function binarySize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`;
}
