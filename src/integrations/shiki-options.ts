import {
  transformerMetaHighlight,
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
} from '@shikijs/transformers';
import { transformerCodeFrame } from './shiki-code-frame.ts';

/**
 * Light and dark Shiki themes for every code block (Markdown fences and <Code> alike).
 * Picked for WCAG AA contrast of every token, also on the highlight and diff tints in src/styles/tokens.css.
 */
export const codeThemes = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;

/** Line notation (highlight, diff, focus, {1,3} meta) and the frame with the language label, in the order they must run. */
export function codeTransformers() {
  return [
    transformerNotationHighlight(),
    transformerNotationDiff(),
    transformerNotationFocus(),
    transformerMetaHighlight(),
    transformerCodeFrame(),
  ];
}
