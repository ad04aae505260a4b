/** The English message catalogue. Every version in these texts comes from the data module. */
import { dockerMtu, dockerNotable, dockerThresholds } from '../data/docker.ts';
import { rootlesskitAddressing } from '../data/network.ts';
import { passtCommits, passtMilestones, passtPackages } from '../data/passt.ts';
import { rootlesskitPastaRequirements, rootlesskitThresholds } from '../data/rootlesskit.ts';
import type { Messages, Outcome } from './types.ts';

const FIX_RK = rootlesskitThresholds.hostLoToNsLo.version;
const FIX_DOCKER = dockerThresholds.fixed.version;
const CHANGE = passtMilestones.change.version;
const RESTART = 'systemctl --user daemon-reload && systemctl --user restart docker';
const PROBE = 'pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo "host-lo-to-ns-lo probe: $?"';

/** A drop-in with the given DOCKERD_ROOTLESS_ROOTLESSKIT_* settings, and the restart that applies it. */
const override = (...settings: string[]): string =>
  [
    '# ~/.config/systemd/user/docker.service.d/override.conf',
    '[Service]',
    ...settings.map((s) => `Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_${s}"`),
    '',
    RESTART,
  ].join('\n');

const rkPhrase = (rk: string, from: string | null): string => (from ? `Docker ${from} bundles RootlessKit ${rk}` : `RootlessKit ${rk}`);

function outcome(o: Outcome): string {
  const rk = o.rootlesskitVersion ? `${rkPhrase(o.rootlesskitVersion, o.rootlesskitInferred ? o.dockerVersion : null)}: ` : '';
  switch (o.verdict) {
    case 'affected':
      return `${rk}affected.`;
    case 'fixed':
      return `${rk}fixed.`;
    case 'incomplete':
      return `the RootlessKit version decides: older than ${FIX_RK} is affected, ${FIX_RK} or newer is fixed.`;
    default:
      return 'not affected.';
  }
}

