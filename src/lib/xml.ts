/**
 * Escapes text and attribute values for XML: feeds, sitemaps, SVG charts, and the HTML the
 * tools write outside Astro (HTML needs the same five characters escaped; `&#39;` rather than
 * `&apos;` so that the same text is right in both).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text of an attribute value as an HTML writer escapes it: named entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name!.toLowerCase() as 'amp']!,
  );
}
