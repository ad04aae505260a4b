/** The engine's public contract: what the widget, the CLI and the pages rely on. */
import type { KnownErrorId, markers, otherSignals } from './data/core/diagnostics.ts';
import type { NetworkDriver, PortDriver } from './data/core/network.ts';

/** The verdict on the loopback-publishing problem (a contract used by tests outside the project). */
export type Verdict = 'affected' | 'fixed' | 'not-affected' | 'not-rootless' | 'incomplete';

/** `confirmed`: every deciding fact was seen (or stated by the user); `inferred`: one came from a table or a default, or was assumed. */
export type Certainty = 'confirmed' | 'inferred';

/** A line of the user's paste that a fact or finding rests on; `line` is 1-based in the original text. */
export interface Evidence {
  line: number;
  text: string;
  /**
   * What decided the fact in a longer line (an option of a command line) and the paste line holding it: `line` itself, or the piece
   * of a hard-wrapped or continued line it was joined from.
   */
  part?: { line: number; text: string };
}

/** Who built the Docker Engine: Docker's own packages (docker-ce…) or a distribution's. */
export type DockerPackaging = 'docker' | 'distribution';

/** Everything the engine can learn from a paste; null = not shown. */
export interface Facts {
  rootless: boolean | null;
  dockerServerVersion: string | null;
  dockerClientVersion: string | null;
  rootlesskitVersion: string | null;
  networkDriver: NetworkDriver | null;
  portDriver: PortDriver | null;
  /** Docker calls RootlessKit's port manager (an error quotes the call): the port driver is neither implicit nor none. */
  portManager: boolean | null;
  /** pasta's version string as printed, e.g. "2025_01_21.4f2c8e7-2-gdd6a685" or "unknown version"; else the passt package version. */
  pastaVersion: string | null;
  /** The release date pasta's version encodes, YYYY-MM-DD. */
  pastaDate: string | null;
  /** Whether pasta's running argv (ps, systemctl status, RootlessKit's debug log) carries --host-lo-to-ns-lo. */
  hostLoToNsLo: boolean | null;
  /** Whether the installed pasta accepts --host-lo-to-ns-lo (the probe RootlessKit runs; our collector prints it). */
  pastaAcceptsHostLoToNsLo: boolean | null;
  /** false: the shell found no pasta to run ("command not found", the probe's 127); never set true. */
  pastaInstalled: boolean | null;
  slirp4netnsVersion: string | null;
  mtu: number | null;
  /** Version of Docker's own docker-ce-rootless-extras package, which bundles RootlessKit. */
  rootlessExtrasVersion: string | null;
  dockerPackaging: DockerPackaging | null;
  /** RootlessKit runs with --disable-host-loopback (pasta: --no-map-gw). */
  disableHostLoopback: boolean | null;
  /** RootlessKit runs with --detach-netns. */
  detachNetns: boolean | null;
  /** pasta runs with --ipv4-only. */
  ipv4Only: boolean | null;
  /** As `docker info` prints it, e.g. "Ubuntu 24.04.1 LTS". */
  operatingSystem: string | null;
  /** Podman's version, when the paste is Podman's output rather than Docker's. */
  podmanVersion: string | null;
}

export type FactKey = keyof Facts;

/** User answers that stand in for facts the paste does not show (quick answers, share links). */
export type Answers = Partial<Facts>;

/** Things seen in a paste that are not facts about the set-up: symptoms and error messages. */
export type Signal = KnownErrorId | (typeof otherSignals)[number] | (typeof markers)[number];

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
  /** What an `inferred` verdict rests on without seeing it: deciding facts from a table or a default, and `pastaVersion` when pasta's release was assumed. */
  unseen: FactKey[];
  facts: Facts;
  /** The lines each known fact came from: none for answers or table/default inferences; a deduction keeps its line. */
  evidence: Partial<Record<FactKey, Evidence[]>>;
  /** Facts that were inferred rather than seen, e.g. rootlesskitVersion from the Docker version. */
  inferred: FactKey[];
  /**
   * Packaged facts that are as a package was before an upgrade shown after the daemon's start (what runs, not what is installed); absent
   * when none.
   */
  beforeUpgrade?: FactKey[];
  /** Facts taken from `answers` because the paste did not show them. */
  answered: FactKey[];
  /**
   * Where the paste has nothing recognisable but a setup written by hand ("docker 27.3.1, rootlesskit 2.3.1, pasta"): what it says, as
   * answers to offer the reader, for facts not answered yet or answered otherwise. Never used unless given back as answers.
   */
  written?: Answers;
  /** The signals the findings rest on: the paste's, or when it shows none, those a shared link carried. */
  signals: Signal[];
  /** The one fact whose answer would settle an `incomplete` verdict (for quick-answer buttons); null otherwise. */
  ask: FactKey | null;
  /** The daemon in question is rootless containerd (apply.ts containerdShown): the fixes are its own, and so is the note of what stops it. */
  containerd?: true;
  /**
   * A fixed verdict that pasta's argv alone decides: RootlessKit's version does not show the fix (older, or unknown), so what passed the
   * flag may be a wrapper of pasta's, and the headline says that pasta runs with it rather than that RootlessKit passes it.
   */
  byArgv?: true;
  /**
   * How many findings say why the daemon does not start. They come first after a decided verdict's own finding; for an
   * incomplete verdict the first of them is the next step.
   */
  stops: number;
  findings: Finding[];
}
