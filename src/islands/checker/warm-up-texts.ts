/** What the engine warms up on before the reader's first paste. */
import { docker } from '../../engine/data/core/docker.ts';
import { rootlesskit } from '../../engine/data/core/rootlesskit.ts';

// A journal's prefix, as systemd's journal prints each line of the daemon's script.
const JOURNAL = 'Dec 03 12:00:00 host dockerd-rootless.sh[1234]: ';

/**
 * The samples, then one paste made of the first as readers' pastes come: a setup stated in English and in Chinese, the output with its
 * newlines lost (two blanks), and with a journal's prefix on each line. A sample alone reaches none of the patterns those need, which
 * V8 compiles on their first use: the reader's first paste would pay for them (in Node, about a third of a large paste's first analysis).
 */
export function warmUpTexts(samples: readonly string[]): string[] {
  const [first] = samples;
  if (first === undefined) return [];
  const [dockerVersion, rootlesskitVersion] = [docker.pastaCapable.version, rootlesskit.hostLoToNsLo.version];
  const lines = first.split('\n');
  const pasted = [
    `I'm running rootless Docker ${dockerVersion} with pasta, and my rootlesskit version is ${rootlesskitVersion}. Is this the reset?`,
    // (Escaped, as stated-zh.ts's words are: an English page's script holds no Chinese but the data's.)
    `\u6211\u7684 rootlesskit \u7248\u672c\u662f ${rootlesskitVersion}\uff0c\u7f51\u7edc\u9a71\u52a8\u662f pasta\u3002`,
    lines.join('  '),
    ...lines.map((line) => JOURNAL + line),
  ];
  return [...samples, pasted.join('\n')];
}
