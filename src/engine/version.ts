/** Version arithmetic: dotted versions (Docker, RootlessKit) and the dates passt versions encode. */

/**
 * A dotted version split into numbers; an `x` part is any number (the data's "24.0.x", a user's "2.3.x", "2.3.X" or "2.3.*"), so
 * Infinity here; `pre` marks rc/beta builds, `dev` marks `+dev` builds.
 */
export interface ParsedVersion {
  parts: number[];
  pre: boolean;
  dev: boolean;
}

// A part left out: "x", and what people write for a number they hide ("2.3.X", "2.3.?", "2.3.*", "2.3.<redacted>", "2.3.…").
const ANY = '[xX*?#…]+|<[^>\\s]*>|\\[[^\\]\\s]*\\]';
const DOTTED = new RegExp(`^(?:\\d+:)?v?(\\d+(?:\\.(?:\\d+|${ANY}))*)([^\\s]*)$`);
const PRE = /^[-~.]?(?:rc|beta|alpha|tp)/i;
const DEV = /(?:^|[+-])dev/;
// A letter where a number part belongs: OCR's "2.3.S" for 2.3.5, "2.3.l" for 2.3.1. Read as 2.3 it would order as 2.3.0; which digit it
// was is a guess. After three numbers a letter starts a distribution's suffix ("25.0.5.astra2", "26.1.3.el9"), as "-" or "+" do anywhere.
const LETTER_PART = /^\.?\p{L}/u;

/** Whether `text` has a letter where one of a dotted version's first three numbers belongs ("2.3.S", "2.3.l", "27.l"), not a pre-release's word. */
export function misreadVersion(text: string): boolean {
  const m = text.length > 64 ? null : DOTTED.exec(text);
  return !!m && m[1]!.split('.').length < 3 && LETTER_PART.test(m[2]!) && !PRE.test(m[2]!);
}

// docker-ce-packaging's nightly and static builds: "0.0.0-20250116093012-9c1a2b3", main at that time, no release to order it by (review R157 H1).
const NIGHTLY = /^v?0\.0\.0-\d{8}/;

/**
 * Parses "2.3.1", "v0.29.1", "28.0.0-rc.1", "2.3.1+dev", "1.1.x", "5:27.3.1-1~ubuntu"; null for anything else ("dev", "2.3.S", a nightly's
 * "0.0.0-20250116093012-9c1a2b3").
 */
export function parseVersion(text: string): ParsedVersion | null {
  const m = text.length > 64 ? null : DOTTED.exec(text);
  if (!m || misreadVersion(text) || NIGHTLY.test(text)) return null;
  const parts = m[1]!.split('.').map((p) => (/^\d/.test(p) ? Number(p) : Infinity));
  return { parts, pre: PRE.test(m[2]!), dev: DEV.test(m[2]!) };
}

// A capital right after a version's digit: no release's form has one ("2.3.1+dev", "28.0.0-rc.1", "26.1.3.el9", "25.0.6-ce"); it is the
// next key's start, glued on where the newlines were lost and cut where a wrap broke the line ("rootlesskit:Version: 2.3.1Api" /
// "Version: 1.1.1…", review R141 06 folded at 72 columns). OCR reads O, I and S for digits: "2.3.1O" may be 2.3.10.
const GLUED_KEY = /(?<=\d)[A-Z]/;
const OCR_DIGITS = 'OIS';

/** A Docker, RootlessKit or slirp4netns version without the key glued after its digits ("2.3.1Api" is 2.3.1); null where OCR's letter may be a digit. */
export function versionBeforeKey(text: string): string | null {
  const key = GLUED_KEY.exec(text);
  if (!key) return text;
  return OCR_DIGITS.includes(key[0]) ? null : text.slice(0, key.index);
}

// Debian's repack of a release ("26.1.5+dfsg1", "2.3.1+ds1"): the same release, its sources rebuilt without what Debian leaves out.
export const REPACK = /\+(?:dfsg|ds)\d*(?=$|[.+~-])/;

// The edition openSUSE's Docker carries in its version: its daemon reports "25.0.6-ce", its rpm "25.0.6_ce" (review R132, paste 13).
const EDITION = /[-_]ce$/;

/** The release a version names, without Debian's repack suffix or the Community Edition's "-ce"/"_ce". */
const release = (version: string): string => version.replace(REPACK, '').replace(EDITION, '');

/**
 * Whether two versions name the same release: equal once Debian's repack suffix (the daemon keeps it, a package's upstream part does not)
 * and the edition's suffix (spelt "-ce" by the daemon, "_ce" by the rpm) are dropped.
 */
export const sameRelease = (a: string, b: string): boolean => release(a) === release(b);

/** Orders two part lists numerically; missing parts count as 0. */
export function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d > 0 ? 1 : -1;
  }
  return 0;
}

