/** Findings beyond the verdict: the neighbouring problems (the troubleshooting page's) and notes on what the paste shows. */
import { appArmorUbuntu } from '../data/core/diagnostics.ts';
import { docker, mtu } from '../data/core/docker.ts';
import { mtuBoundDrivers, pastaPortDrivers } from '../data/core/network.ts';
import { passt } from '../data/core/passt.ts';
import { rootlesskit, rootlesskitPasta } from '../data/core/rootlesskit.ts';
import { factsEvidence, wholeLine } from '../facts.ts';
import { findingMeta, workaround } from '../findings.ts';
import { spec, type FindingSpec, type MessageId, type MessageParams } from '../messages/types.ts';
import type { Evidence, FactKey, Signal, Verdict } from '../types.ts';
import { atLeast, misreadPasta, namesNoRelease, parsePastaVersion } from '../version.ts';
import { flagsKept, noPasst, slirp4netns } from './flags-kept.ts';
import { toBuiltin, toImplicit, toMtu65520, toPastaImplicit, type DriverSettings } from '../driver-settings.ts';
import { flagSet } from './flags.ts';
import { notApplied } from './not-applied.ts';
import { desktopOnly, hasDockerFacts, nerdctlAsRootOnly, onlyAllAddresses, podmanNotDocker, podmanOnly, remoteDaemon, rootlesskitKeys, scriptsRelease, type Ctx } from './context.ts';
import { daemonElsewhere, ROOTLESS_SOCKET } from '../daemon-address.ts';
import { PRIVILEGED_PORT } from './overcome.ts';
import { byHandSource } from './settings-source.ts';
import { upgradeWay } from './upgrade-way.ts';

type FindingRule = (c: Ctx, verdict: Verdict) => FindingSpec | null | false | undefined | '';

const minimumPastaDate = parsePastaVersion(rootlesskitPasta.minimum.version)?.date ?? '';

const ev = (c: Ctx, ...keys: FactKey[]): Evidence[] => keys.flatMap((k) => c.evidence[k] ?? []);
/** Pasta is, or may be (driver not shown), Docker's network driver: not beside a port driver or port manager that rules it out. */
const maybePasta = (c: Ctx): boolean =>
  c.f.networkDriver === 'pasta' ||
  (c.f.networkDriver === null && c.f.rootless !== false && !c.f.portManager && (c.f.portDriver === null || pastaPortDrivers.includes(c.f.portDriver)));
/** RootlessKit is known to pass the flag: implicit and a newer passt are safe beside it. */
const rkFixed = (c: Ctx): boolean => c.rk(rootlesskit.hostLoToNsLo.version) === true;
/** Whether RootlessKit is known to be older than the fix: port driver implicit would then bring the reset back. */
const rkOlder = (c: Ctx): boolean => c.rk(rootlesskit.hostLoToNsLo.version) === false;
/** What a fix back to pasta sets: port driver implicit, or slirp4netns where RootlessKit is older than the fix (implicit brings the reset). */
const backToPasta = (c: Ctx): DriverSettings => (rkOlder(c) ? slirp4netns(c) : toPastaImplicit);
/** The flag `name` set to `value` by the FLAGS in force, as written there; null where it does not. */
const inFlags = (c: Ctx, name: string, value: string): string | null => {
  const f = flagSet(c.flagsInForce, name);
  return f?.value === value ? f.written : null;
};
/** A signal's lines followed by the ports published on 127.0.0.1 that it concerns. */
const loopback = (c: Ctx, id: Signal): Evidence[] => [...(c.signals.get(id) ?? []), ...(c.signals.get('published-loopback') ?? [])];
// The socket after "… socket at unix://": the system-wide daemon's, or a rootless daemon's in user N's runtime directory.
const SOCKET = /at unix:\/\/(?:(\/(?:var\/)?run\/docker\.sock)|\/(?:var\/)?run\/user\/(\d+)\/docker\.sock)/;
// (A Mac's /Users/<user>/.docker/run is Docker Desktop's, which daemonElsewhere reads first.)
// The system-wide daemon's socket, as the client names it.
const SYSTEM_SOCKET = /unix:\/\/\/(?:var\/)?run\/docker\.sock/;
const HOME_RUNTIME = /unix:\/\/(?:\/[\w.-]+){1,4}\/\.docker\/run\/docker\.sock/;
/** systemctl found no systemd as PID 1, and not in a shell docker exec opened (a container's, where none runs). */
const hostWithoutSystemd = (c: Ctx): boolean => c.signals.has('no-systemd') && !c.signals.has('container-exec');
/** The findings that take no parameters. */
type Bare = { [K in MessageId]: MessageParams[K] extends Record<string, never> ? K : never }[MessageId];
/** The rule for a known error that is a finding by itself, with nothing to add: its lines are the evidence. */
const said =
  (id: Signal & Bare): FindingRule =>
  (c) =>
    c.signals.has(id) && spec(id, {}, c.signals.get(id));

