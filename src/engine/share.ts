/** Shareable links: derived facts, quick answers and signal ids in a URL fragment, e.g. "v=1&net=pasta&sig=connection-reset". */
import { knownErrors, otherSignals } from './data/core/diagnostics.ts';
import { networkDrivers, portDrivers } from './data/core/network.ts';
import type { Answers, FactKey, Signal } from './types.ts';
import { unclosed } from './brackets.ts';
import { mendFragment } from './share-mend.ts';
import { isDate, misreadPasta, parsePastaVersion } from './version.ts';

type Kind = 'bool' | 'version' | 'pasta' | 'date' | 'int' | 'os' | readonly string[];

/** The facts a link may carry: fact, fragment key, and what a valid value looks like. Nothing else is shared, and no value that fails its check. */
const fields: readonly (readonly [FactKey, string, Kind])[] = [
  ['rootless', 'rootless', 'bool'],
  ['dockerServerVersion', 'docker', 'version'],
  ['rootlessExtrasVersion', 'extras', 'version'],
  ['dockerPackaging', 'pkg', ['docker', 'distribution']],
  ['rootlesskitVersion', 'rk', 'version'],
  ['networkDriver', 'net', networkDrivers],
  ['portDriver', 'port', portDrivers],
  ['portManager', 'pm', 'bool'],
  ['pastaVersion', 'pv', 'pasta'],
  ['pastaDate', 'pasta', 'date'],
  ['hostLoToNsLo', 'hl', 'bool'],
  ['pastaAcceptsHostLoToNsLo', 'probe', 'bool'],
  ['mtu', 'mtu', 'int'],
  ['disableHostLoopback', 'dhl', 'bool'],
  // Later additions, after the rest so that older links keep their order: what findings and the next step read besides.
  ['operatingSystem', 'os', 'os'],
  ['dockerClientVersion', 'client', 'version'],
  ['slirp4netnsVersion', 'slirp', 'version'],
  ['podmanVersion', 'podman', 'version'],
  // The slirp4netns finding's fix reads detachNetns; ipv4Only only shows in the facts, as the sharer's did.
  ['detachNetns', 'dn', 'bool'],
  ['ipv4Only', 'v4', 'bool'],
  // The shell found no pasta: what decides not-affected when the network driver is not shown.
  ['pastaInstalled', 'pi', 'bool'],
];

/**
 * The signals a link may carry, by their own ids ("sig=connection-reset.published-loopback"), which never contain ".":
 * the engine's words for what a paste showed, readable in a link, and no table to keep in step with the data.
 */
const signalIds: readonly Signal[] = [...new Set<Signal>([...knownErrors.map((e) => e.id), ...otherSignals])];

// Adding a key is compatible (readers ignore keys they do not know, and a link without it reads as before): still format 1.
const FORMAT = '1';
// A release with a build or distribution suffix ("28.0.0-rc.1", Astra's "25.0.5.astra2"), a nightly ("master-dockerproject-2019-04-09") or "dev".
// Three parts at least, one perhaps "x": "2.3" would read as 2.3.0, below 2.3.2, where most RootlessKits called 2.3 have the fix (review
// R159 H2); a paste's version cut so short is no version either.
const VERSION = /^(?:v?\d{1,5}(?:\.(?:\d{1,5}|x)){2,3}(?:[-+~.][0-9A-Za-z.+~-]{1,40})?|master-dockerproject-\d{4}-\d\d-\d\d|dev)$/;
// An operating system's name as docker info or lsb_release prints it ("Debian GNU/Linux 12 (bookworm)", "Alibaba Cloud Linux (Aliyun Linux)
// release 2.1903 LTS (Hunting Beagle)"): words, numbers, no markup.
const OS = /^[A-Za-z][\w !./()+-]{0,99}$/;

/** Whether a typed value is valid for a kind. */
function valid(kind: Kind, value: unknown): boolean {
  if (typeof kind !== 'string') return kind.includes(value as string);
  switch (kind) {
    case 'bool':
      return typeof value === 'boolean';
    case 'int':
      return Number.isInteger(value) && (value as number) > 0 && (value as number) <= 65535;
    case 'date':
      return typeof value === 'string' && isDate(value);
    case 'pasta':
      // Debian's and Ubuntu's pasta print "unknown version", which a finding is about, as it is about a misread date ("2O25_02_17").
      return typeof value === 'string' && (value === 'unknown version' || parsePastaVersion(value) !== null || misreadPasta(value));
    case 'os':
      // A name cut inside its brackets ("Ubuntu 24.04 LTS (Noble Numbat", a cut link) is no name, as os-release's recogniser holds.
      return typeof value === 'string' && OS.test(value) && unclosed(value) === 0;
    case 'version':
      return typeof value === 'string' && VERSION.test(value);
  }
}

