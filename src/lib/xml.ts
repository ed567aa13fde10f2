/**
 * Escapes text and attribute values for XML: feeds, sitemaps, SVG charts, and the HTML the
 * tools write outside Astro (HTML needs the same five characters escaped; `&#39;` rather than
 * `&apos;` so that the same text is right in both).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
