/** The knowledge base as data, for pages: every version, date and threshold with what it means and its source. The engine imports only core/, whose records carry numbers and sources without the prose. */
export * from './types.ts';
export * from './references.ts';
export * from './rootlesskit.ts';
export * from './passt.ts';
export * from './docker.ts';
export * from './network.ts';
export * from './distributions.ts';
export * from './core/diagnostics.ts';