/** Keeps only the answers that a link may carry and that are valid; never throws. */
export function validAnswers(answers: unknown): Answers {
  const out: Record<string, unknown> = {};
  if (typeof answers !== 'object' || answers === null) return out;
  for (const [fact, , kind] of fields) {
    const value = (answers as Record<string, unknown>)[fact];
    if (value !== null && value !== undefined && valid(kind, value)) out[fact] = value;
  }
  return out as Answers;
}

/** Keeps only known signal ids, once each, in a fixed order; never throws. */
export function validSignals(signals: unknown): Signal[] {
  return Array.isArray(signals) ? signalIds.filter((id) => signals.includes(id)) : [];
}

/**
 * Encodes facts and signal ids as a fragment (without "#"); facts listed in `inferred` are left out, the engine derives them
 * again.
 */
export function encodeShare(facts: Answers, inferred: readonly FactKey[] = [], signals: readonly Signal[] = []): string {
  const parts = [`v=${FORMAT}`];
  const ok = validAnswers(facts);
  for (const [fact, key, kind] of fields) {
    const value = ok[fact];
    if (value === undefined || inferred.includes(fact)) continue;
    const text = kind === 'bool' ? (value ? '1' : '0') : String(value);
    parts.push(`${key}=${encodeURIComponent(text)}`);
  }
  const ids = validSignals(signals);
  if (ids.length) parts.push(`sig=${ids.join('.')}`);
  return parts.join('&');
}

/** A fragment's values by key (the first of each), escapes and trailing punctuation undone, or null unless it is of this format; never throws. */
function read(fragment: string): Map<string, string> | null {
  const params = new Map<string, string>();
  for (const pair of pieces(fragment)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      continue;
    }
    if (!params.has(key)) params.set(key, value);
  }
  return params.get('v') === FORMAT ? params : null;
}

/** Decodes a fragment ("#v=1&…" or "v=1&…") into answers: every value validated, unknown keys ignored; never throws. */
export function decodeShare(fragment: string): Answers {
  const params = read(fragment);
  const out: Record<string, unknown> = {};
  if (!params) return out as Answers;
  for (const [fact, key, kind] of fields) {
    const text = params.get(key);
    if (text === undefined) continue;
    const value = kind === 'bool' ? (text === '1' ? true : text === '0' ? false : null) : kind === 'int' ? (/^\d{1,5}$/.test(text) ? Number(text) : null) : text;
    if (value !== null && valid(kind, value)) out[fact] = value;
  }
  return out as Answers;
}

/**
 * A regular expression's source that a fragment meant as a shared link matches (one of its keys, as opposed to a plain anchor such as
 * "#chk-collector"), with or without its "#". A function, so that the engine's bundle, which never asks, leaves it out.
 */
export function sharePattern(): string {
  return `(?:^#*|&)(?:v|sig|${fields.map(([, key]) => key).join('|')})=`;
}

/**
 * Whether a fragment meant as a shared link lost something on the way (a chat tool cut it, a hand edited it): no format or another one,
 * a piece without its "=", or a value that its field refuses. Keys it does not know are a newer checker's, not damage; never throws.
 */
export function shareDamaged(fragment: string): boolean {
  const text = String(fragment);
  if (!new RegExp(sharePattern()).test(text)) return false;
  const params = read(text);
  if (!params || pieces(text).some(brokenPair)) return true;
  const shared = decodeShare(text);
  return fields.some(([fact, key]) => params.has(key) && shared[fact] === undefined);
}

// A version key's value of one or two numbers: every version a link carries has three parts, so a dot after it is where the link was cut.
const CUT_VERSION = new RegExp(`(?:^|&)(?:${fields.filter(([, , kind]) => kind === 'version').map(([, key]) => key).join('|')})=\\d+(?:\\.\\d+)?$`);

/** A fragment's "key=value" pieces, as its sharer meant them (see mendFragment). */
function pieces(fragment: string): string[] {
  return mendFragment(String(fragment).replace(/^#+/, ''), CUT_VERSION).split('&');
}

/** Whether a piece of a link lost its "=", its key holds a stray ";" (an escape mended no further), or its value is cut inside a percent escape. */
function brokenPair(pair: string): boolean {
  if (pair === '') return false;
  const eq = pair.indexOf('=');
  if (eq < 0 || pair.slice(0, eq).includes(';')) return true;
  try {
    decodeURIComponent(pair.slice(eq + 1));
    return false;
  } catch {
    return true;
  }
}

/** Decodes a fragment's signal ids: unknown ids ignored, none for links made before signals were shared; never throws. */
export function decodeSignals(fragment: string): Signal[] {
  return validSignals(read(fragment)?.get('sig')?.split('.'));
}
