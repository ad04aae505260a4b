import Code from './Code.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';

/** Element overrides for <Content components={...} />: anchored headings, base-aware links and inline code that breaks only between words. */
export const mdxComponents = { h2: H2, h3: H3, a: Link, code: Code };