/**
 * Whether `version` is at least `threshold`; null when that cannot be known: unparseable, a pre-release of the
 * threshold itself, a `+dev` build made between the last release below the threshold and the threshold, or a part left out
 * where it decides ("2.3.x" against 2.3.2, not against 2.0.0). `releases` (oldest first) tells where a dev build can sit.
 */
export function atLeast(version: string | null, threshold: string, releases: readonly string[] = []): boolean | null {
  const v = version === null ? null : parseVersion(version);
  const t = parseVersion(threshold);
  if (!v || !t) return null;
  const c = compareParts(v.parts, t.parts);
  // Any number: from 0 up.
  if (v.parts.includes(Infinity)) return c < 0 ? false : compareParts(v.parts.map((p) => (p === Infinity ? 0 : p)), t.parts) >= 0 || null;
  if (v.dev && c < 0) {
    // A dev build sits after its base release and before the next one.
    const next = releases.map(parseVersion).find((r) => r && compareParts(r.parts, v.parts) > 0);
    return next && compareParts(next.parts, t.parts) < 0 ? false : null;
  }
  if (v.pre && c === 0) return null;
  return c >= 0;
}

/** What a pasta/passt version string says about the build: the date it encodes, its commit and commits after the tag. */
export interface PastaBuild {
  /** YYYY-MM-DD. */
  date: string;
  /** Abbreviated commit hash the string names, if any. */
  hash: string | null;
  /** Commits after the tag (git describe), 0 for a tagged release, null when the form does not say. */
  afterTag: number | null;
}

// Each form is anchored and free of nested quantifiers, so matching stays linear on any input.
// (The tag's date alone, "2025_01_21", is how people write a release by hand: its tag.)
const UPSTREAM = /^(\d{4})_(\d\d)_(\d\d)(?:\.([0-9a-f]{4,40})(?:-(\d+)-g[0-9a-f]{4,40}|\.r(\d+)\.g[0-9a-f]{4,40})?(?:-dirty)?(?:-\d+)?)?$/;
const DEBIAN = /^(?:\d+:)?0\.0[~+](?:git)?(\d{4})(\d\d)(\d\d)(?:[.~+]g?([0-9a-f]{4,40}))?(?:[-+~][\w.+~^-]*)?$/;
const FEDORA = /^(?:\d+:)?0\^(\d{4})(\d\d)(\d\d)(?:\.g([0-9a-f]{4,40}))?(?:[-.~+][\w.+~^-]*)?$/;
// openSUSE's package: the tag's date and commit, then the release ("passt-20240220.1e6f92b-1.1", buildah#5440's rpm -q).
const SUSE = /^(\d{4})(\d\d)(\d\d)\.([0-9a-f]{7,40})(?:-[\w.+~]*)?$/;
// Chimera, Alpine and Gentoo "2024.12.11"; Void adds the commit: "2025.05.12.8ec1341_1".
const DOTTED_DATE = /^(\d{4})\.(\d\d)\.(\d\d)(?:\.([0-9a-f]{4,40}))?(?:[-_][\w.+~-]*)?$/;

/** Whether pasta's version line names no release: Debian's and Ubuntu's "unknown version", or nothing. */
export const namesNoRelease = (printed: string | null): printed is string => printed === 'unknown version' || printed === '';

/** Reads every distribution form of pasta's version (upstream, git describe, Debian, Fedora, openSUSE, Arch, Chimera, Void); null otherwise. */
export function parsePastaVersion(text: string): PastaBuild | null {
  const v = text.trim();
  if (v.length > 100) return null;
  let m = UPSTREAM.exec(v);
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4] ?? null, Number(m[5] ?? m[6] ?? 0));
  m = DEBIAN.exec(v) ?? FEDORA.exec(v) ?? SUSE.exec(v);
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4] ?? null, null);
  m = DOTTED_DATE.exec(v);
  return m ? build(m[1]!, m[2]!, m[3]!, m[4] ?? null, 0) : null;
}

// The letters OCR reads for digits: O for 0, l and I for 1, S for 5.
const OCR_LETTER = /[OlIS]/g;

/** Whether a pasta version reads as a date only with OCR's letters put back for digits ("2O25_02_17.a1e48a0"): which digit each was is a guess. */
export function misreadPasta(text: string): boolean {
  const digits = text.replace(OCR_LETTER, (c) => '0115'['OlIS'.indexOf(c)]!);
  return digits !== text && !parsePastaVersion(text) && !!parsePastaVersion(digits);
}

function build(y: string, mo: string, d: string, hash: string | null, afterTag: number | null): PastaBuild | null {
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { date: `${y}-${mo}-${d}`, hash, afterTag };
}

/** True for a YYYY-MM-DD string with a plausible month and day. */
export function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  return !!m && build(m[1]!, m[2]!, m[3]!, null, 0) !== null;
}