// RootlessKit's words for the user's ID maps: "UID/GID map", newuidmap, /etc/subuid.
const ID_MAP = /[ug]id\b|[ug]idmap|sub[ug]id/i;

// What shows pasta, RootlessKit, the user unit or the daemon failing, after (below) a daemon's answer with pasta: a restart, an upgrade. Not
// a client that cannot reach a daemon, which may be another's (sudo docker; review R134 24).
const STOPPED_SINCE: readonly Signal[] = ['pasta-failed', 'pasta-denied', 'rootlesskit-failed', 'service-failed', 'daemon-failed'];

/** Each rule returns its finding when the paste shows the problem. */
const findingRules: readonly FindingRule[] = [
  (c) => {
    const seen = c.signals.get('passt-dual-stack-failure');
    // Not beside a RootlessKit from before pasta, which never runs this passt; unless the log shows pasta failing under RootlessKit.
    const broken =
      c.f.pastaDate === passt.brokenWithRootlesskit.date &&
      c.f.networkDriver === 'pasta' &&
      (c.rk(rootlesskit.pastaDriver.version) !== false || c.signals.has('pasta-start-failed'));
    // Otherwise pasta's own reason is on the lines after RootlessKit's error, which the finding points to.
    const failed = c.signals.get('pasta-start-failed');
    if (seen || broken) return spec('passt-dual-stack-failure', { pastaVersion: c.f.pastaVersion }, seen ?? ev(c, 'pastaVersion'));
    // The driver not shown, this passt fails only if it is pasta: whether or not a daemon runs now, pasta would stop the next start. Not
    // where pasta cannot be the driver (a RootlessKit or Docker from before it) or the daemon is on another machine.
    const risk =
      c.f.pastaDate === passt.brokenWithRootlesskit.date &&
      c.f.networkDriver === null &&
      maybePasta(c) &&
      (c.rk(rootlesskit.pastaDriver.version) ?? c.docker(docker.pastaCapable.version)) !== false &&
      !podmanOnly(c) &&
      !desktopOnly(c) &&
      !remoteDaemon(c);
    return failed ? spec('pasta-start-failed', {}, failed) : risk && spec('passt-dual-stack-risk', { pastaVersion: c.f.pastaVersion! }, ev(c, 'pastaVersion'));
  },
  // The finding is about pasta and slirp4netns (moby#47765), or a driver not shown: MTU 1500 does not slow the others (mtuBoundDrivers).
  (c) => {
    // The script before pasta's fallback (28.5.2, which made 65520 the default) gives a driver set by hand MTU 1500 unless MTU is
    // set too; the script is the rootless extras'. (Not where the driver set is no longer the one chosen: rules/infer.ts pasta-set-alone.)
    const script = scriptsRelease(c.f);
    // docker:dind-rootless's entrypoint passes MTU 1500 in every release.
    const entrypoint = c.signals.has('dind-entrypoint');
    const older = entrypoint || atLeast(c.f[script], docker.pastaFallback.version) === false;
    const set = c.f.mtu === null && c.f.rootless !== false && older && c.f.networkDriver !== null && c.signals.get('net-set');
    const value = set ? mtu.explicitNetLegacy.value : c.f.mtu;
    const evidence = set ? [...set, ...ev(c, script)] : ev(c, 'mtu');
    const bound = c.f.networkDriver === null || mtuBoundDrivers.drivers.includes(c.f.networkDriver);
    return value === mtu.explicitNetLegacy.value && bound && spec('mtu-1500', { mtu: value, unset: !!set, entrypoint, inFlags: inFlags(c, 'mtu', String(value)), ...flagsKept(c, toMtu65520) }, evidence);
  },
  (c, verdict) => {
    const seen = c.signals.get('published-ipv6-loopback');
    return seen && maybePasta(c) && c.rk(rootlesskit.pastaIpv6.version) !== true && spec('ipv6-loopback-not-forwarded', { affected: verdict === 'affected', ipv6: c.f.ipv4Only === false }, [...seen, ...(c.f.ipv4Only === false ? ev(c, 'ipv4Only') : [])]);
  },
  (c) =>
    c.f.networkDriver === 'pasta' &&
    c.f.rootlesskitVersion &&
    c.rk(rootlesskit.hostLoopbackBlocked.version) === false &&
    // (A RootlessKit without pasta runs none: the setting only keeps it from starting.)
    c.rk(rootlesskit.pastaDriver.version) !== false &&
    c.f.disableHostLoopback !== false &&
    // (Also where --disable-host-loopback stands, which pasta's --no-map-gw comes from.)
    spec('host-loopback-leak', { rootlesskitVersion: c.f.rootlesskitVersion }, factsEvidence(c.evidence, [...rootlesskitKeys(c), 'disableHostLoopback'])),
  // A downgrade below the fix: what the daemon runs now (it may predate it) or at its next start.
  (c) => c.downgrade && maybePasta(c) && spec('downgraded-below-fix', { from: c.downgrade.from, to: c.downgrade.to, pending: rkFixed(c) || c.upgradedSince }, [c.downgrade.evidence]),
  // Its fix sets nothing else: FLAGS loses pasta's option alone. Before the fixes that set drivers, which rewrite FLAGS without it too: a
  // reader who runs the fixes in order ends with theirs (a FLAGS holding port driver "pasta" as well would otherwise get it back).
  (c) => {
    const { flags, shell } = flagsKept(c, []);
    return c.signals.has('flags-pasta-option') && spec('flags-pasta-option', { flags, older: rkOlder(c), ...(shell && { shell }) }, c.signals.get('flags-pasta-option'));
  },
  (c) => {
    const seen = c.signals.get('pasta-port-driver-refused');
    const mismatch = c.f.networkDriver === 'pasta' && c.f.portDriver !== null && !pastaPortDrivers.includes(c.f.portDriver);
    // The port driver docker:dind-rootless's entrypoint passes is deduced too, but it is no script's default.
    const entrypoint = c.signals.has('dind-entrypoint');
    const unset = c.f.portDriver === 'builtin' && c.inferred.has('portDriver') && !entrypoint;
    const defaulted = unset ? c.f[scriptsRelease(c.f)] : null;
    const params = { portDriver: c.f.portDriver, defaulted, unset, entrypoint, fixed: rkFixed(c), older: rkOlder(c), slirp4netnsInstalled: c.f.slirp4netnsVersion !== null, ...flagsKept(c, backToPasta(c)) };
    // Port driver "pasta" set is the refusal's cause, which its own finding names.
    return (seen || mismatch) && !c.signals.has('port-driver-pasta') && spec('pasta-port-driver-mismatch', params, seen ?? ev(c, 'networkDriver', 'portDriver', scriptsRelease(c.f)));
  },
  (c) => {
    const seen = c.signals.get('implicit-without-pasta');
    // Rootless containerd with NET unset, and no driver shown, runs slirp4netns or vpnkit (containerd-net-default): never pasta either.
    const other = c.f.networkDriver === null ? c.signals.has('containerd-net-unset') : c.f.networkDriver !== 'pasta';
    const mismatch = c.f.portDriver === 'implicit' && other;
    return (seen || mismatch) && spec('implicit-without-pasta', flagsKept(c, toBuiltin), seen ?? ev(c, 'networkDriver', 'portDriver'));
  },
  (c, verdict) => {
    const seen = c.signals.get('published-secondary-loopback');
    const keepsAddress = c.f.pastaDate !== null && c.f.pastaDate >= passt.semanticsRefined.date;
    if (!seen || !maybePasta(c) || keepsAddress) return null;
    // The reset shown, with no publication on 127.0.0.1 beside it, is likely this one: said first (review R159 M3).
    const reset = c.signals.get('connection-reset');
    const resetSeen = !!reset && !c.signals.has('published-loopback');
    const found = spec('secondary-loopback', { affected: verdict === 'affected', resetSeen }, resetSeen ? [...seen, ...reset] : seen);
    return resetSeen ? { ...found, leads: true } : found;
  },
  (c) => {
    const seen = c.signals.get('slirp4netns-port-driver-tcp');
    const regression = c.f.dockerServerVersion === docker.slirpPortDriverRegression.version && c.f.portDriver === 'slirp4netns';
    // A fixed daemon still logs these words, as a warning, for the IPv6 half it skips (moby#49514).
    const fixed = c.docker(docker.slirpPortDriverFixed.version) === true;
    return (seen || regression) && !fixed && spec('slirp4netns-port-driver-tcp', {}, seen ?? ev(c, 'dockerServerVersion', 'portDriver'));
  },
  // RootlessKit's refusal, or pesto set beside a RootlessKit shown (not taken from the Docker table) to predate it.
  (c) => {
    const seen = c.signals.get('pesto-unknown');
    const refused = c.f.portDriver === 'pesto' && c.rk(rootlesskit.pestoPortDriver.version) === false && !c.inferred.has('rootlesskitVersion');
    return (seen || refused) && spec('pesto-unknown', { older: rkOlder(c), slirp4netnsInstalled: c.f.slirp4netnsVersion !== null, ...flagsKept(c, backToPasta(c)) }, seen ?? ev(c, 'portDriver', 'rootlesskitVersion'));
  },
  (c) =>
    c.signals.has('port-driver-pasta') &&
    // The port driver that goes with the network driver: builtin, or on pasta implicit (slirp4netns where implicit brings the reset).
    spec('port-driver-pasta', { networkDriver: c.f.networkDriver, older: rkOlder(c), slirp4netnsInstalled: c.f.slirp4netnsVersion !== null, ...flagsKept(c, c.f.networkDriver !== 'pasta' ? toBuiltin : rkOlder(c) ? slirp4netns(c) : toImplicit) }, [
      ...c.signals.get('port-driver-pasta')!,
      ...(c.signals.get('pasta-port-driver-refused') ?? []),
    ]),
  (c) => {
    const seen = c.signals.get('pesto-without-pasta');
    const mismatch = c.f.portDriver === 'pesto' && c.f.networkDriver !== null && c.f.networkDriver !== 'pasta';
    return (seen || mismatch) && spec('pesto-without-pasta', c.settingsSource ? { shell: c.settingsSource } : {}, seen ?? ev(c, 'networkDriver', 'portDriver'));
  },
  (c) => {
    const seen = c.signals.get('bind-address-in-use');
    if (!seen) return null;
    const since = c.docker(docker.slirpBindRegression.version);
    const fixed = c.docker(docker.slirpBindFixed.version);
    const otherDriver = c.f.portDriver !== null && c.f.portDriver !== 'slirp4netns';
    const cause = otherDriver || since === false || fixed === true ? 'held' : since === true && fixed === false ? 'regression' : 'either';
    return spec('bind-address-in-use', { cause }, seen);
  },
  (c) => {
    const seen = c.signals.get('host-network-mode');
    // A detached namespace (on by default from the same release) leaves the daemon, and its host network, on the host; and with the
    // implicit port driver, pasta forwards what the container listens on in RootlessKit's namespace to the host.
    const detached = c.f.detachNetns ?? c.docker(docker.gvisorFallback.version);
    const pastaForwards = c.f.portDriver === 'implicit' || (c.f.networkDriver === 'pasta' && c.f.portDriver === null);
    return seen && c.f.rootless === true && !detached && !pastaForwards && spec('host-network-mode', {}, seen);
  },
  (c) => {
    const seen = c.signals.get('privileged-port');
    // The lowest port refused, which the setting must reach; RootlessKit's capability advice names who refused it.
    const ports = (seen ?? []).flatMap((e) => (PRIVILEGED_PORT.exec(e.text)?.slice(1) ?? []).map(Number));
    const by = c.signals.has('privileged-port-rootlesskit')
      ? 'rootlesskit'
      : seen?.some((e) => e.text.includes('Failed to bind port'))
        ? 'pasta'
        : seen?.some((e) => e.text.includes('rootlessport')) || podmanOnly(c)
          ? 'podman'
          : null;
    return seen && spec('privileged-port', { port: ports.length ? Math.min(...ports) : null, by }, seen);
  },
  // Podman's own words for a missing slirp4netns stop a container, not Docker's daemon.
  (c) => {
    const seen = c.signals.get('slirp4netns-not-found');
    if (!seen || podmanOnly(c)) return null;
    // Beside a user service, its drop-in stays the fix (as it was), not marked for the exports.
    const shell = byHandSource(c.settingsSource) || c.settingsSource === 'dockerfile' || c.settingsSource === 'container' ? { shell: c.settingsSource } : {};
    return spec('slirp4netns-not-found', { detachNetns: c.f.detachNetns ?? c.docker(docker.gvisorFallback.version), ...shell }, seen);
  },
  // RootlessKit's own error, or pasta set as the network driver where the shell found none (rules/pasta-present.ts).
  (c) => {
    const seen = c.signals.get('pasta-not-found');
    const params = { daemonSaid: c.f.pastaInstalled !== false, rootlesskitVersion: c.f.rootlesskitVersion, rkFixed: c.rk(rootlesskit.hostLoToNsLo.version) };
    return seen && spec('pasta-not-found', params, seen);
  },
  // Implicit's own error: a port manager only inferred from another line (a bind hint, a port held) is another daemon's, or a guess.
  (c) =>
    c.signals.has('cannot-assign-address') &&
    c.f.rootless !== false &&
    maybePasta(c.inferred.has('portManager') ? { ...c, f: { ...c.f, portManager: null } } : c) &&
    (c.f.portDriver === null || c.f.portDriver === 'implicit') &&
    spec('cannot-assign-address', {}, c.signals.get('cannot-assign-address')),
  // Not where RootlessKit's pasta is shown running (its argv read, or the daemon answering with it, unless something below that answer
  // shows it failing: pasta, RootlessKit, the unit or the daemon, or AppArmor denying pasta): AppArmor stops pasta as it starts. Not where
  // only Podman is shown: the workaround known is for pasta under RootlessKit (its docs/network.md), nothing is known of Podman's.
  (c) => {
    const os = c.f.operatingSystem;
    const denied = c.signals.get('pasta-denied');
    const pasta = c.f.networkDriver === 'pasta' || c.signals.has('pasta-failed') || !!denied;
    // A shared link's signals have no lines: there, any failure counts.
    const answeredAt = Math.max(0, ...(c.signals.get('pasta-answered') ?? []).map((e) => e.line));
    const failedSince = (id: Signal): boolean => {
      const seen = c.signals.get(id);
      return !!seen && (seen.length === 0 || seen.some((e) => e.line > answeredAt));
    };
    // The daemon refusing a port on a host address as only pasta's implicit forwarding does answers for pasta too (review R146 11).
    const answered = (c.signals.has('pasta-answered') || (c.signals.has('cannot-assign-address') && c.f.portDriver === 'implicit')) && !STOPPED_SINCE.some(failedSince);
    const running = (c.f.hostLoToNsLo !== null && !c.inferred.has('hostLoToNsLo')) || answered;
    return os && pasta && !running && !podmanOnly(c) && appArmorUbuntu.releases.some((r) => os.startsWith(r)) && spec('ubuntu-apparmor', { operatingSystem: os }, [...ev(c, 'operatingSystem'), ...(denied ?? [])]);
  },
  said('ipv6-disabled-kernel'),
  (c) => c.signals.has('userns-unavailable') && spec('userns-unavailable', { buildkit: c.signals.has('buildkit') }, c.signals.get('userns-unavailable')),
  (c) => {
    const cause = (['missing', 'overlap', 'privilege'] as const).find((k) => c.signals.has(`id-map-${k}`));
    return cause && spec('id-map-failed', { cause, buildkit: c.signals.has('buildkit') }, c.signals.get(`id-map-${cause}`));
  },
  (c) => c.signals.has('tap-unavailable') && spec('tap-unavailable', { buildkit: c.signals.has('buildkit') }, c.signals.get('tap-unavailable')),
  (c) => {
    const failed = c.signals.get('rootlesskit-failed');
    const exited = c.signals.get('rootlesskit-child-exited');
    // Only an error about the user's UID/GID map is the ID maps' to check (others: a state directory, a namespace refused).
    const idMap = !!failed?.some((e) => ID_MAP.test(e.text));
    return (failed || exited) && spec('rootlesskit-failed', { childExited: !failed, idMap, buildkit: c.signals.has('buildkit') }, failed ?? exited);
  },
  said('daemon-failed'),
  (c) => {
    const seen = c.signals.get('service-failed');
    return seen && spec('service-failed', { exec: seen.some((e) => e.text.includes('203/EXEC')) }, seen);
  },
  (c, verdict) => hostWithoutSystemd(c) && said('no-systemd')(c, verdict),
  // Without systemd there is no login session to open: the fix for that case starts the daemon by hand.
  (c, verdict) => !hostWithoutSystemd(c) && said('no-user-session')(c, verdict),
  said('setup-requirements'),
  said('run-as-root'),
  said('rootful-docker-running'),
  said('two-daemons'),
  // nerdctl typed as root beside what else decides (where it alone decides, it is the finding of the verdict).
  (c, verdict) => !(verdict === 'not-rootless' && nerdctlAsRootOnly(c)) && said('nerdctl-as-root')(c, verdict),
  (c) => {
    const seen = c.signals.get('drop-in-not-loaded');
    // A daemon-reload shown before the last such output: systemd read the drop-ins' directory, and this file is not in it, or not a
    // [Service] section's. (Its lines are those of the evidence without the settings.)
    const shown = seen?.filter((e) => !c.settings.has(e.line)).at(-1)?.line ?? 0;
    const reloaded = !!c.signals.get('drop-in-loaded')?.some((e) => e.text.includes('daemon-reload') && e.line < shown);
    return seen && spec('drop-in-not-loaded', { reloaded }, seen);
  },
  (c) => {
    const [misnamed, unclosed] = [c.signals.get('setting-ignored'), c.signals.get('setting-unclosed')];
    return (misnamed || unclosed) && spec('setting-ignored', { misnamed: !!misnamed, unclosed: !!unclosed }, [...(misnamed ?? []), ...(unclosed ?? [])]);
  },
  (c) => {
    const seen = c.signals.get('entrypoint-unread');
    return seen && spec('entrypoint-unread', {}, seen);
  },
  // pasta set (none shown) for docker:dind-rootless's own image, which installs no passt, with a port driver RootlessKit takes beside it
  // (another is pasta-port-driver-mismatch's, whose fix adds passt too): RootlessKit cannot start pasta.
  (c) =>
    c.f.networkDriver === 'pasta' &&
    noPasst(c) &&
    pastaPortDrivers.includes(c.f.portDriver!) &&
    spec('image-without-passt', {}, [...c.signals.get('stock-image')!, ...ev(c, 'networkDriver')]),
  notApplied,
  // Not beside a daemon shown rootless (that output was asked another way: --context, DOCKER_HOST), unless what the other daemon published
  // was set aside (rules/context-other.ts).
  (c) => {
    const seen = c.signals.get('context-system');
    const ports = c.signals.get('context-ports');
    // (A link's signal has no line: the system-wide daemon's wording.)
    const desktop = !!seen?.[0] && daemonElsewhere(wholeLine(seen[0]))?.where === 'desktop';
    return !!seen && (c.f.rootless !== true || !!ports) && spec('context-system', { desktop, ports: !!ports }, [...seen, ...(ports ?? [])]);
  },
  (c) => {
    const script = c.signals.get('rootlesskit-missing');
    // The setup tool of rootless containerd, which runs RootlessKit to check it: its own words, unless a script found none too.
    const seen = script ?? c.signals.get('setup-rootlesskit-missing');
    const setup = !script;
    // Rootless containerd set up beside the rootless daemon of Docker shown answering (its version is the daemon's own): that daemon runs
    // whatever the setup tool lacks, which stops only the setup. Not beside a rootful one, nor a client that found none (review 117).
    const beside = setup && c.f.rootless === true && c.f.dockerServerVersion !== null;
    return !!seen && { ...spec('rootlesskit-missing', { setup }, seen), ...(beside && { stops: false as const }) };
  },
  said('network-driver-missing'),
  // Every client a container logs comes from 127.0.0.1 where RootlessKit's builtin port driver makes the connections (FACTS.md §7).
  (c) => {
    const seen = c.signals.get('loopback-clients');
    const v = c.f.rootlesskitVersion;
    return (
      !!seen &&
      c.f.portDriver === 'builtin' &&
      c.f.rootless !== false &&
      spec('client-source-address-lost', { rootlesskit: v, fixed: atLeast(v, rootlesskit.hostLoToNsLo.version) === true, propagates: atLeast(v, rootlesskit.sourceAddressBuiltin.version) === true }, [...seen, ...ev(c, 'portDriver')])
    );
  },
  // Back to slirp4netns as the other fixes switch to it: at pasta's MTU (an explicit NET gives 1500), installed if need be. Host set in
  // the FLAGS in force is said to be set there: NET may be unset.
  (c) =>
    c.signals.has('host-network-driver') &&
    spec('host-network-driver', { installed: c.f.slirp4netnsVersion !== null, inFlags: inFlags(c, 'net', 'host'), ...flagsKept(c, slirp4netns(c)) }, c.signals.get('host-network-driver')),
  // A verdict that rules the problem out says so of the reset too ("fixed" beside a reset reads as a contradiction otherwise),
  // unless a port on another loopback address, which has findings of its own, may be what resets.
  (c, verdict) => {
    const decided = verdict === 'fixed' || verdict === 'not-affected' || verdict === 'not-rootless';
    const ruledOut = decided && !c.signals.has('published-secondary-loopback') && !c.signals.has('published-ipv6-loopback');
    // Only ports published on all addresses shown: the reset has another cause whatever the verdict. Beside an affected verdict, the port
    // that reset may be one the paste does not show.
    const allAddresses = !ruledOut && verdict !== 'affected' && onlyAllAddresses(c.signals);
    // An application that says it listens on its container's own 127.0.0.1 resets whatever the verdict: Docker forwards elsewhere.
    const listener = c.signals.has('container-all-listener') ? undefined : c.signals.get('container-loopback-listener');
    // curl's reset, or another client's (the one place that reads it: which client reset is a guess, and a guess decides nothing else).
    const other = c.signals.get('client-reset');
    const evidence = [...loopback(c, 'connection-reset'), ...(other ?? []), ...(allAddresses ? c.signals.get('published-all')! : []), ...(listener ?? [])];
    // Beside a rootful Docker, rootless containerd's RootlessKit (set aside) may be what resets: the verdict rules out only Docker's.
    const containerd = ruledOut && verdict === 'not-rootless' && c.containerdBesideRootful;
    // The daemon in a CI job's service under the Docker executor: the job's client, in a container apart, never reaches its 127.0.0.1.
    const jobApart = !ruledOut && !listener && c.signals.has('docker-executor') && inService(c);
    return (
      (c.signals.has('connection-reset') || !!other) &&
      spec('connection-reset-seen', { ruledOut, fixed: ruledOut && verdict === 'fixed', allAddresses, containerLoopback: !!listener, containerd, jobApart }, evidence)
    );
  },
  (c) => {
    const unreachable = c.signals.get('daemon-unreachable');
    const noContext = c.signals.get('context-missing');
    if (!unreachable) return noContext && spec('daemon-not-running', { where: 'missing-context' }, noContext);
    // A client that docker exec (or kubectl exec) runs in docker:dind-rootless looks for the rootful socket; docker run's own error, on
    // the host, starts "docker: ". The image's line and the exec are evidence too, as the fix rests on them.
    const image = c.signals.get('dind-rootless');
    const exec = c.signals.get('container-exec');
    // (Whole lines: the socket may stand past the cut of a line's evidence, after a long image's name.)
    const said = unreachable.map(wholeLine);
    const inside = image && exec && said.some((t) => t.includes('unix:///var/run/docker.sock') && !t.startsWith('docker: '));
    if (inside) return spec('daemon-not-running', { where: 'dind-rootless' }, [...unreachable, ...image, ...exec]);
    // A client pointed at a daemon over the network (DOCKER_HOST, a context, the docker image's own default) needs checks of its own.
    const elsewhere = said.map((t) => daemonElsewhere(t)).find((place) => place !== null);
    // The system-wide socket asked while the user's rootless daemon is shown running: the client is to ask that daemon's socket.
    const active = c.signals.get('user-daemon-active');
    if (!elsewhere && active && said.some((t) => SYSTEM_SOCKET.test(t))) {
      const listed = c.signals.get('user-socket');
      const socket = listed?.map((e) => ROOTLESS_SOCKET.exec(e.text)?.[0]).find((path) => path !== undefined) ?? null;
      return spec('daemon-not-running', { where: 'user-daemon', socket }, [...unreachable, ...active, ...(listed ?? [])]);
    }
    // Beside a daemon shown to run as root, starting a rootless one here would contradict the verdict: where the client points says more.
    const rootfulShown = c.f.rootless === false && !c.inferred.has('rootless') && !said.some((t) => ROOTLESS_SOCKET.test(t));
    // A runtime directory under the home directory is the one Docker's tips give a daemon started without systemd.
    const manual = said.some((t) => HOME_RUNTIME.test(t));
    // A client that came with Docker Desktop, with nothing of a daemon shown, looked for Desktop's.
    const desktop = desktopOnly(c);
    if (!elsewhere && !manual && desktop) return spec('daemon-not-running', { where: 'desktop-client', os: desktop }, [...unreachable, ...c.signals.get(`desktop-${desktop}`)!]);
    return spec('daemon-not-running', elsewhere ?? { where: manual ? 'manual' : rootfulShown ? 'rootful-shown' : 'here' }, unreachable);
  },
  (c) => {
    const denied = c.signals.get('socket-permission-denied');
    if (!denied) return null;
    // The socket the client named: the system-wide daemon's, or one in a user's runtime directory (a shared link has no lines).
    const text = denied[0] ? wholeLine(denied[0]) : '';
    const socket = SOCKET.exec(text);
    const uid = socket?.[2] ?? null;
    const place = socket ? null : daemonElsewhere(text);
    const pipe = place?.where === 'podman-machine' || (place?.where === 'desktop' && place.os === 'windows');
    const owner = socket?.[1] ? 'system' : uid === '0' ? 'root' : uid ? 'user' : place?.where === 'podman' ? 'podman' : pipe ? 'pipe' : 'other';
    return spec('socket-permission-denied', { owner, uid }, denied);
  },
  // Where Podman answered docker version itself, this is the next step (next-step.ts).
  (c) => podmanOnly(c) && !c.signals.has('podman-answered') && podmanNotDocker(c),
  (c) => {
    const misread = !!c.f.pastaVersion && misreadPasta(c.f.pastaVersion);
    return (namesNoRelease(c.f.pastaVersion) || misread) && c.era === null && spec('pasta-version-unknown', { printed: c.f.pastaVersion!, misread }, ev(c, 'pastaVersion'));
  },
  (c) => c.era === 'between' && c.f.pastaVersion && spec('pasta-build-between-releases', { pastaVersion: c.f.pastaVersion }, ev(c, 'pastaVersion')),
  (c) =>
    c.f.pastaDate !== null &&
    c.f.pastaDate < minimumPastaDate &&
    maybePasta(c) &&
    hasDockerFacts(c) &&
    spec('pasta-below-rootlesskit-minimum', { pastaVersion: c.f.pastaVersion ?? c.f.pastaDate, rkFixed: rkFixed(c), ...upgradeWay(c, !rkFixed(c)) }, ev(c, 'pastaVersion')),
  (c, verdict) => verdict === 'affected' && spec('workaround-slirp4netns', { installed: c.f.slirp4netnsVersion !== null, ...flagsKept(c, slirp4netns(c)) }),
  // Not where only ports published on all addresses are shown: the reader already publishes so. Nor for a daemon in a CI job's service
  // (the image's line is a service's), whose network namespace the job cannot enter to load the rules in.
  (c, verdict) =>
    verdict === 'affected' &&
    !onlyAllAddresses(c.signals) &&
    !inService(c) &&
    spec('workaround-nftables', {}, c.signals.get('published-loopback')),
];

