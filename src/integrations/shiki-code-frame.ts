import type { transformerNotationDiff } from '@shikijs/transformers';

type ShikiTransformer = ReturnType<typeof transformerNotationDiff>;
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type Element = Extract<Root['children'][number], { type: 'element' }>;

/** Languages whose name is not worth a label: such a block quotes what a program printed, and code.css labels it as output. */
const unlabelled = new Set(['plaintext', 'text', 'txt', 'ansi']);

/**
 * Wraps each highlighted block in a frame with a header naming it: `title="…"` in the block's meta (how <CodeBlock title> passes a label
 * in the page's language), else the language.
 * The copy button is added to the header by the browser script, so pages without JavaScript show no dead button.
 */
export function transformerCodeFrame(): ShikiTransformer {
  return {
    name: 'code-frame',
    root(root) {
      const lang = this.options.lang;
      const output = unlabelled.has(lang);
      const title = /\btitle="([^"]*)"/.exec(this.options.meta?.__raw ?? '')?.[1];
      const name = title ?? (output ? '' : lang);
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
      const frame: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: output ? ['code-frame', 'code-output'] : ['code-frame'] },
        children: [header, ...root.children.filter((child) => child.type === 'element')],
      };
      return { type: 'root', children: [frame] };
    },
  };
}
