/**
 * Text measurement. No font is loaded at build time, so widths come from a table of
 * advance widths, in ems, for the Latin part of the site's font stack as browsers
 * fall back on it (system-ui is often DejaVu Sans, the widest of the usual fallbacks:
 * lowercase ~0.6 em, digits 0.64, capitals ~0.7), rounded up so that an estimate errs
 * wide: a label measured to fit does fit. Han characters, kana, Hangul and full-width
 * punctuation take one em in every CJK font.
 */

/** Ascent and descent of the fonts, in ems, from the baseline: the box a line of text fills. */
export const ASCENT = 0.9;
export const DESCENT = 0.25;

/** Latin widths in ems; characters not listed take {@link DEFAULT_EM}. */
const LATIN: Record<string, number> = {};
function widths(chars: string, em: number): void {
  for (const char of chars) LATIN[char] = em;
}
widths('0123456789', 0.64);
widths('abcdeghknopqsuvxyz', 0.6);
widths('frt', 0.42);
widths('ijl', 0.28);
widths('mw', 0.98);
widths('ABCDEFGHKLNOPQRSTUVXYZ', 0.74);
widths('IJ', 0.32);
widths('MW', 1);
widths(' ', 0.32);
widths('.,:;\'|!', 0.32);
widths('()[]{}"', 0.4);
widths('-–', 0.42);
widths('—', 1);
widths('%', 0.96);
widths('/\\', 0.4);
widths('·•', 0.34);
widths('+=<>±×', 0.84);
widths('$€£¥', 0.64);
// Symbols the charts write before status names: circles and marks, about square.
widths('○◐✓!‖✕●', 0.8);
const DEFAULT_EM = 0.66;
/** Bold type is a little wider. */
const BOLD = 1.06;

/** True for characters set one em wide: CJK ideographs, kana, Hangul, full-width forms and CJK punctuation. */
export function isFullWidth(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Width in ems of one character. */
export function charEms(char: string): number {
  return isFullWidth(char) ? 1 : (LATIN[char] ?? DEFAULT_EM);
}

/** Width of a line of text at `size` (in the same units as the size). */
export function measureText(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charEms(char);
  return ems * size * (bold ? BOLD : 1);
}

/**
 * Breaks text into lines no wider than `width`: between words in Latin text, between
 * any two characters in CJK text (but never before closing punctuation or after opening). A word wider
 * than the line is kept whole on its own line; the caller decides whether it fits.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const units = text.match(/[（「『“‘]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef][，。、；：！？）」』”’\u3001\u3002]*|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + unit;
    if (line !== '' && measureText(candidate.trimEnd(), size, bold) > width) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
