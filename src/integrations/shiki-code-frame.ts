import type { transformerNotationDiff } from '@shikijs/transformers';

type ShikiTransformer = ReturnType<typeof transformerNotationDiff>;
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type Element = Extract<Root['children'][number], { type: 'element' }>;

/** Languages whose name is not worth a label. */
const unlabelled = new Set(['plaintext', 'text', 'txt', 'ansi']);

/**
 * Wraps each highlighted block in a frame with a header naming the language.
 * The copy button is added to the header by the browser script, so pages without JavaScript show no dead button.
 */
export function transformerCodeFrame(): ShikiTransformer {
  return {
    name: 'code-frame',
    root(root) {
      const lang = this.options.lang;
      const label: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['code-lang'] },
        children: unlabelled.has(lang) ? [] : [{ type: 'text', value: lang }],
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
        properties: { className: ['code-frame'] },
        children: [header, ...root.children.filter((child) => child.type === 'element')],
      };
      return { type: 'root', children: [frame] };
    },
  };
}
