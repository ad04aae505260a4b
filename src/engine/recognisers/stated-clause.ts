/** What a clause of a setup stated in prose (stated.ts) reports, in whichever language it is written. */
import type { Line } from '../clean.ts';
import type { Sink } from '../facts.ts';
import { reportPastaVersion } from './pasta-version.ts';

/** A language's words for a setup stated in its sentences. */
export interface Grammar {
  /** A sentence whose versions are not what runs here (a condition, a fix, a plan, another's, the past, a question). */
  notOwn: RegExp;
  /** The reader's own lead-in before a clause, taken off it; its group 1, if it matched, names docker's output quoted after it. */
  label: RegExp;
  /** Where docker version or docker info is named before its keys in a bracket. */
  shownIn: RegExp;
  /** What a sentence says beside its clauses ("EDIT:", "according to `rootlesskit --version`", "if that matters"): blanked before it is read. */
  aside?: RegExp;
  /** Reports what an aside of a sentence of the reader's says of the setup (the system "on Arch" names). */
  readAside?(aside: string, at: number, line: Line, sink: Sink): void;
  /** Where clauses part besides commas (" and "): a sticky regex, whose match (never empty) is skipped. */
  joins?: RegExp;
  /**
   * Reports what one clause states (`quoted`: docker version's keys are quoted there; `own`: a clause before it in the sentence, or
   * its sentence before, was the reader's); says whether it stated anything.
   */
  read(text: string, at: number, line: Line, sink: Sink, quoted: boolean, own: boolean): boolean;
}

/** A version of Docker, RootlessKit or slirp4netns as prose writes it (group 1: without its "v"). */
export const STATED_VERSION = String.raw`v?(\d+\.\d+\.\d+(?:-(?:ce|rc[\w.]*|beta[\w.]*))?)`;
/** The same, whole ("2.3" spans releases with and without the fix). */
export const WHOLE_VERSION = new RegExp(`^${STATED_VERSION}$`, 'i');

/** Reports a version `name` (docker, rootlesskit or autocorrect's "rootless kit", slirp4netns; any case) is stated to have; says it did. */
export function reportTool(name: string, version: string, r: number, line: Line, sink: Sink): boolean {
  const tool = name[0]!.toLowerCase();
  sink.fact(tool === 'd' ? 'dockerClientVersion' : tool === 'r' ? 'rootlesskitVersion' : 'slirp4netnsVersion', version, r, line);
  return true;
}

/** Reports `value` as the version of `name` (pasta's as it prints it, the others' whole); says whether it is one. */
export function reportVersion(name: string, value: string, r: number, line: Line, sink: Sink): boolean {
  if (/^pas/i.test(name)) return reportPastaVersion(value, r, line, sink);
  const version = WHOLE_VERSION.exec(value);
  return !!version && reportTool(name, version[1]!, r, line, sink);
}
