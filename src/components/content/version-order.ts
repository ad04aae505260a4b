/** Numeric parts of a dotted version; "x" (any release of that line) becomes NaN, a wildcard. */
function parts(version: string): number[] {
  return version.split('.').map((part) => (part === 'x' ? Number.NaN : Number.parseInt(part, 10)));
}

/** Negative when a < b, zero when equal, positive when a > b, part by part; an "x" part matches anything from there on ("1.1.x" equals "1.1.5"). */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** Whether `version` lies in the inclusive range first…last. */
export function inRange(version: string, first: string, last: string): boolean {
  return compareVersions(first, version) <= 0 && compareVersions(version, last) <= 0;
}
