/**
 * The kernel's settings that let users create user namespaces (Docker's rootless troubleshooting): as sysctl prints them, as
 * `cat` of their files or `sysctl -n` answers (a bare number on the next line: what the checker's own commands print), or written.
 */
import { atPrompt, type Line } from '../clean.ts';
import type { Recogniser, Sink } from '../facts.ts';
import { REFUSAL } from './refusals.ts';

// sysctl's answer for a setting, as the line it prints.
const SETTING = /^(kernel\.unprivileged_userns_clone|user\.max_user_namespaces) = (\d+)$/;
// The setting written through its file, typed ("echo 1 | sudo tee /proc/sys/kernel/unprivileged_userns_clone"): another answer.
const WRITTEN = /^echo ["']?(\d+)["']? *\| *(?:sudo )?tee (?:-a )?\/proc\/sys\/(kernel|user)\/(unprivileged_userns_clone|max_user_namespaces)(?:$|[\s;&>])/;
// Asked for the bare values: cat of the files, or sysctl -n of the names, one answer a line in the order asked. Nothing else on the line:
// after a redirection of the output, a pipe or another command, the number that follows is an exit status or a count ("; echo $?",
// "| wc -l"). Errors sent away ("2>/dev/null") leave the answer of a setting asked alone; of several, they take the lines that kept the
// answers in order (a setting the kernel lacks).
const ASKED = /^(?:sudo )?(?:cat|sysctl -n)((?: +(?:\/proc\/sys\/)?\w+[./]\w+)+)( +2> *\/dev\/null)?$/;
const NAME = /^(?:\/proc\/sys\/)?(\w+)[./](\w+)$/;
// A here-document's start ("cat > check.sh <<'EOF'"; not a here-string's <<<): the lines up to its delimiter are a file's text, not
// commands and their output.
const HEREDOC = /(?<!<)<<-? *(["']?)([A-Za-z_]\w*)\1/;
// The two settings, each with whether it is the kernel's switch (else the user namespaces' limit).
const KERNEL_SWITCH: Record<string, boolean> = { 'kernel.unprivileged_userns_clone': true, 'user.max_user_namespaces': false };
const NUMBER = /^\d+$/;
// What cat and sysctl print for a setting this kernel does not have, in place of its answer.
const ABSENT = /^(?:cat|sysctl): .*(?:No such file or directory|cannot stat)/;
// tee's error for the file, or sudo's refusal before tee ran at all (past sudo's warnings: "sudo: unable to resolve host …").
const SUDO_WARNINGS = 3;
const TEE_FAILED = new RegExp(`^tee: \\/proc\\/sys\\/\\S+: |${REFUSAL.source}`);

/** Reports each answer of 0 as user namespaces unavailable, and every answer as its setting's marker (overcome.ts keeps the last). */
export const userns: Recogniser = (lines, sink) => {
  let heredoc: string | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const t = line.trimmed;
    if (heredoc !== null) {
      if (t === heredoc) heredoc = null;
      continue;
    }
    // (Not a shift in arithmetic, "$((1 << SHIFT))" or "(( (1 << X) + 1 ))": everything from its first "((" to its last "))" goes.)
    if (t.includes('<<')) heredoc = HEREDOC.exec(t.replace(/\(\(.*\)\)/, ''))?.[2] ?? null;
    // Every line read here names one of the two settings.
    if (!line.text.includes('_user')) continue;
    const setting = SETTING.exec(t);
    if (setting) answer(setting[1]!.startsWith('kernel'), setting[2]!, [line], sink);
    const written = atPrompt(line) && t.startsWith('echo') && !refused(lines, k) ? WRITTEN.exec(t) : null;
    if (written) answer(written[2] === 'kernel', written[1]!, [line], sink);
    const asked = t.includes('/proc/sys/') || t.startsWith('sysctl') || t.startsWith('sudo sysctl') ? ASKED.exec(t) : null;
    const names = asked?.[1]!.trim().split(/ +/) ?? [];
    if (asked && (!asked[2] || names.length === 1)) k += answers(names, lines, k, sink);
  }
};

/** Reads the bare answers after the command at `k` for the settings it names in order; returns how many lines they take. */
function answers(names: readonly string[], lines: readonly Line[], k: number, sink: Sink): number {
  let taken = 0;
  for (const name of names) {
    const next = lines[k + taken + 1];
    if (!next) break;
    const setting = NAME.exec(name);
    const number = NUMBER.test(next.trimmed);
    if (!setting || (!number && !ABSENT.test(next.trimmed))) break;
    taken++;
    // Another setting asked beside them (AppArmor's restriction) takes its line, and says nothing by itself.
    const kernel = KERNEL_SWITCH[`${setting[1]}.${setting[2]}`];
    if (number && kernel !== undefined) answer(kernel, next.trimmed, [lines[k]!, next], sink);
  }
  return taken;
}

/** Marks an answer for its setting, and one of 0 as user namespaces unavailable, on each of its lines. */
function answer(kernel: boolean, value: string, where: readonly Line[], sink: Sink): void {
  const off = value === '0';
  for (const line of where) {
    if (off) sink.signal('userns-unavailable', line);
    sink.signal(kernel ? (off ? 'userns-clone-off' : 'userns-clone-on') : off ? 'userns-max-off' : 'userns-max-on', line);
  }
}

/** Whether tee's or sudo's error follows the write at `k`, past sudo's warnings. */
function refused(lines: readonly Line[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + SUDO_WARNINGS + 1; j++) {
    if (TEE_FAILED.test(lines[j]!.trimmed)) return true;
    if (!lines[j]!.trimmed.startsWith('sudo: ')) return false;
  }
  return false;
}
