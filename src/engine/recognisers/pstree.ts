/** pstree -a's process lines: a tree's branch glyphs and pstree -p's PID around a process's name. */

// A branch before the name: Unicode (the default, and -G as a terminal shows it) or ASCII (-A); then the name, then pstree -p's
// ",PID" (and -u's ",user" where the user changes). Threads ("{name}") and compressed runs ("2*[{name}]") show no argv, and the
// one-line forms without -a ("rootlesskit-+-exe---dockerd") stay one token that names no program.
const NODE = /^(?:[├└]─|[|`]-)?([A-Za-z][\w.-]*?)(?:,(\d+)(?:,[a-z_][\w-]*)?)?$/;
// The tree's vertical bars before a branch.
const BAR = /^[│|]$/;

/**
 * The tokens of a pstree -a line as ps shows the process (unchanged for any other line): "├─pasta,1862 --stderr …" as "1862 pasta
 * --stderr …", "`-pasta …" as "pasta …"; a line pstree cut at its width (ending in "+") loses its last, partial token.
 */
export function treeArgv(tokens: readonly string[]): readonly string[] {
  const at = tokens.findIndex((token) => !BAR.test(token));
  const token = tokens[at] ?? '';
  if (!token.includes(',') && !token.includes('─') && !token.startsWith('|-') && !token.startsWith('`-')) return tokens;
  const m = NODE.exec(token);
  if (!m) return tokens;
  const out = [...tokens.slice(0, at), ...(m[2] ? [m[2], m[1]!] : [m[1]!]), ...tokens.slice(at + 1)];
  if (out.length > at + 1 && out.at(-1)!.endsWith('+')) out.pop();
  return out;
}
