/** What DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS must keep when a fix sets it again: its flags but those the fix sets, refused drivers and pasta's option. */
import { flagVariables, refusedDrivers } from '../data/core/network.ts';
import { dindEntrypoint, mtu } from '../data/core/docker.ts';
import { toMtu65520, toSlirp4netns, type DriverSettings } from '../driver-settings.ts';
import { PASTA_OPTION } from '../recognisers/env.ts';
import type { FlagsInForce } from '../facts.ts';
import type { Ctx } from './context.ts';
import type { SettingsSource } from './settings-source.ts';

// A flag that sets a driver or the MTU, which the script sets from its variable too, with its value after "=" (or in the next word); Go's
// parser takes one dash or two.
const DRIVER_FLAG = new RegExp(`^--?(${Object.keys(flagVariables).join('|')})(?:=(.*))?$`);
const PLAIN_TOKEN = /^[\w=.,:/+-]+$/;

/** What a fix that sets the drivers does with FLAGS, in its message's parameters. */
export interface Kept {
  /** What the fix sets. */
  sets: DriverSettings;
  /** The value FLAGS is set to along with the drivers: its other flags, in their order ("" if none); null to leave FLAGS alone. */
  flags: string | null;
  /**
   * Where FLAGS cannot be set again as written: its flags, as written, that set a variable the fix sets to another value, and would still
   * win (RootlessKit reads FLAGS after the variables); a flag a pager cut ends with "…". Empty or absent where there is none.
   */
  remove?: readonly string[];
  /** Where the settings are exported in a shell (rules/settings-source.ts): the fix exports them there, or says the exports must go too. */
  shell?: SettingsSource;
  /** The fix sets pasta for docker:dind-rootless's own image, and no pasta is shown there (noPasst): the fix adds passt to it. */
  passt?: true;
}

/**
 * What a fix setting `sets` does with the FLAGS in force, where it holds a flag for a variable the fix sets, a driver RootlessKit refuses
 * or pasta's option: sets it again to its other flags (never a refused driver, never the option); leaves it alone otherwise; and where
 * it holds what a systemd line cannot carry as written (a quote, a variable) or was cut, names its flags that set what the fix sets to
 * another value, and its refused drivers where the fix sets a driver. With where the settings are exported in a shell, if they are.
 */
export function flagsKept(c: Ctx, sets: DriverSettings): Kept {
  const entrypoint = c.signals.has('dind-entrypoint');
  const kept = entrypoint ? portDriverInFlags(c, sets) : flagsOf(c, sets);
  const passt = sets.includes('NET=pasta') && noPasst(c) ? { passt: true as const } : {};
  return { ...kept, ...passt, ...(c.settingsSource ? { shell: c.settingsSource } : {}) };
}

/**
 * flagsOf for docker:dind-rootless's entrypoint, which reads no PORT_DRIVER and passes its own, builtin, before FLAGS: another port driver
 * the fix sets goes in FLAGS (after its other flags), where a later flag wins. Builtin needs none there (flagsOf drops another from FLAGS,
 * and one not shown that sets the port driver in force goes with FLAGS set empty); the variable is left in the fix, read by nothing, so
 * that what is written does not say another. Where FLAGS cannot be written again as it is (cut, or more than flags), the fix is flagsOf's.
 */
function portDriverInFlags(c: Ctx, sets: DriverSettings): Kept {
  const kept = flagsOf(c, sets);
  const port = sets.find((v) => v.startsWith('PORT_DRIVER='));
  const driver = port?.slice(port.indexOf('=') + 1);
  // Another port driver in force where no FLAGS shows: one the paste does not show sets it, which goes for builtin.
  if (driver === dindEntrypoint.portDriver && !c.flagsInForce && c.f.portDriver !== null && c.f.portDriver !== driver) return { ...kept, flags: '' };
  if (!port || driver === dindEntrypoint.portDriver || kept.remove || (kept.flags === null && c.flagsInForce && !rewritable(c.flagsInForce))) return kept;
  // Left alone by flagsOf (null), FLAGS keeps what it holds.
  const flags = kept.flags ?? c.flagsInForce?.value.trim() ?? '';
  return { sets: kept.sets.filter((v) => v !== port), flags: [flags, `--port-driver=${driver}`].filter(Boolean).join(' ') };
}

