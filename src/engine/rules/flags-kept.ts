/** What DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS must keep when a fix sets it again: its flags but the drivers, the MTU and pasta's option. */
import { PASTA_OPTION, PREFIX } from '../recognisers/env.ts';
import type { Ctx } from './context.ts';

// Quoted (the whole assignment, as systemd writes it, or its value), the value runs to the closing quote; unquoted, it is one word.
const FLAGS_VALUE = new RegExp(`(["']?)${PREFIX}FLAGS=(["']?)`);
// The flags the fixes set through their own variables; FLAGS comes after them in RootlessKit's argv, so it would win.
const SET_BY_FIX = /^--(?:net|port-driver|mtu)(?:=|$)/;
const PLAIN_TOKEN = /^[\w=.,:/+-]+$/;
// A driver the checker does not read as one ("--net=host") leaves no driver's evidence: the fix must take it out all the same.
const SETS_DRIVER = /--(?:net|port-driver)[= ]/;

/**
 * The FLAGS value a fix must set along with the drivers, where the drivers (read or not) or pasta's option were read from FLAGS: its other flags, in
 * their order ("" if none); null where FLAGS set neither, or holds what a systemd line cannot carry as written (a quote, a variable).
 */
export function flagsKept(c: Ctx): string | null {
  const unread = c.flagsInForce && SETS_DRIVER.test(c.flagsInForce.text) ? [c.flagsInForce] : [];
  const set = [...(c.evidence.networkDriver ?? []), ...(c.evidence.portDriver ?? []), ...(c.signals.get('flags-pasta-option') ?? []), ...unread];
  const line = set.find((e) => FLAGS_VALUE.test(e.text));
  if (!line) return null;
  const m = FLAGS_VALUE.exec(line.text)!;
  const rest = line.text.slice(m.index + m[0].length);
  const quote = m[1] || m[2];
  // A quote that does not close: the line was cut (a pager's width), and what the value held past it is not known.
  if (quote && !rest.includes(quote)) return null;
  const value = quote ? rest.slice(0, rest.indexOf(quote)) : rest.split(/\s/)[0]!;
  const tokens = value.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A word is a flag's value only after a flag without "=" ("--net pasta"); else it is no flag at all.
    const value = !tokens[i]!.startsWith('-') && !!tokens[i - 1]?.startsWith('-') && !tokens[i - 1]!.includes('=');
    if (!PLAIN_TOKEN.test(tokens[i]!) || (!tokens[i]!.startsWith('-') && !value)) return null;
    // "--net pasta": the value is the next token.
    if (SET_BY_FIX.test(tokens[i]!)) i += tokens[i]!.includes('=') ? 0 : 1;
    else if (!PASTA_OPTION.test(tokens[i]!)) kept.push(tokens[i]!);
  }
  return kept.join(' ');
}
