import type { transformerNotationDiff } from '@shikijs/transformers';
import { codeRuns } from '../components/content/line-breaks.ts';

type ShikiTransformer = ReturnType<typeof transformerNotationDiff>;
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type Element = Extract<Root['children'][number], { type: 'element' }>;
type Child = Element['children'][number];

/** Languages whose name is not worth a label: such a block quotes what a program printed (code.css labels it as output), or is a file. */
const unlabelled = new Set(['plaintext', 'text', 'txt', 'ansi']);

/** Configuration files, whose lines wrap like output on a narrow screen: a long `key=value` line is read whole, not cut at the edge. */
const wrapped = new Set(['ini']);

/** What a block holds, which its header says and its layout follows (code.css). */
export type CodeKind = 'output' | 'file' | 'code';

/**
 * How the frame names a block, from its language and its meta string: `file` in the meta marks a file for the reader to create (labelled
 * "File", or "<language> file"), a text block without it quotes a program's output, anything else is code labelled with its language.
 * `title="…"` (how <CodeBlock title> passes a label in the page's language) replaces the label's text; `nowrap` makes a text block code to read
 * rather than output (an argument list, read token by token): its lines scroll whole, as code's do.
 */
export function codeFrameKind(lang: string, meta: string): { kind: CodeKind; name: string; wrap: boolean } {
  const title = /\btitle="([^"]*)"/.exec(meta)?.[1];
  const flags = meta.replace(/\btitle="[^"]*"/, '');
  const file = /(?:^|\s)file(?:\s|$)/.test(flags);
  const plain = unlabelled.has(lang);
  const nowrap = /(?:^|\s)nowrap(?:\s|$)/.test(flags);
  const kind: CodeKind = file ? 'file' : plain && !nowrap ? 'output' : 'code';
  return { kind, name: title ?? (plain ? '' : lang), wrap: kind === 'output' || wrapped.has(lang) };
}

/** Text as a node. */
const textNode = (text: string): Child => ({ type: 'text', value: text });

/** A run that a wrap keeps on one line (base.css .nowrap); a piece of a long word is one after which a line may break (code.css). */
const whole = (text: string, piece = false): Child => ({
  type: 'element',
  tagName: 'span',
  properties: { className: piece ? ['nowrap', 'piece'] : ['nowrap'] },
  children: [textNode(text)],
});

/** A word with no place to break inside it (letters and digits, then punctuation), or Han text, which breaks between its characters. */
const loose = /^[\p{L}\p{N}'’]*[.,:;!?]*$|\p{Script=Han}/u;

/**
 * A line of output as words that wrap only at its spaces: left alone, a browser breaks "--force" between its dashes and "--ns-ifname" after
 * a hyphen, and a reader sees other options. A word longer than a phone line breaks only where inline code does (line-breaks.ts codeRuns),
 * else where it must, but never right after its leading dashes. Words that cannot break are left as they are, as the page would only weigh
 * more. The text, and so a copy of it, is unchanged.
 */
function outputWords(text: string): Child[] {
  return text.split(/(\s+)/).filter(Boolean).flatMap((word): Child[] => {
    if (/^\s/.test(word) || loose.test(word)) return [textNode(word)];
    const runs = codeRuns(word);
    if (runs.length === 1 && runs[0]!.whole) return [whole(word)];
    return runs.flatMap((run): Child[] => {
      if (run.whole) return [whole(run.text, true)];
      const lead = /^-+./.exec(run.text)?.[0] ?? '';
      return [...(lead ? [whole(lead)] : []), textNode(run.text.slice(lead.length))];
    });
  });
}

/** The node with the text inside it split into outputWords. */
function splitOutput(node: Element): void {
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text') return outputWords(child.value);
    if (child.type === 'element') splitOutput(child);
    return [child];
  });
}

/**
 * Wraps each highlighted block in a frame with a header naming it (codeFrameKind). The frame's classes say what it holds:
 * code-output (a program's output), code-file (a file to create), code-wrap (long lines wrap instead of scrolling).
 * The copy button is added to the header by the browser script, so pages without JavaScript show no dead button.
 */
export function transformerCodeFrame(): ShikiTransformer {
  return {
    name: 'code-frame',
    root(root) {
      const { kind, name, wrap } = codeFrameKind(this.options.lang, this.options.meta?.__raw ?? '');
      const label: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['code-lang'] },
        children: name ? [{ type: 'text', value: name }] : [],
      };
      const header: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-header'], dataPagefindIgnore: '' },
        children: [label],
      };
      if (kind === 'output') for (const child of root.children) if (child.type === 'element') splitOutput(child);
      const className = ['code-frame', ...(kind === 'code' ? [] : [`code-${kind}`]), ...(wrap ? ['code-wrap'] : [])];
      const frame: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className },
        children: [header, ...root.children.filter((child) => child.type === 'element')],
      };
      return { type: 'root', children: [frame] };
    },
  };
}
