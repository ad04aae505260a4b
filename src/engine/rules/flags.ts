/** The MTU that DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS sets, which dockerd-rootless.sh passes after its own. */
import { rank, type Collected, type Observation } from '../facts.ts';
import { PREFIX } from '../recognisers/env.ts';

const FLAGS_MTU = new RegExp(`${PREFIX}FLAGS=[^"']*--mtu[= ](\\d+)`);
// What a command shows of the settings: a drop-in by its file's name, or every drop-in at once ('': the unit as systemd has it, or a
// pattern for the files); systemctl edit edits override.conf, or the drop-in it names.
const DROP_IN = /([\w.@*-]+\.conf)\b|docker\.service\.d\/\*/;
const WHOLE_UNIT = /^systemctl --user (?:cat|show|edit --full)(?:\s|$)/;
const EDIT = /^systemctl --user edit(?:\s.*?--drop-in[= ]([\w.@-]+?)(?:\.conf)?(?:\s|$)|\s|$)/;

/** The part of the settings a command shows ('' for all of them), or null for none (a listing of the drop-ins' directory). */
function showing(command: string): string | null {
  if (WHOLE_UNIT.test(command)) return '';
  const edit = EDIT.exec(command);
  if (edit) return `${edit[1] ?? 'override'}.conf`;
  const file = DROP_IN.exec(command);
  return !file ? null : file[1] && !file[1].includes('*') ? file[1] : '';
}

/**
 * Drops each configured MTU that a FLAGS setting's --mtu in the same showing of the settings overrides: RootlessKit takes the last --mtu,
 * and the script passes FLAGS' flags after its own (MTU=, or its default), whatever order the lines come in; two drop-ins shown one after
 * the other are both in force. A command typed between the two lines that shows again (or edits) the file the first came from (the unit
 * as a whole is every file; lines before any such command come from any file), or a network or port driver set again there (set before
 * the first too), starts another showing: where the later line stands as usual.
 */
export function dropMtuBeneathFlags(sink: Collected): void {
  const shown = (sink.signals.get('settings-shown') ?? []).flatMap((e) => {
    const part = showing(e.text);
    return part === null ? [] : [{ line: e.line, part }];
  });
  const set = sink.observations.filter((o) => o.key === 'mtu' && o.rank === rank.config);
  const flags = set.filter((o) => FLAGS_MTU.exec(o.evidence.text)?.[1] === String(o.value));
  if (!flags.length) return;
  const drivers = sink.observations.filter((o) => (o.key === 'networkDriver' || o.key === 'portDriver') && o.rank === rank.config);
  // The file a line came from: what the last command before it showed ('' for any).
  const sourceOf = (line: number): string => shown.findLast((s) => s.line < line)?.part ?? '';
  const apart = (a: Observation, b: Observation): boolean => {
    const [from, to] = [Math.min(a.evidence.line, b.evidence.line), Math.max(a.evidence.line, b.evidence.line)];
    const again = (d: Observation): boolean => drivers.some((e) => e.key === d.key && e.evidence.line < from);
    const same = (part: string): boolean => !part || !sourceOf(from) || part === sourceOf(from);
    return shown.some((s) => s.line > from && s.line < to && same(s.part)) || drivers.some((d) => d.evidence.line > from && d.evidence.line < to && again(d) && same(sourceOf(d.evidence.line)));
  };
  const beneath = set.filter((o) => !flags.includes(o) && flags.some((f) => !apart(f, o)));
  if (beneath.length) sink.observations = sink.observations.filter((o) => !beneath.includes(o));
}
