/** A version-like literal found in a source text, with its 1-based line. */
export interface VersionLiteral {
  text: string;
  line: number;
}

/**
 * Patterns for versions, release tags and release dates that must come from the data module, never typed:
 * dotted numbers (27.5.1, 2.3, 24.04, 1.1.x), v-prefixed majors (v3), passt tags and their dates (2024_10_30),
 * ISO dates, month-and-year dates, years, and distribution package versions (0.0~git20240220, 0^20240906).
 */
const patterns: readonly RegExp[] = [
  /(?<![\w.])v?\d+(?:\.(?:\d+|x))+(?![\w])/g,
  /\bv\d+\b/g,
  /\b\d{4}_\d{2}_\d{2}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g,
  /\b(?:19|20)\d{2}\b/g,
  /~git\d{8}|\d\^\d{8}/g,
];

/** An IPv4 address or CIDR, which looks dotted but is not a version. */
function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

/** Every version-like literal in `text`, in order, skipping IPv4 addresses. */
export function findVersionLiterals(text: string): VersionLiteral[] {
  const found: VersionLiteral[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const pattern of patterns) {
      for (const match of lineText.matchAll(pattern)) {
        if (!isIpv4(match[0])) found.push({ text: match[0], line: index + 1 });
      }
    }
  });
  return found;
}
