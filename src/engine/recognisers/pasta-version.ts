/**
 * `pasta --version` in every distribution form, "unknown version", an empty version, our collector's probe line, `pasta --help` listing
 * --host-lo-to-ns-lo, and the shell finding no pasta.
 */
import { atPrompt, type Line } from '../clean.ts';
import { rank, type Sink } from '../facts.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';
import { misreadPasta, namesNoRelease, parsePastaVersion } from '../version.ts';

/**
 * The words of a Chinese sentence between a command and the output it quotes ("\u8f93\u51fa", "\u663e\u793a", "\u7684\u7ed3\u679c\u662f\uff1a"): output, shows,
 * result, returns (escaped, so that English pages load no Chinese).
 */
export const OUTPUT_SAID = String.raw`(?:\u7684)?(?:\u8f93\u51fa|\u663e\u793a|\u7ed3\u679c|\u8fd4\u56de)(?:\u662f|\u4e3a)?[:\uff1a]?`;
// pasta's own first line ("pasta 2024_09_06.6b38f07"), and the version as people label it by hand, in any case: "pasta version: …"
// (rootlesskit#511), "passt: …", "pasta --version: pasta …". A label is what its writer says the machine runs, as the output it stands for
// would: all of them count alike. After a list's dash only a label counts ("- passt 2025_01_21…" is a setup written as a list: written.ts).
// So is the output a Chinese sentence quotes after the command ("pasta --version \u8f93\u51fa pasta …": OUTPUT_SAID).
const VERSION_LINE = new RegExp(
  String.raw`^(?:- +(?=[\w. -]+: ))?(?:pasta|passt)(?:\.avx2)?(?:(?: --version *${OUTPUT_SAID} *|(?: version| --version)?:? +)(?:(?:pasta|passt)(?:\.avx2)? +)?(.*))?$`,
  'i',
);
/** A hand-written label of pasta's version (an issue form's field, a list's item, a table's row), which pasta itself never prints. */
export const PASTA_LABEL = /^(?:- +)?(?:pasta|passt)(?:\.avx2)?(?: version| --version)?[:\uff1a]|^\| *(?:pasta|passt)\b/i;
// The same label as a Markdown table's row: "| passt | 0.0~git… |".
const TABLE_ROW = /^\| *((?:pasta|passt)[\w .-]*?) *\| *([^|]*?) *\|$/i;
const PROBE = /^host-lo-to-ns-lo probe: *(\d{1,3})$/;
// A version quoted whole after a hand-written label ("passt version: `passt 0^20240405.g954589b-1`").
const QUOTED = /^`(?:(?:pasta|passt) )?([^`]+)`$/;
// pasta's printed first line quoted whole as inline code in prose, where the line says it is the reader's own: a label that ends in it
// ("passt from bookworm-backports: `pasta 0.0~git20250217.a1e48a0-1~bpo12+1`", "docker 28.0.1 rootless, pasta (`pasta 2025_02_17.a1e48a0`)")
// or a statement of what the reader runs ("I'm on Fedora 41, `pasta 2024_10_30.ee7d0b6` from the repos"), never a question's. Not a
// threshold, a plan, another's quote or passt's package named in prose ("Debian trixie provides `passt 0.0~git20250503.587980c-2`").
const INLINE_LABEL = /^[^`?]*(?::\s*|\b(?:pasta|passt) \()`pasta(?:\.avx2)? +([^\s`]+)`\)?\s*\.?$/;
const INLINE_MINE = /^(?:I(?:'|\u2019)m|I am|I(?:'|\u2019)ve got|I (?:have|run|use))\b[^`?]*?(?<!\bto )`pasta(?:\.avx2)? +([^\s`]+)`[^?]*$/i;
// The copyright line that follows, when its newline was lost (echo $(pasta --version), a form's one-line field).
const COPYRIGHT = / *Copyright .*$/;
// The guide's own form of the probe, the command (its output sent away, not piped: a pipe's status is the last command's) and then its
// exit status on the next line, as sh's $? or fish's $status (fish has no $?). (Unsent, pasta's words for an option it does not know say
// it first.)
const BARE_PROBE = /^(?:\/[\w./-]*\/)?pasta --host-lo-to-ns-lo --version [^|]*>[^|]*; *echo "?\$(?:\?|status)"?$/;
const STATUS = /^\d{1,3}$/;
// A command that runs pasta in a Podman machine: that VM's pasta is Podman's, not the Docker host's. On another machine or in another VM
// (ssh, Lima, Multipass), it may be the Docker host's (a DOCKER_HOST naming it) or another one: a hint, which this host's beats unless the
// client asks another machine (local-again.ts).
const PODMAN_MACHINE = /^podman machine ssh\s.*\bpasta\b/;
const ELSEWHERE = /^(?:ssh|limactl shell|lima|multipass exec|vagrant ssh)\s.*\bpasta\b/;
// pasta itself run with an option, where no prompt shows it typed: this machine's.
const RUN_HERE = /^(?:sudo +)?(?:\/\S*\/)?pasta(?:\.avx2)? +-/;
// pasta's help typed (piped into grep, say), and its line for the option, which every pasta from the change on lists: it accepts the flag,
// as the probe's 0 says. (Its "DEPRECATED" before 2025_02_17 says nothing of whether RootlessKit passes it.)
const HELP = /^(?:\/\S*\/)?(?:pasta|passt)(?:\.avx2)? (?:.* )?(?:--help|-h)(?:\s|$)/;
const HELP_OPTION = /^--host-lo-to-ns-lo(?:\s|$)/;
// A package manager's query typed, whose "passt <version>" rows (dpkg-query -W's, pacman -Q's) say what is installed, as dpkg -l's do,
// not what a pasta binary printed.
const PACKAGE_QUERY = /^(?:sudo +)?(?:dpkg-query|pacman|rpm|apk|xbps-query)\s/;
// What getopt (glibc) prints for an option this pasta does not know, naming the program as it was run, by its path too
// ("/usr/bin/pasta: unrecognized option", review R158 H3).
const UNKNOWN_FLAG = /^(?:(?:\/[\w.+-]+)*\/)?pasta(?:\.avx2)?: unrecognized option '--host-lo-to-ns-lo'$/;
// The shell's answer when pasta is not on its PATH: bash's and dash's (their name and a line number first; bash's also in German,
// French and Chinese, the last escaped as English pages ship no Chinese), zsh's, fish's, Ubuntu's command-not-found,
// which's, and the guide's own check's (command -v pasta || echo).
const NOT_INSTALLED =
  /(?:^|: )(?:pasta: (?:command not found|not found|not installed|Befehl nicht gefunden|commande introuvable|\u672a\u627e\u5230\u547d\u4ee4)|command not found: pasta|Unknown command: pasta)$|^Command 'pasta' not found\b|^which: no pasta in /;

/** What every line the shell's answer that pasta is missing (NOT_INSTALLED), or its version as inline code (INLINE_LABEL, INLINE_MINE), is looked for in has. */
export const pastaMissingWords = ['pasta'];

type Where = 'here' | 'podman-machine' | 'elsewhere';
/** Where a command runs pasta. */
const where = (command: string): Where => (PODMAN_MACHINE.test(command) ? 'podman-machine' : ELSEWHERE.test(command) ? 'elsewhere' : 'here');

/** Reports a pasta version string (and the date it encodes) at the given rank; false when it is not one. */
export function reportPastaVersion(version: string, r: number, line: Line, sink: Sink): boolean {
  const printed = version.trim();
  // "unknown version", or a date with a letter for a digit (OCR's "2O25_02_17", left unread as a misread RootlessKit version is): says
  // pasta is there, not which one: weak, so a package version can still tell the date.
  if (namesNoRelease(printed) || misreadPasta(printed)) {
    sink.fact('pastaVersion', printed, rank.weak, line);
    return true;
  }
  const build = parsePastaVersion(printed);
  if (!build) return false;
  sink.fact('pastaVersion', printed, r, line);
  sink.fact('pastaDate', build.date, r, line);
  return true;
}

/** Reads `pasta <VERSION>` (the first line of --version; an empty VERSION only when the copyright line follows). */
export const pastaVersion = (lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines)): void => {
  // Where the command that printed a line ran pasta: the nearest line before it typed at a prompt, or that runs pasta here, on another
  // machine or in a VM (a warning of ssh's may come between); before any, the line just before. Each command is looked at once.
  let command: Where | null = null;
  let help = false;
  let queried = false;
  // The next of the lines `worded`.
  let w = 0;
  lines.forEach((line, i) => {
    const t = line.trimmed;
    const may = worded[w] === i;
    if (may) w++;
    const typed = atPrompt(line);
    const runs = typed || ('slmvp/'.includes(t[0]!) && (PODMAN_MACHINE.test(t) || ELSEWHERE.test(t) || RUN_HERE.test(t)));
    const missing = may && t.includes('pasta') && NOT_INSTALLED.test(t) && !t.startsWith('sudo:');
    // All start so, or quote pasta's version inline (a line with its word): most lines are spared the tests below.
    const read = missing || 'phP/-|'.includes(t[0]!) || (may && t.includes('`pasta'));
    const ran = read ? (command ?? where(lines[i - 1]?.trimmed ?? '')) : 'here';
    if (runs) command = where(t);
    if (typed) {
      help = HELP.test(t);
      queried = PACKAGE_QUERY.test(t);
    }
    if (!read) return;
    // Whose pasta answered: this machine's, a Podman machine's (none of Docker's), or another machine's or VM's (a hint).
    if (ran === 'podman-machine') return;
    const r = ran === 'elsewhere' ? rank.hint : rank.binary;
    // What the shell's PATH lacks, the daemon's usually does too (the verdict this decides is inferred); not sudo's, whose PATH is its
    // own secure_path. Another machine's shell says nothing of this one's.
    if (missing) return r === rank.binary ? sink.fact('pastaInstalled', false, r, line) : undefined;
    const next = lines[i + 1]?.trimmed ?? '';
    // Each pattern below is tried only on a line that starts as its matches do.
    const lead = t[0]!;
    const probe = (lead === 'h' ? PROBE.exec(t)?.[1] : undefined) ?? ('/p'.includes(lead) && BARE_PROBE.test(t) && STATUS.test(next) ? next : undefined);
    if (probe) {
      // The shell's 127 and 126: no pasta, or one that cannot run. That says nothing about the flag.
      if (probe === '127') sink.fact('pastaInstalled', false, rank.binary, line);
      else if (probe !== '126') sink.fact('pastaAcceptsHostLoToNsLo', probe === '0', rank.binary, line);
      return;
    }
    if ((lead === 'p' || lead === '/') && UNKNOWN_FLAG.test(t)) return sink.fact('pastaAcceptsHostLoToNsLo', false, r, line);
    if (help && lead === '-' && HELP_OPTION.test(t)) return sink.fact('pastaAcceptsHostLoToNsLo', true, r, line);
    const row = lead === '|' ? TABLE_ROW.exec(t) : null;
    const m = row || '-pP'.includes(lead) ? VERSION_LINE.exec(row ? `${row[1]}: ${row[2]}` : t) : null;
    if (m) {
      const printed = (m[1] ?? '').replace(COPYRIGHT, '');
      const version = QUOTED.exec(printed)?.[1] ?? printed;
      if ((version || m[1] || lines[i + 1]?.trimmed.startsWith('Copyright')) && reportPastaVersion(version, queried ? Math.min(r, rank.package) : r, line, sink)) return;
    }
    const inline = t.includes('`') ? (INLINE_LABEL.exec(t) ?? INLINE_MINE.exec(t)) : null;
    // What the reader says is installed, as a package shows it: a typed pasta --version beats it.
    if (inline && parsePastaVersion(inline[1]!)) reportPastaVersion(inline[1]!, Math.min(r, rank.package), line, sink);
  });
};
