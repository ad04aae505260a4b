/** Shapes of the knowledge records. Every record names the primary source that establishes it. */
import type * as urls from './urls.ts';

/** A public primary source: an upstream commit, tag, pull request, issue, man page or document. */
export interface Reference {
  /** Stable key used by records and pages, e.g. "moby-48838". */
  id: string;
  project: 'moby' | 'rootlesskit' | 'nerdctl' | 'passt' | 'podman' | 'docker-docs' | 'distributions' | 'slirp4netns' | 'linux';
  title: string;
  url: string;
  /** One sentence: what this source establishes for the site. */
  establishes: string;
}

/** A RootlessKit release tag. `date` is the tag date (YYYY-MM-DD) or null where it is not verified. */
export interface RootlesskitRelease {
  version: string;
  date: string | null;
  source: string;
  /** What the site says about the release; options and names of code in `backticks` (pages show them as code). */
  note?: string;
}

/** An upstream passt/pasta release tag, `YYYY_MM_DD.<7-hex commit>`. */
export interface PasstRelease {
  tag: string;
  /** The tag's date as YYYY-MM-DD (derived from the tag name). */
  date: string;
  source: string;
}

/** Docker Engine releases as one release-notes file lists them in its headings, newest first as the file does. */
export interface DockerReleaseNotes {
  releases: readonly string[];
  source: string;
}

/** One row of the Docker Engine → bundled RootlessKit table (docker-ce-rootless-extras and the static tarball). */
export interface DockerBundle {
  /** First Docker Engine release of the range. */
  first: string;
  /** Last Docker Engine release of the range; a trailing ".x" means every patch release of that minor line. */
  last: string;
  /** Bundled RootlessKit as printed by `rootlesskit --version` (a ".x" suffix: the exact patch is not recorded). */
  rootlesskit: string;
  source: string;
}

/** A version at which something changes, with what changes and where that is established. */
export interface Threshold {
  version: string;
  /** Release date (YYYY-MM-DD) where it is known. */
  date?: string;
  what: string;
  source: string;
}

/**
 * A primary source as the engine's records (core/) cite it: the name of its URL in urls.ts. The records pages read
 * carry the URL itself; the engine's browser bundle carries only the name.
 */
export type Source = keyof typeof urls;

/** A version the engine compares against or names, and the source that establishes it. */
export interface Versioned {
  version: string;
  source: Source;
}