export const en: Messages = {
  verdict: {
    affected: 'Affected: ports published on a loopback address reset connections',
    fixed: 'Fixed: RootlessKit passes --host-lo-to-ns-lo to pasta',
    'not-affected': 'Not affected',
    'not-rootless': 'Not rootless: this problem concerns rootless Docker only',
    incomplete: 'Not enough to decide yet',
  },
  certainty: {
    confirmed: 'Confirmed by what you pasted',
    inferred: 'Inferred: part of it comes from a table or a default (see the findings)',
  },
  findings: {
    'rootful-daemon': (p) => ({
      title: 'The daemon runs as root',
      detail: `docker info lists no "rootless" security option, or docker version shows no rootlesskit component${p.dockerVersion ? ` (Docker ${p.dockerVersion})` : ''}. A rootful daemon publishes ports without RootlessKit or pasta, so 127.0.0.1 works as Docker documents.`,
    }),
    'rootlesskit-without-pasta': (p) => ({
      title: `RootlessKit ${p.rootlesskitVersion} has no pasta driver`,
      detail: `pasta is a RootlessKit network driver from ${rootlesskitThresholds.pastaDriver.version} on; ${rkPhrase(p.rootlesskitVersion, p.inferredFrom)}, which cannot run it, so this problem cannot occur.`,
    }),
    'docker-without-pasta': (p) => ({
      title: `Docker ${p.dockerVersion} predates the pasta driver`,
      detail: `Docker's rootless packages bundle a RootlessKit with the pasta driver from Docker ${dockerThresholds.pastaCapable.version} on. Docker ${p.dockerVersion} runs another network driver, which is not affected.`,
    }),
    'other-network-driver': (p) => ({
      title: `Network driver ${p.networkDriver}: not affected`,
      detail: `The problem needs pasta. With ${p.networkDriver}, RootlessKit uses the builtin or slirp4netns port driver (it refuses implicit without pasta): its own forwarder connects to 127.0.0.1 inside the namespace, and pasta's mapping is never involved.`,
    }),
    'port-driver-excludes-pasta': (p) => ({
      title: `Port driver ${p.portDriver}: pasta is not in use`,
      detail: `RootlessKit accepts pasta only with the implicit or none port driver, so a daemon running with ${p.portDriver} uses another network driver, which is not affected.`,
    }),
    'port-driver-none': () => ({
      title: 'Port driver none: pasta forwards no ports',
      detail: 'With port driver none, pasta is not asked to forward host ports into the namespace, so the loopback reset cannot occur.',
    }),
    'pasta-predates-change': (p) => ({
      title: `pasta predates ${CHANGE}: not affected`,
      detail: `${
        p.via === 'probe'
          ? 'pasta rejects --host-lo-to-ns-lo (the probe exited non-zero), so it'
          : p.via === 'argv'
            ? `RootlessKit ${FIX_RK} and later pass --host-lo-to-ns-lo whenever pasta accepts it; pasta runs without it, so pasta`
            : `pasta ${p.pastaVersion}`
      } is older than ${CHANGE} and still delivers host-loopback connections to 127.0.0.1 in the namespace. Upgrading passt alone would break this while RootlessKit is older than ${FIX_RK}: upgrade RootlessKit first, or keep passt pinned.`,
      fix: '# Debian/Ubuntu: keep passt where it is until RootlessKit is upgraded\nsudo apt-mark hold passt',
    }),
    'fixed-flag-seen': (p) => ({
      title: 'pasta runs with --host-lo-to-ns-lo',
      detail: `pasta's running command line carries --host-lo-to-ns-lo${p.rootlesskitVersion ? ` (RootlessKit ${p.rootlesskitVersion})` : ''}, so connections to host loopback reach 127.0.0.1 inside the namespace.`,
    }),
    'fixed-rootlesskit': (p) => ({
      title: `RootlessKit ${p.rootlesskitVersion} passes --host-lo-to-ns-lo`,
      detail: `RootlessKit ${FIX_RK} and later probe pasta at start-up and pass --host-lo-to-ns-lo when pasta accepts it, as every passt from ${CHANGE} does${p.inferredFrom ? ` (${rkPhrase(p.rootlesskitVersion, p.inferredFrom)})` : ''}. Check the running pasta:`,
      fix: 'ps -o args= -C pasta   # should include --host-lo-to-ns-lo',
    }),
    affected: (p) => ({
      title: 'pasta sends host-loopback connections to the wrong address',
      detail: `${
        p.flagAbsent
          ? 'pasta runs without --host-lo-to-ns-lo'
          : `${rkPhrase(p.rootlesskitVersion ?? '', p.inferredFrom)}, which does not pass --host-lo-to-ns-lo to pasta (${FIX_RK} does)`
      }, and pasta ${p.era === 'new' && p.pastaVersion ? p.pastaVersion : `from ${CHANGE} on`} delivers connections to host loopback to the namespace's external address, where nothing listens on a port bound to 127.0.0.1: curl gets "Connection reset by peer".${
        p.era === 'new' ? '' : ` pasta's version was not shown${p.era === 'between' ? ' precisely' : ''}; an older pasta would not be affected.`
      }`,
      fix: [
        `# Docker's own packages (Debian/Ubuntu; use dnf on Fedora/RHEL): Docker ${FIX_DOCKER} or later`,
        'sudo apt-get install --only-upgrade docker-ce docker-ce-rootless-extras',
        'systemctl --user restart docker',
        `docker version          # rootlesskit Version ${FIX_RK} or later`,
        'ps -o args= -C pasta    # includes --host-lo-to-ns-lo',
      ].join('\n'),
    }),
    'nothing-recognised': () => ({
      title: 'Nothing recognisable in this paste',
      detail: 'Paste the output of docker version: its rootlesskit component shows the network and port drivers. The collector gathers everything at once.',
      fix: 'docker version',
    }),
    'need-network-driver': (p) => ({
      title: 'Which network driver does the daemon use?',
      detail: `docker info does not show it; docker version does, in the rootlesskit component (NetworkDriver)${
        p.rootlessKnown ? '' : ', and with no rootlesskit component the daemon is rootful'
      }.${p.pastaFallback ? ` From Docker ${dockerThresholds.pastaFallback.version}, dockerd-rootless.sh picks pasta by itself when slirp4netns is not installed.` : ''} ${
        p.outcomes.every((o) => o.verdict === p.outcomes[0]?.verdict)
          ? `Whichever it is, a rootless daemon is ${outcome(p.outcomes[0]!)}`
          : p.outcomes.map((o) => `If it is ${o.answer === 'pasta' ? 'pasta' : `${o.answer} (or any driver but pasta)`}: ${outcome(o)}`).join(' ')
      }`,
      fix: 'docker version\nsystemctl --user status docker --no-pager --full',
    }),
    'need-rootlesskit-version': (p) => ({
      title: 'Which RootlessKit runs?',
      detail: `The daemon uses pasta${
        p.distribution ? `, and Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} comes from a distribution, whose RootlessKit need not match Docker's own bundle` : ''
      }. RootlessKit older than ${FIX_RK}: affected; ${FIX_RK} or newer: fixed.`,
      fix: 'docker version   # rootlesskit: Version\nrootlesskit --version',
    }),
    'need-pasta-argv': (p) => ({
      title: 'Does pasta run with --host-lo-to-ns-lo?',
      detail: `RootlessKit ${p.rootlesskitVersion} is a development or pre-release build that may or may not have the fix. pasta's command line tells: with --host-lo-to-ns-lo it is fixed, without it affected.`,
      fix: 'ps -o args= -C pasta',
    }),
    'need-docker-output': () => ({
      title: 'More output needed',
      detail: 'The paste does not show enough to decide. Run the collector, or paste docker version and the running pasta command line.',
      fix: 'docker version\nps -o args= -C pasta',
    }),
    'port-driver-assumed-implicit': () => ({
      title: 'Port driver: implicit (assumed)',
      detail: 'No port driver is shown. With pasta, RootlessKit accepts only implicit or none, docker version leaves out PortDriver for implicit, and implicit is what Docker uses with pasta.',
    }),
    'rootlesskit-from-docker-version': (p) => ({
      title: `RootlessKit ${p.rootlesskitVersion} (inferred from Docker ${p.dockerVersion})`,
      detail: `No RootlessKit version is shown. Docker ${p.dockerVersion}'s own ${p.fromPackage ? 'docker-ce-rootless-extras package bundles' : 'packages bundle'} RootlessKit ${p.rootlesskitVersion}; a distribution's Docker may ship another.`,
      fix: 'rootlesskit --version',
    }),
    'distribution-packaging': (p) => ({
      title: 'Distribution-packaged Docker',
      detail: `This Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} comes from a distribution package, whose RootlessKit need not be the one Docker's own packages bundle, so it is not inferred.`,
      fix: 'rootlesskit --version',
    }),
    'pasta-version-unknown': (p) => ({
      title: `pasta prints "${p.printed || 'pasta'}" as its version`,
      detail: 'This pasta does not say which release it is (Debian and Ubuntu builds may print "unknown version"). The probe RootlessKit itself runs tells whether it has --host-lo-to-ns-lo, and so the changed mapping: 0 means yes.',
      fix: PROBE,
    }),
    'pasta-build-between-releases': (p) => ({
      title: `pasta ${p.pastaVersion} is a build between two releases`,
      detail: `It is newer than ${passtMilestones.lastGoodDefault.version} (the last release with the old mapping) and older than ${CHANGE}. The change (commit ${passtCommits.change.hash.slice(0, 7)}) is dated ${passtCommits.change.date}, so this build may behave either way. The probe tells.`,
      fix: PROBE,
    }),
    'pasta-below-rootlesskit-minimum': (p) => ({
      title: `pasta ${p.pastaVersion} is older than RootlessKit supports`,
      detail: `RootlessKit documents ${rootlesskitPastaRequirements.minimum.version} as its minimum pasta (${rootlesskitPastaRequirements.recommended.version} recommended). Debian 12's passt ${passtPackages.debian12.version} is older. Install a newer passt before using the pasta driver.`,
    }),
    'passt-dual-stack-failure': () => ({
      title: `passt ${passtMilestones.brokenWithRootlesskit.version} stops the daemon from starting`,
      detail: `Under RootlessKit, this pasta exits with "Dual stack forward, but IPv6 not enabled" (rootlesskit#591), so dockerd never starts. passt ${passtMilestones.brokenFixed.version} fixes it.`,
      fix: `# upgrade passt to ${passtMilestones.brokenFixed.version} or later, then\nsystemctl --user restart docker`,
    }),
    'mtu-1500': (p) => ({
      title: `MTU ${p.mtu} slows rootless networking`,
      detail: `Docker up to ${dockerThresholds.lastMtu1500.version} uses MTU ${dockerMtu.explicitNetLegacy.value} when DOCKERD_ROOTLESS_ROOTLESSKIT_NET is set (moby#47765). ${dockerMtu.pasta.value} is RootlessKit's default and several times faster.`,
      fix: override(`MTU=${dockerMtu.pasta.value}`),
    }),
    'ipv6-loopback-not-forwarded': () => ({
      title: 'Ports published on ::1 are not forwarded',
      detail: `RootlessKit runs pasta with --ipv4-only unless started with --ipv6, which dockerd-rootless.sh never passes, so a port published on [::1] is not reachable (inferred from the code; rootlesskit#511). RootlessKit ${rootlesskitThresholds.pastaIpv6.version} fixes the pasta driver's IPv6 support.`,
      fix: 'docker run -p 127.0.0.1:8080:80 …   # publish on IPv4 loopback instead',
    }),
    'host-loopback-leak': (p) => ({
      title: `Host loopback is reachable from the namespace (RootlessKit ${p.rootlesskitVersion})`,
      detail: `--disable-host-loopback becomes pasta's --no-map-gw, which does not close pasta's spliced path from the namespace's loopback to the host's: containers may reach services bound to 127.0.0.1 on the host. RootlessKit ${rootlesskitThresholds.hostLoopbackBlocked.version} closes it (rootlesskit#612).`,
      fix: `# upgrade RootlessKit to ${rootlesskitThresholds.hostLoopbackBlocked.version} or later`,
    }),
    'pasta-port-driver-mismatch': (p) => ({
      title: 'pasta needs port driver implicit or none',
      detail: `RootlessKit refuses pasta with port driver ${p.portDriver ?? 'builtin'} and stops at start-up: network "pasta" requires port driver "none" or "implicit".`,
      fix: override('NET=pasta', 'PORT_DRIVER=implicit'),
    }),
    'implicit-without-pasta': () => ({
      title: 'Port driver implicit needs pasta',
      detail: 'RootlessKit refuses the implicit port driver with any network driver but pasta ("port driver requires pasta network").',
      fix: override('PORT_DRIVER=builtin'),
    }),
    'secondary-loopback': () => ({
      title: 'Ports on 127.0.0.2 and other loopback addresses',
      detail: `With --host-lo-to-ns-lo, passt before ${passtMilestones.semanticsRefined.version} delivers connections to any host loopback address to 127.0.0.1 in the namespace, so a port published on 127.0.0.2 is likely still reset (inferred, not tested). ${passtMilestones.semanticsRefined.version} keeps the address.`,
      fix: 'docker run -p 127.0.0.1:8080:80 …   # or upgrade passt',
    }),
    'slirp4netns-port-driver-tcp': () => ({
      title: `Docker ${dockerThresholds.slirpPortDriverRegression.version} regression with the slirp4netns port driver`,
      detail: 'Publishing fails with: protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns" (moby#49499). The builtin port driver avoids that code path.',
      fix: override('PORT_DRIVER=builtin'),
    }),
    'bind-address-in-use': () => ({
      title: '"failed to bind host port … address already in use"',
      detail: `A rootless Docker ${dockerNotable.bindAddressInUse.version} error when publishing ports (moby#51591); the address is the namespace's own, ${rootlesskitAddressing.child}. See the issue for its status.`,
    }),
    'slirp4netns-not-found': () => ({
      title: 'slirp4netns not found with --detach-netns',
      detail: `From Docker ${dockerThresholds.gvisorFallback.version}, dockerd-rootless.sh passes --detach-netns by default, and slirp4netns then fails with "executable file not found" (moby#52641).`,
      fix: override('DETACH_NETNS=false'),
    }),
    'cannot-assign-address': () => ({
      title: 'A specific host IP cannot be published with the implicit port driver',
      detail: 'With pasta and the implicit port driver, dockerd binds inside the namespace, where the host\'s addresses do not exist: "cannot assign requested address". Publish on all addresses and filter with nftables. Ports also appear on the host only after pasta\'s one-second scan.',
    }),
    'ubuntu-apparmor': (p) => ({
      title: `AppArmor on ${p.operatingSystem} can stop pasta`,
      detail: 'On Ubuntu 23.10 and 24.04, pasta under RootlessKit fails until the AppArmor workaround documented in RootlessKit\'s docs/network.md is applied (Launchpad #2077158).',
    }),
    'connection-reset-seen': () => ({
      title: 'The symptom: "Connection reset by peer"',
      detail: 'That is what a port published on 127.0.0.1 returns when pasta delivers host-loopback connections to the namespace\'s external address. The verdict says whether that is the cause here.',
    }),
    'daemon-not-running': () => ({
      title: 'The Docker daemon is not reachable',
      detail: 'The client could not connect, so there is no server section to read. Start the rootless daemon (or point DOCKER_HOST at it) and run the commands again.',
      fix: 'systemctl --user start docker\nexport DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock\ndocker version',
    }),
    'podman-not-docker': (p) => ({
      title: `This is Podman's output${p.podmanVersion ? ` (Podman ${p.podmanVersion})` : ''}`,
      detail: 'Podman is not Docker: its settings say nothing about how rootless Docker runs pasta. The installed pasta it shows still counts. For the verdict, paste docker version.',
      fix: 'docker version',
    }),
    'facts-disagree': (p) => ({
      title: `Two values for ${p.fact}`,
      detail: `The paste shows ${p.fact} as ${p.value} and as ${p.other}. The checker uses ${p.value}: what the running daemon reports beats configuration and packages; among equals, the later output wins. After changing the configuration, restart the service.`,
      fix: RESTART,
    }),
    'input-truncated': (p) => ({
      title: 'Only the first part was read',
      detail: `The paste is longer than ${p.limitChars.toLocaleString('en')} characters; the rest was ignored.`,
    }),
    'workaround-slirp4netns': () => ({
      title: 'If you cannot upgrade: switch back to slirp4netns',
      detail: `slirp4netns with the builtin port driver is not affected, at the cost of throughput and of the client's source address (before RootlessKit ${rootlesskitThresholds.sourceAddressBuiltin.version}, every client appears as 127.0.0.1).`,
      fix: override('NET=slirp4netns', 'PORT_DRIVER=builtin'),
    }),
    'workaround-nftables': () => ({
      title: 'Or publish on all addresses and filter',
      detail: 'A port published on all addresses (-p 8080:80) works with pasta; restrict who may connect with nftables, as the passt maintainer suggested in moby#48838.',
      fix: 'docker run -p 8080:80 …   # then restrict the port with nftables',
    }),
  },
};
