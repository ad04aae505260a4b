/** The engine's public contract: what the widget, the CLI and the pages rely on. */
import type { NetworkDriver, PortDriver } from './data/network.ts';

/** The verdict on the loopback-publishing problem (a contract used by tests outside the project). */
export type Verdict = 'affected' | 'fixed' | 'not-affected' | 'not-rootless' | 'incomplete';

/** `confirmed`: every deciding fact was seen; `inferred`: one came from a table or a default. */
export type Certainty = 'confirmed' | 'inferred';

/** A line of the user's paste that a fact or finding rests on; `line` is 1-based in the original text. */
export interface Evidence {
  line: number;
  text: string;
}

/** Everything the engine can learn from a paste; null = not shown. */
export interface Facts {
  rootless: boolean | null;
  dockerServerVersion: string | null;
  dockerClientVersion: string | null;
  rootlesskitVersion: string | null;
  networkDriver: NetworkDriver | null;
  portDriver: PortDriver | null;
  /** pasta's version string as printed, e.g. "2025_01_21.4f2c8e7-2-gdd6a685" or "unknown version". */
  pastaVersion: string | null;
  /** The release date pasta's version encodes, YYYY-MM-DD. */
  pastaDate: string | null;
  /** Whether pasta runs (or would run) with --host-lo-to-ns-lo: seen in its argv or from the probe. */
  hostLoToNsLo: boolean | null;
  slirp4netnsVersion: string | null;
  mtu: number | null;
}

export type FactKey = keyof Facts;

/** User answers that stand in for facts the paste does not show (quick answers, share links). */
export type Answers = Partial<Facts>;

export type Severity = 'error' | 'warning' | 'info';

/** A finding, rendered in one language from its message id and params. */
export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  evidence: Evidence[];
  /** Commands or configuration that fix it, copy-pasteable. */
  fix?: string;
  /** Site path with anchor, e.g. "/remediation/#upgrade" (without base or language prefix). */
  docs: string;
}

export interface Result {
  verdict: Verdict;
  certainty: Certainty;
  facts: Facts;
  /** The lines each known fact came from (empty for facts given as answers or inferred). */
  evidence: Partial<Record<FactKey, Evidence[]>>;
  /** Facts that were inferred rather than seen, e.g. rootlesskitVersion from the Docker version. */
  inferred: FactKey[];
  findings: Finding[];
}
