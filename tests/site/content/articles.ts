/** The articles this guide must publish: slug (permanent), source file and sidebar group, as the brief fixes them. */
export const articles = [
  { slug: '', file: 'index.mdx', group: 'Start here' },
  { slug: 'problem', file: 'problem.mdx', group: 'Start here' },
  { slug: 'fix', file: 'fix.mdx', group: 'Start here' },
  { slug: 'remediation', file: 'remediation.mdx', group: 'Start here' },
  { slug: 'rootless-networking', file: 'rootless-networking.mdx', group: 'How it works' },
  { slug: 'slirp4netns', file: 'slirp4netns.mdx', group: 'How it works' },
  { slug: 'pasta', file: 'pasta.mdx', group: 'How it works' },
  { slug: 'root-cause', file: 'root-cause.mdx', group: 'How it works' },
  { slug: 'security', file: 'security.mdx', group: 'How it works' },
  { slug: 'compatibility', file: 'compatibility.mdx', group: 'Reference' },
  { slug: 'troubleshooting', file: 'troubleshooting.mdx', group: 'Reference' },
  { slug: 'diagnostics', file: 'diagnostics.mdx', group: 'Reference' },
  { slug: 'glossary', file: 'glossary.mdx', group: 'Reference' },
  { slug: 'references', file: 'references.mdx', group: 'Reference' },
] as const;

/** The URL path of an article under `base`: "" → base, "fix" → "<base>fix/". */
export function articleUrl(base: string, slug: string): string {
  return slug === '' ? base : `${base}${slug}/`;
}