/** Whether FLAGS in force can be written again as it is: shown whole, and only flags with their values (plainFlags). */
const rewritable = (f: FlagsInForce): boolean => !f.cut && plainFlags(f.value.trim().split(/\s+/).filter(Boolean));

/**
 * Whether FLAGS's words are flags alone, each plain, a word that is no flag being the value of a flag without "=" before it ("--net
 * pasta"): what a fix can write again as it is.
 */
const plainFlags = (tokens: readonly string[]): boolean =>
  tokens.every((t, i) => PLAIN_TOKEN.test(t) && (t.startsWith('-') || (!!tokens[i - 1]?.startsWith('-') && !tokens[i - 1]!.includes('='))));

/** Whether the daemon's image is docker:dind-rootless's own, without passt, and nothing shows pasta there: running, or its version. */
export const noPasst = (c: Ctx): boolean =>
  c.signals.has('stock-image') && !(c.f.networkDriver === 'pasta' && !c.signals.has('pasta-set-only')) && c.f.pastaVersion === null && c.f.hostLoToNsLo === null;

/** What a fix back to slirp4netns sets: the MTU too, unless the settings set one other than 1500 (driver-settings.ts). */
export const slirp4netns = (c: Ctx): DriverSettings => toSlirp4netns((c.evidence.mtu ?? []).some((e) => c.settings.has(e.line)) ? c.f.mtu : null);

/** flagsKept without where the settings come from. */
function flagsOf(c: Ctx, sets: DriverSettings): Kept {
  if (!c.flagsInForce) return { sets, flags: null };
  const { value, cut } = c.flagsInForce;
  const tokens = value.trim().split(/\s+/).filter(Boolean);
  const refused = cut || !plainFlags(tokens);
  let touched = false;
  let slow = false;
  // A fix of the MTU alone leaves a refused driver to the driver finding's fix: it is not one the MTU's would override.
  const drives = sets.some((v) => !v.startsWith('MTU='));
  const kept: string[] = [];
  const remove: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const flag = DRIVER_FLAG.exec(token);
    if (!flag) {
      if (PASTA_OPTION.test(token)) touched = true;
      else kept.push(token);
      continue;
    }
    // "--net pasta": the value is the next word.
    const spaced = flag[2] === undefined && i + 1 < tokens.length;
    const written = spaced ? `${token} ${tokens[++i]}` : token;
    const given = spaced ? tokens[i]! : (flag[2] ?? '');
    const variable = `${flagVariables[flag[1] as keyof typeof flagVariables]}=`;
    const set = sets.find((v) => v.startsWith(variable));
    // RootlessKit refuses it whatever else is set: kept, it would stop the daemon again.
    const bad = refusedDrivers.some((d) => d.flag === flag[1] && d.value === given);
    touched ||= !!set || bad;
    // MTU 1500, slow (the mtu-1500 finding): a FLAGS written again goes without it, at the fix's MTU; kept, running the fix after that
    // finding's would bring it back.
    if (variable === 'MTU=' && !set && given === String(mtu.explicitNetLegacy.value)) slow = true;
    else if (!set && !bad) kept.push(written);
    // A value a pager cut ("--net=ho…") is taken for the fix's only where the whole of the fix's shows (the closing quote alone was cut).
    else if (set ? variable + given !== set : drives) remove.push(cut && i === tokens.length - 1 ? written.replace(/…?$/, '…') : written);
  }
  if (!touched) return { sets, flags: null };
  return refused ? { sets, flags: null, remove } : { sets: slow ? [...sets, ...toMtu65520] : sets, flags: kept.join(' ') };
}
