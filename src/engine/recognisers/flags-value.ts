/** DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS's value as dockerd-rootless.sh gets it, and the flags RootlessKit reads from it. */
import { networkDrivers, portDrivers, refusedDrivers } from '../data/core/network.ts';
import type { Setting } from '../facts.ts';

// The drivers and the MTU among the extra flags of DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS ("--net=pasta --port-driver=implicit"), and
// --disable-host-loopback: the script passes its own first, and RootlessKit takes the last value ("--disable-host-loopback=false"). Go's
// parser takes one dash or two.
const FLAG = /(?<!\S)--?(?:(net|port-driver|mtu)[= ]([\w-]+)|(disable-host-loopback)(?:=(\w+))?)/g;
// How far an unquoted FLAGS value may run: RootlessKit's flags, a few hundred characters at most.
const FLAGS_CHARS = 1000;
const QUOTE = /["'`]/;
/** A systemd unit's setting line, also as grep -r quotes it (after its file's name). */
export const UNIT_LINE = /^(?:\S+\.conf:)?Environment=/;

/** Whether a setting SETTING matched opens a quote in its value ("…FLAGS=\"--copy-up=/opt --port-dri") that the line ends inside. */
export function unclosed(m: RegExpMatchArray): boolean {
  const q = m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : '';
  return !!q && !m[0].endsWith(`=${q}${m[2] ?? m[3]}${q}`);
}

/**
 * FLAGS's value where `m` (env.ts's SETTING) matched it on line `t`, not a unit's line (unit-line.ts reads those). Quoted as a whole
 * assignment ("…FLAGS=--a --b"), an unquoted value runs to that quote's close, looked for within a bound (a line of many settings would be
 * read again from each one to its end), and was cut where the line ends first. In the shell's export, or a command line (`typed`: the
 * script run by hand with it typed before), a blank ends it, as the shell reads it; elsewhere (prose) it runs to a quote or the line's
 * end. A quote opened in the value (FLAGS="--a --b") that the line ends inside was cut.
 */
export function flagsValue(t: string, m: RegExpMatchArray, typed: boolean): Setting {
  const value = m[2] ?? m[3] ?? m[4] ?? '';
  if (unclosed(m)) return { value, cut: true };
  const whole = QUOTE.test(t[m.index! - 1] ?? '');
  if (m[4] === undefined || (!whole && (typed || t.startsWith('export ')))) return { value, cut: false };
  const from = m.index! + m[0].length - value.length;
  const rest = t.slice(from, from + FLAGS_CHARS);
  const end = rest.search(QUOTE);
  return end < 0 ? { value: rest, cut: whole && rest.length < FLAGS_CHARS } : { value: rest.slice(0, end), cut: false };
}

/** The known drivers a cut value may be the start of, by its flag (those RootlessKit refuses too). */
const driversOf = (name: string): readonly string[] => [...(name === 'net' ? networkDrivers : portDrivers), ...refusedDrivers.filter((d) => d.flag === name).map((d) => d.value)];

// A flag a pager cut in its name or right after it, before any value ("--port-dri", "--net="): FLAG needs a value. Two letters at
// least: "--p" may be --publish, --pidns or --propagation, and "-p" is --publish.
const CUT_NAME = /(?<!\S)--?([a-z][a-z-]+)[= ]?$/;
const DRIVER_FLAGS = ['net', 'port-driver'];

/**
 * The flags FLAGS sets, in order, each as written, by name and with its value ('' for --disable-host-loopback alone). A value a pager cut
 * (the last) counts as the one driver it starts the name of, and is '' where it starts none or several, or is an MTU: set, but unknown; so is
 * a driver flag the cut left without its value, or its name's start where that names one of the two.
 */
export function flagsIn(s: Setting): { written: string; name: string; value: string }[] {
  const flags = [...s.value.matchAll(FLAG)].map((f) => {
    const value = f[2] ?? f[4] ?? '';
    if (!s.cut || f.index + f[0].length < s.value.length || !f[2]) return { written: f[0], name: f[1] ?? f[3]!, value };
    const named = f[1] === 'mtu' ? [] : driversOf(f[1]!).filter((d) => d.startsWith(value));
    return { written: f[0], name: f[1]!, value: named.length === 1 ? named[0]! : '' };
  });
  const start = s.cut ? CUT_NAME.exec(s.value) : null;
  const driver = start ? DRIVER_FLAGS.filter((n) => n.startsWith(start[1]!)) : [];
  return driver.length === 1 ? [...flags, { written: start![0], name: driver[0]!, value: '' }] : flags;
}
