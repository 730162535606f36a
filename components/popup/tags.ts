/** "a, b，c、 a" → ["a", "b", "c"]: commas in either script, trimmed, empty and repeated tags dropped. */
export function parseTags(input: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.split(/[,，、;；]/u)) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** A quote shortened for labels and toasts. */
export function shortQuote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