/** Whether the daemon runs in a CI job's service: the line naming its docker:dind-rootless image (rules/entrypoint.ts) names a service. */
const inService = (c: Ctx): boolean => !!c.signals.get('dind-entrypoint')?.some((e) => c.signals.get('ci-service')?.some((s) => s.line === e.line));

// Stops that say less, least last: dockerd's last words, then RootlessKit's, which end any failure inside it, then a failed service,
// then systemctl without systemd (a daemon started by hand, as its fix says, fails for a reason of its own).
const generic: readonly MessageId[] = ['daemon-failed', 'rootlesskit-failed', 'service-failed', 'no-systemd'];

/**
 * mtu-1500 beside the other findings: its fix writes FLAGS again with the drivers FLAGS sets, and run after a driver finding's fix that
 * writes FLAGS without them, would bring them back; there it leaves FLAGS to that fix, which writes it without the 1500 too.
 */
function mtuBeside(c: Ctx, found: readonly FindingSpec[]): FindingSpec[] {
  const drivers = !!flagSet(c.flagsInForce, 'net') || !!flagSet(c.flagsInForce, 'port-driver');
  // Not a workaround's, which the reader may not run.
  const rewrites = drivers && found.some((s) => s.id !== 'mtu-1500' && !workaround(s.id) && 'sets' in s.params && s.params.flags !== null);
  return found.map((s) => (s.id === 'mtu-1500' && rewrites && s.params.inFlags ? spec('mtu-1500', { ...s.params, sets: toMtu65520, flags: null, rewritten: true }, s.evidence) : s));
}

/** Runs every finding rule; a stop that says less is left out when another finding says why the daemon stopped. */
export function neighbourFindings(c: Ctx, verdict: Verdict): FindingSpec[] {
  const found = mtuBeside(c, findingRules.map((rule) => rule(c, verdict)).filter((s): s is FindingSpec => !!s));
  const stops = found.filter((s) => findingMeta[s.id].stops).map((s) => generic.indexOf(s.id));
  // The stop that says most is kept: a specific one (-1) leaves out every generic one.
  const keep = Math.min(...stops);
  return found.filter((s) => !generic.includes(s.id) || generic.indexOf(s.id) <= keep);
}
