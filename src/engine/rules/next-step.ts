/** For an incomplete verdict: the one thing to run next, and what each possible answer would mean. */
import { rootlessContainerd } from '../data/core/containerd.ts';
import { docker } from '../data/core/docker.ts';
import { rootlesskit } from '../data/core/rootlesskit.ts';
import { spec, type FindingSpec, type MessageParams, type Outcome } from '../messages/types.ts';
import type { FactKey, Facts, Verdict } from '../types.ts';
import { atLeast, parseVersion } from '../version.ts';
import { bundledRootlesskit } from './infer.ts';
import { desktopOnly, installedFixed, installedSinceStart, olderUnknown, podmanNotDocker, podmanOnly, scriptsRelease, type Ctx } from './context.ts';

/** The verdict (and the facts behind it) the engine would reach if `patch` were known too. */
export type Evaluate = (patch: Partial<Facts>) => { verdict: Verdict; facts: Facts; inferred: ReadonlySet<FactKey>; stops(): boolean };

/** Network drivers worth asking about: pasta, and slirp4netns standing for every other driver. */
const driverAnswers = ['pasta', 'slirp4netns'] as const;

/** What answer `answer` (the facts `patch`) would mean, as the rules decide it; `stops` where asked: whether the daemon would not start. */
function outcomeOf(evaluate: Evaluate, answer: string, patch: Partial<Facts>, stops = false): Outcome {
  const r = evaluate(patch);
  return {
    answer,
    verdict: r.verdict,
    rootlesskitVersion: r.facts.rootlesskitVersion,
    rootlesskitInferred: r.inferred.has('rootlesskitVersion'),
    dockerVersion: r.facts[scriptsRelease(r.facts)],
    pastaUnseen: (r.verdict === 'affected' || r.verdict === 'incomplete') && r.facts.pastaDate === null,
    ...(stops ? { stops: r.stops() } : {}),
  };
}

/**
 * What the settings of rootless containerd would mean: NET unset (the drivers containerd-rootless.sh picks), or pasta with the port driver
 * unset or implicit; the last as the answer pasta alone gives it, so that the step says what that answer then decides.
 */
function containerdOutcomes(evaluate: Evaluate): NonNullable<MessageParams['need-network-driver']['containerd']> {
  const portDriverDefault = rootlessContainerd.portDriverDefault;
  return {
    unset: rootlessContainerd.netDefault.map((driver) => outcomeOf(evaluate, driver, { networkDriver: driver })),
    portDriverDefault,
    alone: outcomeOf(evaluate, 'pasta', { networkDriver: 'pasta', portDriver: portDriverDefault }, true),
    implicit: outcomeOf(evaluate, 'pasta', { networkDriver: 'pasta' }),
  };
}

/** The client's version, and the RootlessKit that Docker's own packages of that version bundle (a table row's, not a bound). */
function clientOnly(version: string): { version: string; rootlesskit: string | null; pasta: boolean; fixed: boolean } {
  const bundled = bundledRootlesskit(version);
  const kit = bundled && !bundled.newestKnown && !bundled.range && !bundled.since ? bundled.rootlesskit : null;
  return { version, rootlesskit: kit, pasta: atLeast(kit, rootlesskit.pastaDriver.version) === true, fixed: atLeast(kit, rootlesskit.hostLoToNsLo.version) === true };
}

/**
 * Picks the question whose answer decides the verdict, with outcomes computed by the rules themselves; `down`: the rootless daemon is
 * shown down, so the question is for once it runs; `aside`: it runs, and the question is for once the client asks it.
 */
