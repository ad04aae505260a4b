/** The knowledge base as data: every version, date and threshold the site and the checker use. */
export * from './types.ts';
export * from './references.ts';
export * from './rootlesskit.ts';
export * from './passt.ts';
export * from './docker.ts';
export * from './network.ts';
export * from './distributions.ts';
export * from './diagnostics.ts';
