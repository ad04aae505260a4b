/** Shareable links: derived facts and quick answers in a URL fragment, e.g. "v=1&docker=27.3.1&net=pasta". */
import { networkDrivers, portDrivers } from './data/core/network.ts';
import type { Answers, FactKey } from './types.ts';
import { isDate, parsePastaVersion } from './version.ts';

type Kind = 'bool' | 'version' | 'pasta' | 'date' | 'int' | readonly string[];

/** The facts a link may carry: fact, fragment key, and what a valid value looks like. Nothing else is shared. */
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
];

const FORMAT = '1';
const VERSION = /^(?:v?\d{1,5}(?:\.(?:\d{1,5}|x)){0,3}(?:[-+~][0-9A-Za-z.+~-]{1,40})?|dev)$/;

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
      return typeof value === 'string' && parsePastaVersion(value) !== null;
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

/** Encodes facts as a fragment (without "#"); facts listed in `inferred` are left out, the engine derives them again. */
export function encodeShare(facts: Answers, inferred: readonly FactKey[] = []): string {
  const parts = [`v=${FORMAT}`];
  const ok = validAnswers(facts);
  for (const [fact, key, kind] of fields) {
    const value = ok[fact];
    if (value === undefined || inferred.includes(fact)) continue;
    const text = kind === 'bool' ? (value ? '1' : '0') : String(value);
    parts.push(`${key}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}

/** Decodes a fragment ("#v=1&…" or "v=1&…") into answers: every value validated, unknown keys ignored; never throws. */
export function decodeShare(fragment: string): Answers {
  const params = new Map<string, string>();
  for (const pair of String(fragment).replace(/^#/, '').split('&')) {
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
  if (params.get('v') !== FORMAT) return {};
  const out: Record<string, unknown> = {};
  for (const [fact, key, kind] of fields) {
    const text = params.get(key);
    if (text === undefined) continue;
    const value = kind === 'bool' ? (text === '1' ? true : text === '0' ? false : null) : kind === 'int' ? (/^\d{1,5}$/.test(text) ? Number(text) : null) : text;
    if (value !== null && valid(kind, value)) out[fact] = value;
  }
  return out as Answers;
}