export function nextStep(c: Ctx, recognised: boolean, evaluate: Evaluate, down = false, aside = false): { step: FindingSpec; ask: FactKey | null } {
  const f = c.f;
  // Podman's settings say nothing about Docker's network driver: asking for it would lead nowhere. Nor, where Podman answered docker
  // version itself, would asking for that: the step says whose the server is (review R138 20).
  if (podmanOnly(c)) return { step: c.signals.has('podman-answered') ? podmanNotDocker(c) : spec('need-docker-output', {}), ask: null };
  // Docker Desktop's daemon is not rootless Docker: the step says so rather than asking for its network driver.
  const desktop = desktopOnly(c);
  if (desktop) return { step: spec('docker-desktop', { os: desktop }, c.signals.get(`desktop-${desktop}`)), ask: null };
  if (!f.networkDriver) {
    if (!recognised) return { step: spec('nothing-recognised', {}), ask: 'networkDriver' };
    const outcomes = driverAnswers.map((answer) => outcomeOf(evaluate, answer, { networkDriver: answer }));
    const pastaFallback = c.docker(docker.pastaFallback.version) === true;
    const dindRootless = c.signals.has('dind-rootless');
    const client = f.dockerServerVersion === null && f.dockerClientVersion !== null ? clientOnly(f.dockerClientVersion) : null;
    const infoCut = f.rootless === null && c.signals.has('info-cut');
    // From the pasta fallback on, a shell without slirp4netns points to pasta (not certain: the daemon's PATH is its service's).
    const noSlirp4netns = pastaFallback && f.slirp4netnsVersion === null ? c.signals.get('slirp4netns-absent') : undefined;
    const pastaShown = f.pastaVersion !== null;
    // Rootless containerd: its settings decide, as its script reads them.
    const containerd = c.containerd ? containerdOutcomes(evaluate) : null;
    const params = { rootlessKnown: f.rootless !== null, infoCut, pastaFallback, noSlirp4netns: noSlirp4netns ? { pastaShown } : null, outcomes, dindRootless, client, down, aside, containerd };
    const evidence = [...(c.signals.get('info-cut') ?? []), ...(noSlirp4netns ?? []), ...(noSlirp4netns && pastaShown ? (c.evidence.pastaVersion ?? []) : [])];
    return { step: spec('need-network-driver', params, evidence), ask: 'networkDriver' };
  }
  // The probe tells whether pasta is older than the change; if not, the daemon is older than the RootlessKit installed.
  if (olderUnknown(c)) {
    const bundled = installedFixed(c);
    // Beside RootlessKit's own version, its line shows which RootlessKit it is: one the daemon may predate, or the one that runs.
    const params = bundled
      ? { installed: bundled, dockerVersion: f[scriptsRelease(f)], reset: c.signals.has('connection-reset'), running: false }
      : { installed: f.rootlesskitVersion!, dockerVersion: null, reset: c.signals.has('connection-reset'), running: !installedSinceStart(c) };
    const step = spec('need-pasta-probe', params, [...(c.evidence.hostLoToNsLo ?? []), ...(bundled ? [] : (c.evidence.rootlesskitVersion ?? []))]);
    return { step, ask: 'pastaAcceptsHostLoToNsLo' };
  }
  if (f.networkDriver === 'pasta' && f.rootlesskitVersion === null) {
    const distribution = f.dockerPackaging === 'distribution';
    // The lines that say pasta (a drop-in's setting, docker info's driver, or a quote's command: review R142 26, 28) show where it comes from:
    // the words say only that the paste names it.
    return { step: spec('need-rootlesskit-version', { shown: !!c.evidence.networkDriver?.length, distribution, dockerVersion: f.dockerServerVersion, installed: installedFixed(c), restarted: c.restartedAt > 0, upgradedSince: c.upgradedSince && !c.signals.has('connection-reset'), misread: c.misread }, c.evidence.networkDriver), ask: 'rootlesskitVersion' };
  }
  if (f.networkDriver === 'pasta' && f.hostLoToNsLo === null && c.rk(rootlesskit.hostLoToNsLo.version) === null) {
    // A release written with a part left out ("2.3.x"), not a build between releases (+dev).
    const hidden = parseVersion(f.rootlesskitVersion ?? '')?.parts.includes(Infinity) ?? false;
    return { step: spec('need-pasta-argv', { rootlesskitVersion: f.rootlesskitVersion, hidden }), ask: 'hostLoToNsLo' };
  }
  return { step: spec('need-docker-output', {}), ask: null };
}
