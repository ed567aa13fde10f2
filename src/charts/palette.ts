/**
 * Colours, textures and symbols of the charts.
 *
 * Colours come from Paul Tol's colour-blind-safe schemes (https://personal.sron.nl/~pault/):
 * "vibrant" for statuses, "muted" for themes and other series. A status is never told by
 * colour alone: each has a texture (pattern) and a symbol, and its name is written.
 * Every filled mark gets a dark outline, so that light fills still stand out from the
 * white background (WCAG 1.4.11, 3:1 for graphics).
 */
import type { Status } from '../schemas/common.ts';
import type { Pattern } from './types.ts';

/** Text and outlines: 17:1 on white. */
export const INK = '#1a1a1a';
/** Secondary text (ticks, notes): 7.5:1 on white. */
export const MUTED = '#555555';
/** Gridlines and tracks: decoration only. */
export const GRID = '#c9ccd1';
export const PAPER = '#ffffff';
/** The "today" line: the site's accent red, 6.9:1 on white, close to no status colour. */
export const ACCENT = '#b3261e';

/** Tol "muted", in his recommended order; hex upper-case as published. */
export const SERIES = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'] as const;

type Texture = 'dots' | 'diagonal' | 'solid' | 'crosshatch' | 'horizontal' | 'plain';

export interface StatusStyle {
  /** Colour of the fill behind the texture. */
  background: string;
  /** Colour of the texture's lines or dots. */
  ink: string;
  texture: Texture;
  /** Outline dash, for the status whose texture is blank. */
  dash?: string;
  /** Written before the status name, as on the site's status badges. */
  symbol: string;
}

export const STATUS_STYLES: Record<Status, StatusStyle> = {
  planned: { background: PAPER, ink: '#0077BB', texture: 'dots', symbol: '○' },
  'in-progress': { background: '#0077BB', ink: PAPER, texture: 'diagonal', symbol: '◐' },
  completed: { background: '#009988', ink: '#009988', texture: 'solid', symbol: '✓' },
  delayed: { background: '#CC3311', ink: PAPER, texture: 'crosshatch', symbol: '!' },
  suspended: { background: '#BBBBBB', ink: INK, texture: 'horizontal', symbol: '‖' },
  cancelled: { background: PAPER, ink: MUTED, texture: 'plain', dash: '4 3', symbol: '✕' },
};

const TILE = 8;

/** Tile paths drawn with the pattern's ink; the diagonals overshoot so that tiles join seamlessly. */
const TEXTURES: Record<Texture, string> = {
  dots: 'M3,3h2v2h-2z',
  diagonal: 'M-2,2L2,-2M0,8L8,0M6,10L10,6',
  crosshatch: 'M-2,2L2,-2M0,8L8,0M6,10L10,6M-2,6L2,10M0,0L8,8M6,-2L10,2',
  horizontal: 'M0,4H8',
  solid: '',
  plain: '',
};

export function statusPatternId(chartId: string, status: Status): string {
  return `${chartId}-status-${status}`;
}

/** The fill of a mark of this status: its pattern. */
export function statusFill(chartId: string, status: Status): string {
  return `url(#${statusPatternId(chartId, status)})`;
}

/** The patterns the chart's marks refer to, one per status shown. */
export function statusPatterns(chartId: string, statuses: readonly Status[]): Pattern[] {
  return statuses.map((status) => {
    const style = STATUS_STYLES[status];
    return {
      id: statusPatternId(chartId, status),
      size: TILE,
      background: style.background,
      ink: style.ink,
      d: TEXTURES[style.texture],
      class: `chart-pattern chart-pattern--${style.texture} chart-pattern--${status}`,
    };
  });
}

/** The paint of a mark of this status: pattern fill, outline, and the dash of a blank texture. */
export function statusPaint(chartId: string, status: Status) {
  const dash = STATUS_STYLES[status].dash;
  return { fill: statusFill(chartId, status), stroke: INK, strokeWidth: 1, ...(dash ? { dash } : {}) };
}

/** A series colour: the one the content gives (`#rrggbb`), otherwise the palette's, in turn. */
export function seriesColor(index: number, given?: string): string {
  return given ?? SERIES[index % SERIES.length]!;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Black or white, whichever reads better on `fill`. One of them always reaches 4.5:1:
 * black does for luminance above 0.175, white below 0.183.
 */
export function textOn(fill: string): '#000000' | '#ffffff' {
  return contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';
}
