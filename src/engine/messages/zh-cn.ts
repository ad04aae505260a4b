/** The Simplified Chinese message catalogue. Versions come from the data module; commands and quoted errors stay as the tools print them. */
import type { Apply } from '../apply.ts';
import { DESKTOP_MAC } from '../daemon-address.ts';
import { askSocket, checksFor, passtAdded, ciService, CLIENT_TARGET, CREATE_CONTEXT, daemonLog, DESKTOP_START, DESKTOP_START_ANY, DIND_ROOTLESS, DIND_VERSION, DISABLE_ROOTFUL, dockerUpgrade, FLAG, holdPasst, ID_MAPS, idHelpers, imageUpgrade, install, installAptVersion, installRootlesskit, installRootlesskitThenSetup, kernelIpv6, moveSettings, noSystemd, OWN_SOCKET, OWNER, passtUpgrade, upgradePasst, pastaFailureLog, PROBE, PS, PUBLISHED, publishFiltered, REMOTE_DAEMON, run, setcapRootlesskit, setDrivers, settingsFix, setupAsUser, slirp4netnsChecked, sshDaemon, START_PODMAN_MACHINE, startDaemon, startDesktop, startPodmanSocket, STATIC_RELEASE, removeLock, unignore, tun, unhold, UNIT_ENVIRONMENT, unlock, UNIT_FILES, unprivilegedFrom, unprivilegedInContainer, UNSET_HOST, upgrade, UPGRADE_APT, UPGRADE_NIXOS, UPGRADE_STATIC, upgradeRootlesskit, userns, userSession, driverChecks, runningVersion } from '../commands.ts';
import { blockedTitle, reportWords, stoppedNote } from './report-words.ts';
import { nerdctl, rootlessContainerd } from '../data/core/containerd.ts';
import { appArmorUbuntu } from '../data/core/diagnostics.ts';
import { dindEntrypoint, docker, dockerDesktop, mtu, recreate, rootlessSettings } from '../data/core/docker.ts';
import { managedPortDrivers, pastaPortDrivers, rootlesskitAddressing } from '../data/core/network.ts';
import { passt, passtChangeCommit, passtDebian12 } from '../data/core/passt.ts';
import { rootlesskit, rootlesskitPasta } from '../data/core/rootlesskit.ts';
import { toPesto } from '../driver-settings.ts';
import type { ValueSource } from '../facts.ts';
import type { PackageManager } from '../data/core/packaging.ts';
import type { StatedFix } from '../rules/stated-fix.ts';
import { byHandSource } from '../rules/settings-source.ts';
import type { FactKey } from '../types.ts';
import { packagedFact } from './packaged.ts';
import type { Locks, MessageParams, Messages, Outcome, SnippetWords, UpgradeWay } from './types.ts';

/** 共用修复片段里的文字。 */
const snippets: SnippetWords = {
  installWith: (pkg) => `请用你的软件包管理器安装 ${pkg}`,
  slirp4netnsInImage: '镜像里必须有 slirp4netns（较新的 docker:dind-rootless 镜像自带）：下面的命令打印它的版本，没有它则会失败',
  inImage: (pkg) => `镜像里必须有 ${pkg}，主机的软件包管理器改不了镜像：下面的命令打印它的版本，没有它则会失败（那时请以这个镜像为 FROM 构建一个镜像，以 root 用 apk 装上它）`,
  addToServiceImage: (pkg) => `镜像里没有 ${pkg}，作业的命令也装不进去：以它为 FROM 构建一个装有 ${pkg} 的镜像，推送为 IMAGE（它在 runner 能拉取的镜像仓库里的名字），然后在 services: 中把服务的 name: 改为 IMAGE`,
  addToImage: (pkg) => `镜像里没有 ${pkg}，主机的软件包管理器也装不进去：以它为 FROM 构建一个装有 ${pkg} 的镜像，命名为 IMAGE；然后用 IMAGE 运行容器（改它的 docker run 或 image: 行）`,
  manifest: 'MANIFEST：清单文件，其中的 image: 行已改好',
  manifestEnv: 'MANIFEST：清单文件，其中容器的 env: 已加上这些条目',
  serviceImage: '然后重新运行这个作业：GitLab 会用新镜像启动服务',
  serviceVariables: '在 .gitlab-ci.yml 中这个服务在 services: 里的那一项加上这些变量（保留它的 alias 和其他变量），再重新运行作业：GitLab 重新启动服务时会带上它们',
  holdPasst: '请用你的软件包管理器锁定 passt（pacman：在 /etc/pacman.conf 里写 IgnorePkg = passt）',
  userns: ['0：不允许普通用户使用', '1：由 AppArmor 决定', '0：一个也不允许'],
  idHelpers: ['setuid root 时显示为 -rwsr-xr-x root', '否则应有 cap_setuid、cap_setgid', '1：setuid 和文件能力都被忽略', '0 0 4294967295 表示不在任何用户命名空间里'],
  userSession: '以 root 身份执行，USER 换成运行 rootless Docker 的用户',
  asThatUser: '然后以该用户身份执行，不用 sudo',
  noSystemd: [
    'WSL：先 wsl --update，再在 /etc/wsl.conf 的 boot 一节写 systemd=true，然后在 Windows 里执行 wsl.exe --shutdown，再用安装工具 uninstall 后 install',
    '其他系统，每次开机后以该用户（不是 root）身份：用一个自己的运行时目录，不放在 /tmp 下，先清空',
    '或者用安装工具打印的那一行',
  ],
  systemd: ['systemd 在运行', '没有 systemd'],
  tun: 'crw-rw-rw-：存在，并且所有人可写',
  ciCerts: '有 ca.pem cert.pem key.pem：用 TLS，端口 2376',
  sshAddress: 'USER@HOST：ssh:// 地址中的用户和主机',
  noIpv6: '这个内核没有 IPv6',
  onDaemonHost: ({ host, user, ssh, via }) =>
    `在 ${host} 上${user ? `以 ${user} 用户` : ''}运行（${via === 'host' ? 'DOCKER_HOST' : via === 'context' ? '当前的 docker context' : '客户端的 ssh'} 连接的守护进程在那里）：${ssh}`,
  rootfulLog: (command) => `以 root 运行的守护进程：${command}`,
};

const FIX_RK = rootlesskit.hostLoToNsLo.version;
/** What the upgrade of Docker's packages echoes where RootlessKit is not theirs. */
const UPGRADE_ELSEWHERE = 'RootlessKit 装在 ~/bin，或者不是 Docker 官方软件包装的：请看指南的“升级”一节';
/** The comment before a container's upgrade to the image `image`, `why` after the version: made again from its docker run, or where the image is named. */
const newImage =
  (a: Apply, why: string) =>
  (image: string): string =>
    a.container?.service
      ? `服务的镜像改用 ${image} 或更新版本${why}：改 .gitlab-ci.yml 中 services: 的那一项（镜像是以它为 FROM 构建的，就改 FROM 后重新构建）`
      : a.container?.run
        ? `镜像改用 ${image} 或更新版本${why}，用它重新创建容器`
        : `在指定镜像的地方改用 ${image} 或更新版本${why}，再重新创建容器`;
/** Docker upgraded to `release`, which fixes the problem: the container's image, or Docker's packages here. */
const upgradeTo = (a: Apply, release: string): string =>
  dockerUpgrade(a, release, { image: newImage(a, '（它修复了这个问题）'), packages: `Docker 官方软件包：升级到 Docker ${release} 或更新版本`, elsewhere: UPGRADE_ELSEWHERE }, snippets);
const CHANGE = passt.change.version;
const OTHER_DRIVER = '用的是别的网络驱动，不受影响。';

/** The upgrade of a distribution's RootlessKit with the package manager the paste shows; where none is, the package that provides it. */
const fromDistribution = (m: PackageManager | null): string[] =>
  m === 'nix'
    ? [`# Nix 的 Docker：NixOS 随频道（channel）升级 RootlessKit，频道里有 ${FIX_RK} 或更新版本后即可升级（用 flake 管理配置时，改为更新它的 nixpkgs 输入，再重新构建）`, UPGRADE_NIXOS]
    : m
      ? [`# 发行版的 Docker：把它的 rootlesskit 软件包升级到 ${FIX_RK} 或更新版本${m === 'pacman' ? '，随整个系统一起升级，因为 Arch 不支持部分升级' : m === 'xbps' ? '，随整个系统一起升级' : ''}`, upgradeRootlesskit(m)]
      : [`# 发行版的 Docker：把提供 rootlesskit 的软件包升级到 ${FIX_RK} 或更新版本`, OWNER];
/** RootlessKit upgraded to a release with the fix the way `p` says, then the daemon restarted (en.ts). */
const rootlesskitUpgrade = (p: UpgradeWay, a: Apply): string[] =>
  a.container
    ? [imageUpgrade(a, docker.fixed.version, newImage(a, '（它的 RootlessKit 带有修复）'), snippets)]
    : a.containerd
    ? [`# RootlessKit 需要 ${FIX_RK} 或更新版本：升级下面这条命令列出的软件包；若没有软件包提供 rootlesskit，就解压更新的 ${nerdctl.bundle} 归档（其中带有 RootlessKit）或 RootlessKit 自己的发布版`, OWNER, a.restart]
    : [...(p.staticInstall
      ? [`# ~/bin 里的 Docker 静态安装：把 Docker ${STATIC_RELEASE} 的静态 tarball 解压覆盖上去（${docker.fixed.version} 起的任何版本都带有修复）`, UPGRADE_STATIC]
      : p.distribution
      ? [...releases(p), ...fromDistribution(p.manager)]
      : [...releases(p), ...(p.pinned?.install
        ? [`# apt 的固定把 Docker 锁住了：按版本号安装 Docker ${docker.fixed.version} 或更新版本`, installAptVersion(p.pinned.install), '# 然后让固定指向这个版本（/etc/apt/preferences.d/ 里的 Pin: version），或者删除这个固定']
        : p.pinned
          ? [`# apt 的固定把 Docker 锁住了：让它指向 Docker ${docker.fixed.version} 或更新版本（/etc/apt/preferences.d/ 里的 Pin: version），或者删除它；然后`, UPGRADE_APT]
          : [`# Docker 官方软件包：升级到 Docker ${docker.fixed.version} 或更新版本`, upgrade(UPGRADE_ELSEWHERE)])]), a.restart];
/** The holds and locks on the packages to upgrade, released before the upgrade. */
const releases = ({ held, locked, zypperLocked, ignored }: Locks): string[] => [
  ...(held ? ['# apt-mark 锁定了这些软件包：先解除锁定，如果需要，升级后再用 apt-mark hold 重新锁定', unhold(held)] : []),
  ...(locked ? ['# dnf versionlock 锁定了这些软件包：先删除锁定，如果需要，升级后再用 dnf versionlock add 重新锁定', unlock(locked)] : []),
  ...(zypperLocked ? ['# zypper 锁定了这些软件包：先删除锁定，如果需要，升级后再用 zypper addlock 重新锁定', removeLock(zypperLocked)] : []),
  ...(ignored ? ['# pacman.conf 的 IgnorePkg 会跳过这些软件包：先把它们从中去掉，如果需要，升级后再加回去', unignore(ignored)] : []),
];
/** What the reader says they upgraded to, and the RootlessKit it brings. */
const statedRelease = (s: StatedFix): string => (s.tool === 'docker' ? `Docker ${s.version}（它的官方软件包捆绑 RootlessKit ${s.rootlesskit}）` : `RootlessKit ${s.version}`);

const rkPhrase = (rk: string, from: string | null): string => (from ? `Docker ${from} 捆绑的是 RootlessKit ${rk}` : `RootlessKit ${rk}`);
/** A version, or a lower bound on one. */
const extrasOf = (v: string | null): string => `Docker ${v} 的 rootless extras`;
const orLater = (version: string, bound: boolean): string => (bound ? `${version} 及以上版本` : version);
/** "（Docker 27.3.1）"-style suffix, or nothing. */
const paren = (label: string, value: string | null): string => (value ? `（${label} ${value}）` : '');
/** What switching to pasta later would do beside this RootlessKit (rkFixed null: its version is not known). */
const beforePasta = (rk: string | null, rkFixed: boolean | null, from: string | null): string =>
  rkFixed
    ? `${rk ? `RootlessKit ${rk}` : '这个 RootlessKit'} 会把 ${FLAG} 传给 pasta，所以改用 pasta 是安全的。`
    : `安装 passt 之前，先把 RootlessKit 升级到 ${FIX_RK} 或更新版本${rk ? `（${rkPhrase(rk, from)}）` : ''}：在那之前，${CHANGE} 及以后的 passt 会重置到发布在 127.0.0.1 上的端口的连接。`;
/** Names as prose lists them: "a、b 或 c". */
const orList = (names: readonly string[]): string => names.join('、').replace(/、(?!.*、)/, ' 或 ');
const verdictWord = { affected: '受影响', fixed: '已修复' } as const;
/** Chinese after a fact name: a space after a Latin one ("RootlessKit 的值"), none after a Chinese one ("端口驱动的值"). */
const spaced = (name: string, chinese: string): string => `${name}${/[\u4e00-\u9fff]$/.test(name) ? '' : ' '}${chinese}`;
/** A name amid Chinese: a space on each side of a Latin one ("只有 ci-runner-1 出现"), none beside a Chinese one ("只有本机出现"). */
const amid = (name: string): string => (/^[\u4e00-\u9fff]/.test(name) ? name : ` ${name} `);

/** What one answer to the missing fact would make the verdict, as the next step words it. */
function outcome(o: Outcome): string {
  const rk = o.rootlesskitVersion ? `${rkPhrase(o.rootlesskitVersion, o.rootlesskitInferred ? o.dockerVersion : null)}，` : '';
  if (o.verdict === 'affected' || o.verdict === 'fixed') return `${rk}${o.pastaUnseen ? `pasta 为 ${CHANGE} 或更新时` : ''}${verdictWord[o.verdict]}。`;
  return o.verdict === 'incomplete' ? `要看 RootlessKit 版本，早于 ${FIX_RK} ${o.pastaUnseen ? `且 pasta 为 ${CHANGE} 或更新时` : ''}受影响，${FIX_RK} 及以上已修复。` : '不受影响。';
}

/** rootless containerd 的各种设置分别意味着什么，每一项都由规则判定。 */
function containerdOutcomes(c: NonNullable<MessageParams['need-network-driver']['containerd']>): string {
  const [first, ...rest] = c.unset;
  const picks = `${first!.answer}${rest.map((o) => `（没有它时选用 ${o.answer}）`).join('')}`;
  const unset = c.unset.every((o) => o.verdict === first!.verdict) ? outcome(first!) : c.unset.map((o) => `用 ${o.answer} 时，${outcome(o)}`).join('');
  const alone = c.alone.stops ? `RootlessKit 不接受 ${c.portDriverDefault} 与 pasta 搭配，containerd 无法启动。` : outcome(c.alone);
  return `没有设置 NET 时，脚本选用 ${picks}，从不选用 pasta：${unset}设置了 NET=pasta 而没有设置 PORT_DRIVER 时，脚本传入 ${c.portDriverDefault}：${alone}设置了 NET=pasta 和 PORT_DRIVER=implicit 时（看到 pasta 正在运行、即回答 pasta 时也是如此：RootlessKit 只在端口驱动为 implicit 或 none 时才运行 pasta）：${outcome(c.implicit)}`;
}

// 不一致的值是在哪里看到的。
/** A fact's value as the fact table shows it: 是 or 否 for a boolean. */
// The local machine, where the paste names none beside a tool's hosts (machines.ts machines).
const machineName = (machine: string): string => machine || '本机';
const valueOf = (value: string): string => (value === 'true' ? '是' : value === 'false' ? '否' : value);
/** Chinese words, then values that may be Chinese (是) or not (2.3.1): spaced only before what is not. */
const thenValues = (chinese: string, values: string): string => `${chinese}${/^[\u4e00-\u9fff]/.test(values) ? '' : ' '}${values}`;
// A value deduced rather than printed, as the fact table marks it.
const INFERRED = '推断';
const seenIn: Record<ValueSource, string> = { running: '正在运行的守护进程', binary: '程序自己报告的版本', package: '已安装的软件包', config: '配置' };

/** Each fact's name, in the order the checker lists facts. */
const factNames: Record<FactKey, string> = {
  rootless: 'rootless 守护进程',
  networkDriver: '网络驱动',
  portDriver: '端口驱动',
  rootlesskitVersion: 'RootlessKit',
  hostLoToNsLo: 'pasta 运行时带 --host-lo-to-ns-lo',
  pastaAcceptsHostLoToNsLo: 'pasta 接受 --host-lo-to-ns-lo',
  pastaInstalled: '已安装 pasta',
  pastaVersion: 'pasta 版本',
  pastaDate: 'pasta 发布日期',
  dockerServerVersion: 'Docker Engine',
  rootlessExtrasVersion: 'docker-ce-rootless-extras',
  dockerPackaging: 'Docker 打包方',
  dockerClientVersion: 'Docker 客户端',
  slirp4netnsVersion: 'slirp4netns',
  mtu: 'MTU',
  disableHostLoopback: '--disable-host-loopback',
  detachNetns: '--detach-netns',
  ipv4Only: 'pasta --ipv4-only',
  portManager: '使用了 RootlessKit 的端口管理器',
  operatingSystem: '操作系统',
  podmanVersion: 'Podman',
};

/** 客户端在 Windows、Mac 或 Docker Desktop for Linux 上找的地方，是谁的守护进程在监听。 */
const desktopPlace = {
  windows:
    `Windows 上 Docker 的管道，由 Docker Desktop 提供（或由替代它的其他引擎提供，比如 Podman 机器；Windows Server 上的 Docker Engine 是一个服务：Start-Service docker）。从菜单启动 Docker Desktop，或者从 Docker Desktop ${dockerDesktop.cli.version} 起用 docker desktop start 启动（docker desktop status 会显示它何时在运行），再重新运行命令。`,
  mac: `Mac 上 Docker Desktop 的套接字。从“应用程序”启动 Docker Desktop，或者从 Docker Desktop ${dockerDesktop.cli.version} 起用 docker desktop start 启动，再重新运行命令。`,
  macVm: 'Mac 主目录里的一个套接字，由某个在 Linux 虚拟机里运行 Docker 守护进程的工具提供（Docker Desktop 的是 ~/.docker/run/docker.sock）。启动那个工具，再重新运行命令。',
  linux: 'Docker Desktop 的套接字，也就是它的 context desktop-linux，Docker Desktop 运行期间它是当前 context。启动 Docker Desktop，或者用 docker context use rootless 换回本机的 rootless 守护进程，再重新运行命令。',
} as const;

/** 客户端为什么连不上：按它去哪里找守护进程，以及在那里要检查什么。 */
function unreachable(p: MessageParams['daemon-not-running'], a: Apply): { detail: string; fix: string } {
  switch (p.where) {
    case 'dind-rootless':
      return {
        detail:
          '在 docker:dind-rootless 中，docker exec 执行的命令没有 DOCKER_HOST，客户端于是去找 /var/run/docker.sock，而守护进程监听的是 /run/user/1000/docker.sock（属于镜像自带的用户，UID 1000）。先从日志确认守护进程是否已经启动，再让客户端指向它的套接字。',
        fix: DIND_ROOTLESS,
      };
    case 'service':
      return {
        detail: `客户端去 ${p.address} 找守护进程，也就是一个按名字访问的容器：通常是 CI 作业的 docker:dind（或 docker:dind-rootless）服务或边车容器；docker 镜像里的客户端找不到套接字时，默认去找名为 docker 的那个。在这里启动守护进程没有用。这个服务要用这个名称或别名，并以特权模式运行（它的日志里出现“mount: permission denied”就说明没有）。用 TLS 时（DOCKER_TLS_CERTDIR=/certs），它的守护进程监听端口 2376，作业需要它证书目录中的客户端证书；不用 TLS 时（DOCKER_TLS_CERTDIR=""）监听端口 2375。使用 GitLab 的 Kubernetes executor 时，服务也可能还没启动完：最后一条命令会等它。`,
        fix: ciService(snippets),
      };
    case 'remote':
      return {
        detail: `客户端通过网络去 ${p.address} 找守护进程，这是 DOCKER_HOST 或当前的 docker context 指定的地址。如果那个守护进程在另一台机器上或容器里，请到那里运行检查工具的命令：在这里启动守护进程没有用。本机的 rootless 守护进程监听的是运行它的用户的套接字。`,
        fix: REMOTE_DAEMON,
      };
    case 'ssh':
      return {
        detail: `客户端通过 SSH 连接守护进程${p.address.toLowerCase().startsWith('ssh:') ? `，地址是 ${p.address}` : `（${p.address} 是代替 SSH 主机的占位地址）`}，这是 DOCKER_HOST 或当前的 docker context 指定的；在这里启动守护进程没有用。如果那台主机上是 rootless 守护进程，那里必须为 SSH 用户设置 DOCKER_HOST。`,
        fix: sshDaemon(snippets),
      };
    case 'loopback':
      return {
        detail: `客户端去 ${p.address} 找守护进程，这是回环地址：可能是本机监听 TCP 的守护进程（rootless 守护进程也可以），也可能是 Kubernetes Pod 或 CI 作业旁边的 docker:dind 服务（见指南中针对服务的检查）。在本机上，先启动 rootless 守护进程，再通过它的套接字询问它。`,
        fix: startDaemon(a),
      };
    case 'desktop': {
      const otherVm = p.os === 'mac' && !p.address.includes(DESKTOP_MAC);
      return {
        detail: `客户端去 ${p.address} 找守护进程，这是${desktopPlace[otherVm ? 'macVm' : p.os]}`,
        fix: otherVm ? CLIENT_TARGET : startDesktop(p.os),
      };
    }
    case 'podman':
      return {
        detail: `客户端去 ${p.address} 找守护进程，这是 Podman API 服务的套接字（这个服务替 Podman 回答 Docker 的 API）：请启动它。检查结论针对的是 Docker，需要 Docker 守护进程的输出。`,
        fix: startPodmanSocket(p.rootful),
      };
    case 'podman-machine':
      return {
        detail: `客户端去 ${p.address} 找守护进程，这是 Windows 上 Podman 机器的管道，它替 Podman 回答 Docker 的 API：请启动这台机器。检查结论针对的是 Docker，需要 Docker 守护进程的输出。`,
        fix: START_PODMAN_MACHINE,
      };
    case 'root-runtime':
      return {
        detail: `客户端去 ${p.address} 找守护进程，这是 root 的运行时目录，那里不会有 rootless 守护进程：rootless Docker 拒绝以 root 运行。以 root 身份时，取消 DOCKER_HOST 来使用系统级守护进程；要用某个用户的 rootless 守护进程，请以该用户运行客户端。`,
        fix: UNSET_HOST,
      };
    case 'rootful-shown':
      return {
        detail: '客户端没能连上守护进程，而粘贴的内容显示有一个以 root 运行的守护进程，这个问题不涉及它的端口。如果客户端应该连的是那个守护进程，请查看它指向哪里。',
        fix: CLIENT_TARGET,
      };
    case 'missing-context':
      return {
        detail: '客户端当前的 context（安装工具会创建一个名为 rootless 的 context）不在这个用户的配置里：HOME 不同，或者已被删除。请像安装工具那样重新创建它（见下）；如果已经卸载了 rootless Docker，请 unset DOCKER_CONTEXT，改用 default context。',
        fix: CREATE_CONTEXT,
      };
    case 'manual':
      return {
        detail: '客户端在主目录下的运行时目录里寻找 rootless 守护进程——不使用 systemd 启动的守护进程就在那里监听（Docker 的使用技巧）——但那里没有守护进程在监听。请以该用户的身份手动启动它（见下）。如果是在容器里，请查看容器里守护进程的日志：容器里的 rootless 守护进程还需要以 --privileged 运行该容器。',
        fix: noSystemd(snippets),
      };
    case 'desktop-client':
      return {
        detail: `这个客户端属于 Docker Desktop（下面几行说明了这一点），它在找的地方没找到守护进程。Docker Desktop 的守护进程在 Desktop 运行时才应答：从菜单启动 Docker Desktop，或者用 docker desktop start 启动（Docker Desktop ${dockerDesktop.cli.version} 起可用）${p.os === 'linux' ? '，在 Linux 上也可以启动它的用户服务（见下）' : ''}${p.os === 'linux' ? '，或者，如果你要用的是本机的 rootless Docker，就启动那个守护进程，并让 DOCKER_HOST 指向它的套接字' : ''}。`,
        fix: p.os === 'linux' ? DESKTOP_START_ANY : DESKTOP_START,
      };
    case 'user-daemon':
      return {
        detail: `客户端去系统级守护进程的套接字找它，而你的 rootless 守护进程正在运行（它的用户服务处于 active 状态），监听的是它自己的套接字${p.socket ? ` ${p.socket}` : '（在你的运行时目录里）'}：它不需要启动。请让客户端指向这个套接字（见下，只对当前 shell 有效；把 export 这一行写进 ~/.bashrc 可以保留下来），或者使用安装工具创建的上下文：\`docker context use rootless\`。`,
        fix: askSocket(p.socket),
      };
    case 'here':
      // In a CI job whose daemon is its service, the client has no daemon of its own to start.
      return a.container?.service
        ? {
            detail:
              '客户端没能连上守护进程：它找的是自己本机的守护进程，而这个作业的守护进程在它的服务里，要通过 TCP 按名字访问。让 DOCKER_HOST 指向这个服务，就像 docker 镜像里的客户端找不到套接字时那样：用 TLS 时（DOCKER_TLS_CERTDIR=/certs）是 tcp://docker:2376，并使用其证书目录中的客户端证书；不用 TLS 时是 tcp://docker:2375。然后重新运行这些命令。',
            fix: ciService(snippets),
          }
        : {
            detail: '客户端没能连上守护进程，所以输出里没有 Server 部分。先启动 rootless 守护进程（或者让 DOCKER_HOST 指向它），再重新运行这些命令。',
            fix: startDaemon(a),
          };
  }
}

// docker:dind-rootless 的入口脚本读取的变量。
const entrypointReads = dindEntrypoint.reads.map((n) => `${rootlessSettings.prefix}${n}`).join('、');

// 从 shell 手动启动的守护进程用来代替重启（粘贴内容表明它没能启动时，没有要停止的进程）和启动用户服务的做法。
const AGAIN = '从这个 shell 重新运行 dockerd-rootless.sh';
const BY_HAND = {
  restart: `停止正在运行的守护进程，再${AGAIN}`,
  again: AGAIN,
  start: '从这个 shell 在后台启动 dockerd-rootless.sh',
  image: `用 ${recreate.build.command} 重新构建镜像，并重新创建它的容器`,
  job: '重新运行这个作业：GitLab 为每个作业重新启动它的服务，服务启动时读取这些设置',
  jobProcesses: `作业看不到服务里的进程：docker version 显示 rootlesskit ${FIX_RK} 或更新版本，且对镜像中 pasta 的探测输出 0，就说明 RootlessKit 会把 ${FLAG} 传给 pasta`,
};

/** Said where a shell's exports are all the paste shows, with no daemon shown to read them: the user service never does. */
const UNREAD_EXPORTS = '用户服务不会读取 shell 导出的变量：如果你是从 shell 手动启动 dockerd-rootless.sh 的，请改为在那个 shell 中导出这些设置。';

export const zhCn: Messages = {
  snippets,
  facts: factNames,
  verdict: reportWords['zh-cn'].titles,
  flagSeen: reportWords['zh-cn'].flagSeen,
  flagsLeft: (o) => `下面的命令不改动 DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS，其中的 ${o.join('、')} 仍会生效：请在运行下面的命令之前，自己从这个设置中删除 ${o.join('、')}。`,
  byHand: BY_HAND,
  exported: {
    shell: (then) => `这些命令只在当前 shell 里设置变量：请${then}（并相应修改你的 export 行）。`,
    sudo: '守护进程是经由 sudo（不带 -E）或登录 shell（su -、runuser -l）以另一个用户启动的，它们不会把 shell 导出的变量传下去：只有那条命令里写明的设置才生效，所以修改都写进了这条命令。',
    doas: '守护进程是经由 doas 以另一个用户启动的，doas 在新的环境中运行命令（除非 doas.conf 写了 keepenv，而粘贴内容看不出这一点）：shell 导出的变量不算生效，所以修改都写进了这条命令。',
    machinectl: '守护进程是经由 machinectl shell 启动的，它开启的新登录会话不继承 shell 导出的任何变量：只有那条命令里写明的设置才生效，所以修改都写进了这条命令。',
    'preserve-list': '守护进程是经由带 --preserve-env= 列表的 sudo 以另一个用户启动的，它只把列表里点名的导出变量传下去：其余的都不生效，所以修改都写进了这条命令。',
    run: (then) => `最后一行是你输入的那条命令，带上了这里各项发现对其设置所做的全部修改（也包括这一项的）：请${then}，运行时用这一行。`,
    'run-own': (then) => `最后一行是你输入的那条命令，带上了这里其他各项发现对其设置所做的全部修改，再加上这一项自己的修改；其他发现给出的那一行不含这一项的修改（所以这一行与它们的不同）：请${then}，运行时用这一行。`,
    hand: (then) => `这些命令只在当前 shell 里设置变量：请${then}。这里没有看到已导出的设置：以后每次启动守护进程之前，都要先这样用 export 设置它们（例如写进 ~/.profile，以便保留）。`,
    both: '这里在 shell 中导出的设置也必须去掉（用 unset 取消它们，并删除那些 export 行）：从那个 shell 手动运行 dockerd-rootless.sh 时，它仍会采用这些设置。',
    'both-run': '这里在 dockerd-rootless.sh 前面输入的设置只对那一次运行有效，用户服务从不读取它们：若要再次手动运行该脚本，请不要再输入它们（或改为输入修改后的设置）。',
    unknown: UNREAD_EXPORTS,
    dockerfile:
      `最后一行是你 Dockerfile 里的 ENV 指令，带上了这里各项发现对其设置所做的全部修改（也包括这一项的）：请用它替换 Dockerfile 里的那一行，然后重新构建镜像，并重新创建它的容器（容器里没有运行用户服务，所以 drop-in 文件不起作用）。构建时请用 \`${recreate.build.command}\`：不加它，构建会沿用缓存里这个标签的基础镜像，那可能是较旧的版本。`,
    'ci-service':
      '守护进程运行在 CI 作业的服务（GitLab 的 services:）里，用户服务的 drop-in 文件管不到它，作业里的命令也改不了它：它的设置是 .gitlab-ci.yml 里这个服务的 variables:，镜像也在那里指定；作业重新运行时才生效，因为 GitLab 为每个作业重新启动服务。作业里的客户端只能访问服务里的守护进程：作业里的 docker version 显示的就是它；检查命令在一个单独的容器里运行服务的镜像。',
    container:
      '守护进程运行在 docker:dind-rootless 容器里，用户服务的 drop-in 文件管不到它：它的设置属于容器（docker run 的 -e、Compose 文件的 environment:、Kubernetes 容器的 env:），重新创建容器后才生效。粘贴内容里有 docker run 命令时，修复会先删除旧容器，再重新输入这条命令，带上这里各项发现对其设置、选项和镜像标签所做的全部修改（也包括这一项的）。',
  },
  stopped: (problem, buildkit, containerd, undecided) => stoppedNote('zh-cn', problem, buildkit, containerd, undecided),
  blocked: (buildkit, containerd) => blockedTitle('zh-cn', buildkit, containerd),
  certainty: {
    confirmed: () => reportWords['zh-cn'].confirmed,
    // The same as in en.ts: RootlessKit from the Docker table, the port driver and rootful from defaults, pasta's release, a missing pasta.
    inferred: ({ verdict, unseen, facts: f, inferred, beforeUpgrade }) =>
      `${reportWords['zh-cn'].inferred[0]}${unseen
        .map((k) =>
          packagedFact(k, f, inferred, extrasOf)
            ? beforeUpgrade?.includes(k)
              ? `守护进程运行的是 ${packagedFact(k, f, inferred, extrasOf)}，即它启动之后那次升级之前安装的版本`
              : `守护进程运行的正是已安装的 ${packagedFact(k, f, inferred, extrasOf)}`
            : k === 'rootlesskitVersion'
            ? `${f.rootlesskitVersion ? `RootlessKit ${f.rootlesskitVersion}，即 ` : ''}Docker ${f.rootlessExtrasVersion ?? f.dockerServerVersion} 捆绑的${f.rootlesskitVersion ? '版本' : ' RootlessKit 版本'}`
            : k === 'pastaVersion'
              ? `pasta ${verdict === 'affected' ? `为 ${CHANGE} 或更新版本` : `早于 ${CHANGE}`}`
              : k === 'rootless'
                ? '守护进程以 root 运行'
                : k === 'pastaInstalled'
                  ? '守护进程的 PATH 和 shell 的一样没有 pasta'
                : k === 'portManager'
                  ? '这个守护进程使用了 RootlessKit 的端口管理器'
                  : k === 'networkDriver'
                    ? f.networkDriver
                      ? `网络驱动 ${f.networkDriver}`
                      : `网络驱动 ${orList(rootlessContainerd.netDefault)}（containerd-rootless.sh 自行选择）`
                    : k === 'hostLoToNsLo'
                      ? `pasta 运行时${f.hostLoToNsLo ? '带' : '不带'} --host-lo-to-ns-lo，以所示两条 pasta 参数中靠后的那条为准`
                      : `端口驱动 ${f.portDriver}`,
        )
        .join('；')}${reportWords['zh-cn'].inferred[1]}`,
  },
  findings: {
    'rootful-daemon': (p) =>
      p.assumed
        ? {
            title: '按以 root 运行处理，这个 docker version 看不出是否 rootless',
            detail: `docker version 从 Docker ${docker.rootlessComponents.version} 起才列出 rootlesskit 组件，所以 Docker ${p.dockerVersion} 的输出分辨不出来。docker info 可以：rootless 守护进程的 Security Options 里有“rootless”。`,
            fix: 'docker info',
          }
        : {
            title: p.desktop ? '守护进程属于 Docker Desktop' : p.snap ? '守护进程属于 docker snap' : '守护进程以 root 身份运行',
            detail: `${
              p.desktop
                ? 'Docker Desktop 在自己的虚拟机里运行守护进程，不是 rootless Docker'
                : p.snap
                  ? '它的数据根目录属于 docker snap（在 /var/snap/docker 下），snap 的守护进程是以 root 身份运行的系统服务，不是 rootless Docker'
                  : `没有“rootless”安全选项，也没有 rootlesskit 组件${paren('Docker', p.dockerVersion)}`
            }：端口发布不经过 RootlessKit 和 pasta，所以 127.0.0.1 上的重置不会是这个问题造成的。`,
          },
    'rootlesskit-without-pasta': (p, a) => ({
      title: `RootlessKit ${p.rootlesskitVersion} 没有 pasta 网络驱动`,
      detail: `pasta 网络驱动是 RootlessKit ${rootlesskit.pastaDriver.version} 才加入的；${p.inferredFrom ? rkPhrase(p.rootlesskitVersion, p.inferredFrom) : `这里是 RootlessKit ${p.rootlesskitVersion}`}，所以不会出现这个问题。${
        p.pastaSet
          ? `设置里指定了 pasta，而这个 RootlessKit 会拒绝它（"unknown network mode: pasta"），所以守护进程无法启动：下面的命令重新设为 slirp4netns。如果要用 pasta，请先升级 Docker：Docker 官方软件包从 ${docker.pastaCapable.version} 起捆绑支持 pasta 的 RootlessKit，从 ${docker.fixed.version} 起不再有回环连接重置的问题。`
          : ''
      }`,
      ...(p.pastaSet ? { fix: setDrivers(p.pastaSet, p.pastaSet.installed, snippets, a) } : {}),
    }),
    'docker-without-pasta': (p) => ({
      title: `Docker ${p.dockerVersion} 早于 pasta 网络驱动`,
      detail: `Docker 官方软件包从 Docker ${docker.pastaCapable.version} 起才捆绑支持 pasta 的 RootlessKit；这个 Docker ${OTHER_DRIVER}${
        p.pastaSet ? '粘贴内容中的设置指定了 pasta，而它的 RootlessKit 没有 pasta 驱动：正在应答的守护进程并不是用这些设置启动的。' : ''
      }`,
    }),
    'other-network-driver': (p) => ({
      title: `网络驱动为 ${p.networkDriver}，不受影响`,
      detail: `只有 pasta 有这个问题；用 ${p.networkDriver} 时，发布的端口不经过 pasta 的地址映射。`,
    }),
    'containerd-net-default': (p) => ({
      title: `未设置网络驱动，containerd-rootless.sh 会选 ${orList(p.drivers)}，从不选 pasta`,
      detail: `rootless containerd 用户单元的环境（${p.absent ? '下面的回答里没有 Environment= 这一行' : '下面这一行'}）没有设置 ${rootlessContainerd.prefix}NET，所以 containerd-rootless.sh 自行选择网络驱动：${p.drivers[0]}${p.drivers.slice(1).map((d) => `，没有它时选 ${d}`).join('')}，从不选 pasta。只有 pasta 有这个问题，所以 rootless containerd 不受影响。如果变量设在${p.absent ? '这个回答' : '这一行'}没有列出的地方（EnvironmentFile=、用户管理器的环境，或手动启动脚本的 shell），选择可能不同：它的 RootlessKit 的命令行（--net=）显示实际运行的驱动。`,
    }),
    'nerdctl-as-root': () => ({
      title: '以 root 身份运行的 nerdctl 连接的是系统级 containerd，而不是 rootless containerd',
      detail: `加了 sudo（或 doas）的 nerdctl 以 root 身份运行，连接的是系统级（rootful）containerd，而不是 rootless containerd（后者运行在安装它的那个用户的用户单元里）：它列出或运行的容器及其发布的端口既不经过 RootlessKit 也不经过 pasta，所以本指南所说的回环地址问题与它们无关。要使用 rootless containerd，请由运行过 \`${rootlessContainerd.setupTool.install}\` 的用户直接运行 nerdctl，不加 sudo，也不需要指定套接字地址。`,
      fix: `# 以运行过 ${rootlessContainerd.setupTool.install} 的用户身份运行，不加 sudo\n${nerdctl.client} ps`,
    }),
    'port-driver-excludes-pasta': (p) =>
      p.portDriver
        ? {
            title: `端口驱动为 ${p.portDriver}，没有用到 pasta`,
            detail: `RootlessKit 只在端口驱动为 ${orList(pastaPortDrivers)} 时才运行 pasta，所以这个守护进程${OTHER_DRIVER}`,
          }
        : {
            title: '用到了 RootlessKit 的端口管理器，不是会出现连接重置的 implicit 端口驱动',
            detail: `Docker 调用了 RootlessKit 的端口管理器（只在端口驱动为 ${orList(managedPortDrivers)} 时才会这样），或者 RootlessKit 在宿主机上占用了端口（builtin 和 gvisor-tap-vsock 会这样）。连接被重置只发生在 implicit 下，即由 pasta 自行转发端口时，所以这个守护进程不受影响。`,
          },
    'port-driver-pesto': () => ({
      title: '端口驱动为 pesto，不受影响',
      detail: `RootlessKit 通过 pesto 把每个发布的端口加到 pasta 上，宿主机一侧是发布时指定的地址，并让 Docker 在命名空间地址 ${rootlesskitAddressing.child} 上监听；pasta 的自动转发（连接被重置就出在这里）是关闭的。RootlessKit 自己的测试就以这种方式运行 Docker，在 127.0.0.1 上发布端口并成功连上。`,
    }),
    'port-driver-none': () => ({
      title: '端口驱动为 none，pasta 不转发任何端口',
      detail: 'pasta 不负责转发宿主机端口，也就不会出现连接被重置。',
    }),
    'pasta-predates-change': (p, a) => ({
      title: `pasta 早于 ${CHANGE}，不受影响`,
      detail: `${
        p.via === 'probe'
          ? `pasta 不接受 ${FLAG}（探测失败），说明它`
          : p.via === 'argv'
            ? `RootlessKit ${FIX_RK} 及更新版本只要 pasta 接受 ${FLAG} 就会传给它，而 pasta 运行时没有带这个参数，说明 pasta `
            : p.via === 'stale'
              ? `RootlessKit ${FIX_RK} 及更新版本只要 pasta 接受 ${FLAG} 就会传给它，已安装的 pasta${p.pastaVersion ? `（${p.pastaVersion}）` : ''}接受这个参数；而正在运行的 pasta 启动时没有带它，是升级 passt 之前启动的，说明它`
              : p.pastaVersion ? `pasta ${p.pastaVersion} ` : `${p.pastaDate} 的 pasta `
      }早于 ${CHANGE}，仍是旧的映射方式。${
        p.installed
          ? `这个版本是已安装的 passt 软件包的，守护进程下次启动时才会运行它，不一定是现在正在运行的 pasta：下面指南里的探测可以确认（退出状态不为 0 即是）${p.rkFixed ? `；pasta 的命令行里没有 ${FLAG} 也能确认，因为这个 RootlessKit 会把它传给 ${CHANGE} 及之后的每个 pasta` : ''}。`
          : ''
      }${
        p.via === 'stale'
          ? `重启守护进程后，运行的就是已安装的 pasta，并带上 ${FLAG}。如果重启后仍然没有这个参数，说明 RootlessKit 的探测失败了，发布在 127.0.0.1 上的端口会重置连接。`
          : p.rkFixed
            ? `这个 RootlessKit 会把 ${FLAG} 传给更新的 passt，所以升级 passt 是安全的。`
            : `在 RootlessKit 升级到 ${FIX_RK} 之前升级 passt，反而会出问题：先升级 RootlessKit，或者在那之前锁定 passt 的版本。`
      }`,
      ...(p.via === 'stale'
        ? { fix: [a.restart, checksFor(a, false).argv(`应包含 ${FLAG}`)].join('\n') }
        : p.rkFixed && !p.installed
          ? {}
          : {
              fix: [
                ...(p.installed ? [`# 0：这个 pasta 其实已有这项改动；其他数字：它早于 ${CHANGE}`, checksFor(a, false).probe] : []),
                ...(p.installed && p.rkFixed ? [checksFor(a, false).argv(`没有 ${FLAG}：正在运行的 pasta 早于 ${CHANGE}`)] : []),
                ...(p.rkFixed ? [] : [holdPasst(snippets)]),
              ].join('\n'),
            }),
    }),
    'pasta-not-installed': (p) => ({
      title: 'pasta 没有安装，不受影响',
      detail: `shell 找不到 pasta，而 RootlessKit 无法运行没有安装的 pasta：你的守护进程${OTHER_DRIVER}（守护进程的 PATH 来自它的服务，通常包含同样的目录。）${beforePasta(p.rootlesskitVersion, p.rkFixed, p.inferredFrom)}`,
    }),
    'fixed-flag-seen': (p) => ({
      title: `pasta 运行时带有 ${FLAG}`,
      detail: `它的命令行里有这个参数${paren('RootlessKit', p.rootlesskitVersion)}，所以宿主机的回环连接会到达命名空间内的 127.0.0.1。${p.olderShown ? `粘贴内容里还显示了 RootlessKit ${p.olderShown}，而这个版本从不传递 ${FLAG}：这个版本号来自升级之前，或者来自守护进程之外的另一个 rootlesskit。以正在运行的 pasta 为准。` : ''}`,
    }),
    'fixed-rootlesskit': (p, a) => ({
      title: `RootlessKit ${p.orLater ? orLater(p.rootlesskitVersion, true) : `${p.rootlesskitVersion} `}会传递 ${FLAG}`,
      detail: `RootlessKit ${FIX_RK} 及更新版本只要 pasta 接受这个参数就会传给它，而 ${CHANGE} 起的每个 passt 都接受${
        p.inferredFrom ? `（${p.orLater ? `Docker ${p.inferredFrom} 应捆绑 RootlessKit ${orLater(p.rootlesskitVersion, true)}` : rkPhrase(p.rootlesskitVersion, p.inferredFrom)}）` : ''
      }。${p.down ? '等守护进程重新运行后，' : ''}可以这样确认：`,
      fix: a.container ? checksFor(a, false).argv(`输出中应包含 ${FLAG}`) : `# 输出中应包含 ${FLAG}\n${PS}`,
    }),
    affected: (p, a) => ({
      title: 'pasta 把宿主机的回环连接转到了错误的地址',
      detail: `${
        p.flagAbsent ? `pasta 运行时没有带 ${FLAG}` : `${p.inferredFrom ? `${rkPhrase(p.rootlesskitVersion ?? '', p.inferredFrom)}，它` : `RootlessKit ${p.rootlesskitVersion ?? ''} `}不会给 pasta 传 ${FLAG}（${FIX_RK} 起才会）`
      }，于是${p.era === 'new' && p.pastaVersion && !p.noRelease ? ` pasta ${p.pastaVersion} ` : ` ${CHANGE} 及更新版本的 pasta `}会把宿主机的回环连接转交给命名空间的外部地址，而那里没有任何监听，结果就是“Connection reset by peer”。${
        p.era === 'new'
          ? ''
          : p.noRelease
            ? 'pasta 没有打印自己是哪个版本（收集命令里的探测可以判断）；更早的 pasta 不受影响。'
            : `粘贴内容没有${p.era === 'between' ? '准确' : ''}显示 pasta 的版本；更早的 pasta 不受影响。`
      }${p.shipped ? `${p.shipped.release} 自带的 passt 是 ${p.shipped.version}，早于 ${CHANGE}：如果装的就是这个版本（\`dpkg -l passt\`），在 passt 升级之前这个守护进程不受影响。` : ''}${p.installed ? `已经安装了 RootlessKit ${p.installed}，但守护进程运行的仍是旧版本：重启它即可。` : ''}${
        p.probeMissed
          ? `RootlessKit ${p.rootlesskitVersion ?? FIX_RK} 会把这个参数传给能接受它的 pasta，而这个 pasta 能接受：守护进程启动时它的探测失败了。请重启守护进程；如果参数仍然缺失，请像 RootlessKit 那样运行探测。`
          : ''
      }${
        p.stated
          ? `你写到之后已经升级到 ${statedRelease(p.stated)}，它会传递 ${FLAG}：要么粘贴的输出早于这次升级，要么守护进程启动的仍是较旧的 RootlessKit（PATH 中排在前面的另一个程序，比如 ~/bin 里的）。现在运行的是什么能说明原因：RootlessKit 为 ${FIX_RK} 或更新版本而 pasta 仍不带这个参数时，如果探测输出 0，说明守护进程启动时它的探测失败了（其他数字：pasta 早于 ${CHANGE}，不受影响）；带着这个参数时，重置另有原因，比如端口发布在 127.0.0.2 或 ::1 上。`
          : ''
      }${p.rootfulRestart ? 'sudo systemctl restart docker 重启的是系统的 rootful 守护进程，不是这个 rootless 守护进程：请重启 rootless 守护进程。' : ''}${p.allAddresses ? '粘贴中的端口发布在所有地址上，不受这个问题影响：只有发布在回环地址上的端口才会被重置。' : ''}${p.pinned ? 'apt 的固定（pin）把 Docker 的软件包锁在已安装的版本上（它也是 apt 的候选版本），所以普通的升级什么也不会安装。' : ''}${p.held ? `apt-mark 锁定（hold）了 ${p.held.join('、')}，而 apt-get 不会升级被锁定的软件包：下面的命令在升级之前先解除锁定。` : ''}${
        p.locked ? `dnf 的 versionlock 锁定了 ${p.locked.join('、')}，而 dnf 不会升级被锁定的软件包：下面的命令在升级之前先删除锁定。` : ''
      }${
        p.zypperLocked ? `zypper 锁定了 ${p.zypperLocked.join('、')}，而 zypper 不会升级被锁定的软件包：下面的命令在升级之前先删除锁定。` : ''
      }${p.ignored ? `pacman.conf 的 IgnorePkg 列出了 ${p.ignored.join('、')}，pacman -Syu 会跳过它们：下面的命令在升级之前先把它们从 IgnorePkg 中去掉。` : ''}`,
      fix: ((c) => [
        ...(p.era === 'new' || p.installed ? [] : ['# 先检查：输出 0 表示这个 pasta 带有这项改动，下面的步骤适用，其他数字表示不受影响', c.probe]),
        // An upgrade the reader says they made and restarted is not advised again: the checks below tell what runs. Where the restart shown
        // is the rootful daemon's, the rootless one is restarted (review R154 02).
        ...(p.installed || p.probeMissed || (p.stated && p.rootfulRestart) ? [a.restart] : p.stated ? [] : rootlesskitUpgrade(p, a)),
        `# rootlesskit 应为 ${FIX_RK} 或更新版本`,
        c.version,
        // (A service's check of the argv is the probe, already run first where it is.)
        c.argv(`应包含 ${FLAG}`, !(p.era === 'new' || p.installed)),
        ...(p.probeMissed || (p.stated && p.era === 'new') ? ['# 0：pasta 接受这个参数', c.probe] : []),
      ].join('\n'))(checksFor(a, p.otherClient)),
    }),
    'nothing-recognised': () => ({
      title: '这段粘贴内容里没有可识别的信息',
      detail: '请粘贴 docker version 的输出（其中的 rootlesskit 组件会写明驱动），或者运行收集命令。',
      fix: 'docker version',
    }),
    'written-setup': () => ({
      title: '手写的环境信息',
      detail: '检查器读取的是程序打印的输出，而这段内容是手写的。它可以把你写的内容当作你的回答（见下方），结论就以这些回答为依据。要得到可以确认的结论，请粘贴 docker version 的输出，或者运行收集命令。',
      fix: 'docker version',
    }),
    'own-report': () => ({
      title: '这看起来是检查工具自己的报告',
      detail: '其中的结论、诊断和命令是检查工具自己写的，不是你机器的输出，所以不会被读取：请改为粘贴命令的输出（docker version 的，或者收集命令的）。',
      fix: 'docker version',
    }),
    'need-network-driver': (p, a) => ({
      title: '守护进程用的是哪个网络驱动？',
      detail: `${p.aside ? '先按上一条让客户端连到 rootless 守护进程；之后，' : p.down ? '先按上一条启动 rootless 守护进程；它运行之后，' : ''}${a.containerd ? `rootless containerd 的 RootlessKit 命令行会显示它（--net=）${p.containerd ? `；containerd-rootless.sh 按 ${rootlessContainerd.prefix}NET 设置它，按 ${rootlessContainerd.prefix}PORT_DRIVER 设置端口驱动，这两个变量由它的用户 unit 的 drop-in（Environment=）设置，或由手动启动这个脚本的 shell 设置` : ''}` : `docker version 的 rootlesskit 组件会显示它（NetworkDriver）${p.rootlessKnown ? '' : `；从 Docker ${docker.rootlessComponents.version} 起，没有这个组件说明守护进程以 root 运行`}`}。${
        p.infoCut ? 'docker info 在下面这一行就断了，还没到 Security Options（rootless 守护进程会在那里列出 rootless）：请粘贴完整的输出。' : ''
      }${
        p.client
          ? `Docker ${p.client.version} 是客户端的版本（\`docker --version\`），不一定是守护进程的版本：docker version 在 Server 下显示守护进程的版本。${
              p.client.rootlesskit ? `Docker 官方软件包 ${p.client.version} 捆绑的是 RootlessKit ${p.client.rootlesskit}，${p.client.pasta ? `${p.client.fixed ? '已包含' : '不包含'}这个修复` : '它根本不能使用 pasta'}。` : ''
            }`
          : ''
      }${
        p.pastaFallback ? `从 Docker ${docker.pastaFallback.version} 起，没有安装 slirp4netns 而装有 passt 时，dockerd-rootless.sh 会选用 pasta（两者都没有时选用 vpnkit；从 ${docker.gvisorFallback.version} 起，最后的后备是 gvisor-tap-vsock）。` : ''
      }${
        p.noSlirp4netns
          ? `没有找到 slirp4netns${p.noSlirp4netns.pastaShown ? '，而 pasta 已经安装' : ''}（见下面的行），所以${p.noSlirp4netns.pastaShown ? '' : '如果装有 passt，'}守护进程很可能用的是 pasta（守护进程的 PATH 来自它的服务，通常包含同样的目录）。`
          : ''
      }${
        p.containerd
          ? containerdOutcomes(p.containerd)
          : p.outcomes.every((o) => o.verdict === p.outcomes[0]?.verdict)
          ? `无论是哪一个，rootless 守护进程的结果都是：${outcome(p.outcomes[0]!)}`
          : p.outcomes.map((o) => `如果是 ${o.answer === 'pasta' ? 'pasta' : `${o.answer}（或 pasta 以外的任何驱动）`}：${outcome(o)}`).join('')
      }${p.dindRootless ? '如果说的是 docker:dind-rootless 里的守护进程：这个镜像用 slirp4netns（较早的 tag 是 vpnkit）启动 RootlessKit，除非 DOCKERD_ROOTLESS_ROOTLESSKIT_NET 另有设置，并且固定传 --port-driver=builtin（RootlessKit 不接受它与 pasta 搭配），镜像里也没有 passt：除非另外装了 passt、选用 pasta 并且也改了端口驱动，它不受影响。' : ''}`,
      fix: `${p.containerd && a.containerd ? `${a.containerd.environment}\n` : ''}${driverChecks(a)}${p.containerd ? '\nrootlesskit --version' : ''}${p.dindRootless && !a.container?.service ? `\n# docker:dind-rootless 里的守护进程\n${DIND_VERSION}` : ''}`,
    }),
    'need-rootlesskit-version': (p, a) => ({
      title: '运行的是哪个版本的 RootlessKit？',
      detail: `${p.shown ? '粘贴内容里网络驱动写的是 pasta（见下面几行）' : '网络驱动是 pasta，来自你的回答或链接（没有粘贴内容显示它）'}${
        p.distribution ? `，而且 Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} 是发行版自己构建的，其中的 RootlessKit 可能与 Docker 官方软件包不同` : ''
      }。RootlessKit 早于 ${FIX_RK} 就受影响（pasta 为 ${CHANGE} 或更新时）；${FIX_RK} 及更新版本已修复。${
        p.misread ? `粘贴内容里的“${p.misread}”在该是数字的地方是字母，像是 OCR 把 1 认成了 l 或 I、把 0 认成了 O：请粘贴命令输出的文字，不要用截图识别的结果。` : ''
      }${
        !p.installed
          ? ''
          : p.upgradedSince
            ? `已安装的 RootlessKit 是 ${p.installed}，但粘贴内容没有显示安装它的那次升级之后守护进程重启过（升级不会重启任何东西）：它可能仍在运行旧版本。请重启它，再确认运行的版本。`
          : p.restarted
            ? `已安装的 RootlessKit 是 ${p.installed}，但重启之后发布在 127.0.0.1 上的端口仍然重置连接：守护进程可能运行的是另一个更旧的二进制文件。请确认运行的版本：`
            : `已安装的 RootlessKit 是 ${p.installed}，但发布在 127.0.0.1 上的端口仍然重置连接：守护进程可能仍在运行旧版本（升级后没有重启，或者是另一个二进制文件）。请重启它，确认运行的版本，再试一次端口。`
      }`,
      fix: p.installed
        ? `${p.restarted ? '' : `${a.restart}\n`}# 看 rootlesskit 下的 Version，即正在运行的版本\n${runningVersion(a)}`
        : `# 看 rootlesskit 下的 Version，即正在运行的版本\n${runningVersion(a)}\n# 已安装的版本，重启后才会运行\nrootlesskit --version`,
    }),
    'need-pasta-argv': (p) => ({
      title: `pasta 运行时带 ${FLAG} 吗？`,
      detail: `${
        p.hidden
          ? `RootlessKit ${p.rootlesskitVersion} 省略了决定结果的那部分版本号：早于 ${FIX_RK} 受影响，${FIX_RK} 及以后已修复。`
          : `RootlessKit ${p.rootlesskitVersion} 是开发版构建，可能包含也可能不包含这个修复。`
      }pasta 的命令行里有这个参数就是已修复，没有就是受影响。`,
      fix: PS,
    }),
    'need-pasta-probe': (p, a) => ({
      title: p.running ? `是 RootlessKit 的探测失败了，还是 pasta 比 ${CHANGE} 旧？` : `是守护进程比 RootlessKit ${p.installed} 旧，还是 pasta 比 ${CHANGE} 旧？`,
      detail: `${p.running ? '正在运行' : '已经安装了'} RootlessKit ${p.installed}${p.dockerVersion ? `（Docker ${p.dockerVersion} 官方软件包自带的版本）` : ''}，它会给 ${CHANGE} 及更新版本的 pasta 传 ${FLAG}，但 pasta 运行时没有带这个参数。要么${p.running ? ' pasta 带有这项改动，而守护进程启动时 RootlessKit 对它的探测失败了' : '守护进程运行的仍是升级前启动的旧版 RootlessKit'}：受影响，重启即可修复；要么 pasta 早于 ${CHANGE}：不受影响${p.reset ? '，显示的连接重置另有原因，例如容器里的应用' : ''}。探测可以分辨是哪一种；无论哪种，重启都没有坏处。`,
      fix: ((c) => `# 0：pasta 带有这项改动，所以${p.running ? '启动时的探测失败了' : '守护进程运行的是旧版 RootlessKit'}，其他数字：pasta 更旧，不受影响\n${c.probe}\n${a.restart}\n${c.argv(`探测输出 0 时，重启后应包含 ${FLAG}`, true)}`)(checksFor(a, false)),
    }),
    'need-docker-output': () => ({
      title: '还需要更多输出',
      detail: '运行收集命令，或者粘贴 docker version 的输出和 pasta 的命令行。',
      fix: `docker version\n${PS}`,
    }),
    'docker-desktop': (p) => ({
      title: { windows: 'Windows 上的 Docker 不是 rootless Docker', mac: 'Mac 上的 Docker 不是 rootless Docker', linux: 'Docker Desktop 不是 rootless Docker' }[p.os],
      detail: `${{ windows: '在 Windows 上提供 Docker 管道的引擎都不是 rootless Docker', mac: '在 Mac 上，Docker 守护进程运行在 Linux 虚拟机里（Docker Desktop 的或其他工具的），不是 rootless Docker', linux: 'Docker Desktop 在它自己的虚拟机里运行守护进程，不是 rootless Docker' }[p.os]}（由 RootlessKit 运行、属于某个 Linux 用户的守护进程），而只有 rootless Docker 才有这个问题。如果你同时也在运行 rootless Docker，请在它运行的地方执行 docker version 并粘贴输出。`,
    }),
    'flags-cut': (p) => ({
      title: 'DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 没有完整显示',
      detail: `${p.unquoted ? '这个版本的 systemd 打印值时不加引号，而这一行可能被分页器截断了' : '这一行在值结束之前就断了：被分页器截断了'}：后面的部分可能设置了别的驱动或 MTU，会覆盖显示出来的设置。${p.unquoted ? '下面的命令会按原样显示这些文件。' : '下面的命令会完整打印它。'}`,
      fix: p.unquoted ? UNIT_FILES : UNIT_ENVIRONMENT,
    }),
    'port-driver-assumed-implicit': (_, a) => ({
      title: '端口驱动推断为 implicit',
      detail: a.containerd
        ? `输出里没有端口驱动：搭配 pasta 时，RootlessKit 只有在端口驱动为 implicit 或 none（完全不转发端口）时才会启动 rootless containerd。containerd 的 RootlessKit 命令行里的 --port-driver= 可以区分两者。没有设置 ${rootlessContainerd.prefix}PORT_DRIVER 时，containerd-rootless.sh 传入 ${rootlessContainerd.portDriverDefault}，RootlessKit 不接受它与 pasta 搭配：搭配 pasta 运行的 rootless containerd 一定设置了端口驱动，没有设置时它根本无法启动。`
        : '输出里没有端口驱动：端口驱动为 implicit 时 docker version 不显示 PortDriver，而 Docker 搭配 pasta 用的正是 implicit；为 none（完全不转发端口）时也不显示。进程命令行里的 --port-driver= 可以区分两者。',
    }),
    'network-driver-from-implicit': () => ({
      title: '网络驱动推断为 pasta（由端口驱动 implicit 推断）',
      detail:
        '输出里没有网络驱动，但有端口驱动 implicit：搭配其他任何网络驱动，RootlessKit 都会拒绝 implicit 并报错“port driver requires pasta network”，所以用它启动的守护进程运行的是 pasta。docker version 会显示网络驱动（rootlesskit 组件里的 NetworkDriver）。',
    }),
    'pasta-set-alone': (p, a) => ({
      title: '设置了 pasta 却没有设置端口驱动，守护进程却在运行',
      detail: `显示的单元文件设置了 pasta，却没有设置端口驱动，所以${a.containerd ? ' containerd-rootless.sh（无论网络驱动是什么）' : `${p.defaulted ? ` Docker ${p.defaulted} 的` : ''} dockerd-rootless.sh（${docker.pastaFallback.version} 之前）`}会设为 builtin，而 RootlessKit 拒绝 pasta 搭配 builtin：network "pasta" requires port driver "none" or "implicit"。守护进程有应答，说明它不是用这些设置启动的：要么这些设置是在它启动之后写的（之后没有执行 daemon-reload 并重启），要么端口驱动在粘贴内容没有显示的地方设置了。因此不知道实际运行的是哪个网络驱动；下一步会显示它。按这些设置原样，守护进程下次启动时会停止。`,
    }),
    'rootlesskit-from-docker-version': (p, a) => ({
      title: `RootlessKit ${orLater(p.rootlesskitVersion, !!p.newestKnown || p.range || !!p.since)}（根据 Docker ${p.dockerVersion} 推断）`,
      detail: `${
        p.newestKnown
          ? `Docker ${p.dockerVersion} 比检查工具所知的版本都新：其中最新的 ${p.newestKnown} 捆绑的是 RootlessKit ${p.rootlesskitVersion}，更新的版本假定捆绑同一版本或更新的版本`
          : p.range
            ? `Docker ${p.dockerVersion} 没有写明是哪个版本：其中最早的版本捆绑的是 RootlessKit ${p.rootlesskitVersion}，之后的版本都不会捆绑更旧的 RootlessKit`
            : p.since
              ? `Docker ${p.dockerVersion} 是预发布版本，捆绑的 RootlessKit 可能与正式版不同；但它构建于捆绑 RootlessKit ${p.rootlesskitVersion} 的 ${p.since} 之后，所以带的是这个版本或更新的版本`
            : `Docker ${p.dockerVersion} 的官方${p.fromPackage ? ' docker-ce-rootless-extras ' : ''}软件包捆绑的是 RootlessKit ${p.rootlesskitVersion}`
      }；发行版的 Docker 可能附带别的版本。`,
      fix: checksFor(a, false).rootlesskit,
    }),
    'distribution-packaging': (p) => ({
      title: p.system ? `${p.system} 上的 Docker，Docker 官方不为它发布软件包` : '发行版打包的 Docker',
      detail: p.system
        ? `这个 Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} 是 ${p.system} 自己构建的，或者是 Docker 的静态二进制，两者的 RootlessKit 可能不同，所以不据此推断。`
        : `这个 Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} 是发行版自己构建的，其中的 RootlessKit 可能与 Docker 官方软件包不同，所以不据此推断。`,
      fix: 'rootlesskit --version',
    }),
    'pasta-version-unknown': (p) => ({
      title: p.misread ? `pasta 的版本“${p.printed}”看起来认错了` : `pasta 的版本显示为“${p.printed || 'pasta'}”`,
      detail: `${
        p.misread ? '日期里该是数字的地方出现了字母（OCR 常把 0 认成 O，把 1 认成 l 或 I，把 5 认成 S），是哪个版本只能靠猜' : '它没有写明具体版本（Debian 和 Ubuntu 的构建可能如此）'
      }。用 RootlessKit 自己的探测方法就能知道它是否支持 ${FLAG}，也就知道它是不是新的映射方式：探测结果为 0 表示支持。`,
      fix: PROBE,
    }),
    'pasta-build-between-releases': (p) => ({
      title: `pasta ${p.pastaVersion} 是两个正式版本之间的构建`,
      detail: `它比 ${passt.lastGoodDefault.version}（最后一个保留旧映射的版本）新，又比 ${CHANGE} 旧：那次变更（${passtChangeCommit.hash.slice(0, 7)}，${passtChangeCommit.date}）可能在里面，也可能不在。运行探测命令就能确定。`,
      fix: PROBE,
    }),
    'pasta-below-rootlesskit-minimum': (p, a) => ({
      title: `pasta ${p.pastaVersion} 低于 RootlessKit 支持的最低版本`,
      detail: `RootlessKit 需要 ${rootlesskitPasta.minimum.version} 或更新版本（推荐 ${rootlesskitPasta.recommended.version}；Debian 12 自带的是 ${passtDebian12.version}）。${
        p.rkFixed ? '请安装更新的 passt。' : `请先把 RootlessKit 升级到 ${FIX_RK} 或更新版本，再升级 passt：更新的 passt 配上较旧的 RootlessKit，发布在回环地址上的端口会被重置。`
      }`,
      ...(p.rkFixed ? {} : { fix: [`# 先把 RootlessKit 升级到 ${FIX_RK} 或更新版本，之后才能升级 passt`, ...rootlesskitUpgrade(p, a)].join('\n') }),
    }),
    'passt-dual-stack-failure': (_, a) => ({
      title: `passt ${passt.brokenWithRootlesskit.version} 会让守护进程无法启动`,
      detail: `在 RootlessKit 下，这个版本的 pasta 会报“Dual stack forward, but IPv6 not enabled”并退出（rootlesskit#591）。passt ${passt.brokenFixed.version} 修复了这个问题。`,
      fix: `# 把 passt 升级到 ${passt.brokenFixed.version} 或更新版本${passtUpgrade(a, '，然后')}\n${a.restart}`,
    }),
    'passt-dual-stack-risk': (p, a) => ({
      title: `passt ${p.pastaVersion} 会让使用 pasta 的守护进程无法启动`,
      detail: `粘贴内容没有显示 RootlessKit 用的是哪个网络驱动。如果是 pasta，RootlessKit 启动这个 pasta 时它会报“Dual stack forward, but IPv6 not enabled”并退出（rootlesskit#591），守护进程因此无法启动（或在下次重启时无法启动）。passt ${passt.brokenFixed.version} 修复了这个问题。`,
      fix: `# pasta 在 RootlessKit 下是否失败，原因是什么：\n${pastaFailureLog(a)}\n# 如果原因是 Dual stack forward，把 passt 升级到 ${passt.brokenFixed.version} 或更新版本${passtUpgrade(a, '，然后')}\n${a.restart}`,
    }),
    'pasta-start-failed': (_, a) => ({
      title: 'pasta 退出了，守护进程因此无法启动',
      detail: `RootlessKit 先用 pasta 设置好网络再启动 dockerd，pasta 出错退出，它就随之停止。pasta 自己给出的原因跟在退出码后面，通常在日志的下几行。在 ${appArmorUbuntu.releases.join(' 和 ')} 上，不采取绕过办法的话，AppArmor 会拦下 pasta。`,
      fix: pastaFailureLog(a),
    }),
    'mtu-1500': (p, a) => ({
      title: `MTU ${p.mtu} 会拖慢 rootless 网络`,
      detail: `${
        p.inFlags
          ? `这个值来自 DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 里的 ${p.inFlags}，它优先于 DOCKERD_ROOTLESS_ROOTLESSKIT_MTU`
          : p.unset && p.entrypoint
            ? `没有设置 DOCKERD_ROOTLESS_ROOTLESSKIT_MTU，docker:dind-rootless 的入口脚本因此传入 --mtu=${dindEntrypoint.mtu}，每个版本都是这样`
          : p.unset
            ? `设置了 DOCKERD_ROOTLESS_ROOTLESSKIT_NET 而没有设置 DOCKERD_ROOTLESS_ROOTLESSKIT_MTU，网络因此用 MTU ${p.mtu}：Docker ${docker.lastMtu1500.version} 及更早版本就是这样（moby#47765）`
            : `Docker ${docker.lastMtu1500.version} 及更早版本在设置了 DOCKERD_ROOTLESS_ROOTLESSKIT_NET 时会用这个值（moby#47765）`
      }；常用的 ${mtu.pasta.value} 要快好几倍。${p.rewritten ? '改变驱动的那条发现给出的命令会重新设置 DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS，其中不再有它。' : ''}`,
      fix: setDrivers(p, true, snippets, a),
    }),
    'ipv6-loopback-not-forwarded': (p) => ({
      title: '发布在 ::1 上的端口不会被转发',
      detail: p.ipv6
        ? `pasta 运行时没有带 --ipv4-only，说明 RootlessKit 设置了 --ipv6；但在 RootlessKit ${rootlesskit.pastaIpv6.version} 之前，pasta 驱动的 IPv6 支持有缺陷（rootlesskit#620），所以把 RootlessKit 升级到 ${rootlesskit.pastaIpv6.version} 或更新版本就能解决。`
        : `dockerd-rootless.sh 从不传 --ipv6，所以 RootlessKit 以 --ipv4-only 运行 pasta（依据代码推断；rootlesskit#511）。RootlessKit ${rootlesskit.pastaIpv6.version} 修复了 pasta 驱动的 IPv6 支持，但只在带 --ipv6 时生效，所以仅仅升级 RootlessKit 不会改变这一点（未经验证）。`,
      ...(p.affected ? {} : { fix: `# 改为发布在 IPv4 回环地址上\n${run('127.0.0.1:8080:80')}` }),
    }),
    'host-loopback-leak': (p) => ({
      title: `命名空间可以访问宿主机的回环地址（RootlessKit ${p.rootlesskitVersion}）`,
      detail: `--disable-host-loopback 对应的是 pasta 的 --no-map-gw，而它并没有堵住 splice 路径：RootlessKit 网络命名空间里的进程可能访问到宿主机 127.0.0.1 上的服务。RootlessKit ${rootlesskit.hostLoopbackBlocked.version} 堵上了这个口子（rootlesskit#612）：等包含修复的版本到手后就升级；在此之前，让宿主机回环地址上的服务都要求认证，或者使用 slirp4netns。`,
    }),
    'downgraded-below-fix': (p) => ({
      title: `RootlessKit 被降级到 ${p.to}，低于 ${FIX_RK}`,
      detail: `软件包日志显示 RootlessKit ${p.from} 被换成了 ${p.to}，而这个版本不会传递 --host-lo-to-ns-lo。${
        p.pending ? `守护进程运行的仍是降级之前启动的 ${p.from}；下次启动（重启或开机）就会运行 ${p.to}，连接被重置的问题会再次出现。如果不是有意降级，请在那之前重新升级` : '如果不是有意降级，请重新升级'
      }；如有 hold 或版本锁把它留在旧版本，先解除。`,
    }),
    'pasta-port-driver-mismatch': (p, a) => ({
      title: 'pasta 需要 implicit 或 none（或 pesto）端口驱动',
      detail: `${p.unset && a.containerd ? '没有设置端口驱动，containerd-rootless.sh 就会用 builtin，无论网络驱动是什么。' : p.defaulted ? `没有设置端口驱动，Docker ${p.defaulted} 的 dockerd-rootless.sh（${docker.pastaFallback.version} 之前）就会用 builtin。` : ''}${p.entrypoint ? `无论 ${rootlessSettings.prefix}PORT_DRIVER 怎么设置，docker:dind-rootless 的入口脚本都传入 --port-driver=${dindEntrypoint.portDriver}：它不运行 dockerd-rootless.sh，只读取 ${entrypointReads}。` : ''}${p.portDriver ? `端口驱动为 ${p.portDriver} 时，` : '端口驱动既不是 implicit 也不是 none 时，'}RootlessKit 会拒绝启动并报错：network "pasta" requires port driver "none" or "implicit"（从 ${rootlesskit.pestoPortDriver.version} 起还有 or "pesto"）。${
        p.fixed ? '' : p.older ? `这个 RootlessKit 早于 ${FIX_RK}，用 implicit 会带来回环连接被重置的问题：下面的命令改用 slirp4netns${p.slirp4netnsInstalled ? '' : '（会先安装它）'}；也可以先升级 RootlessKit，再设置 implicit 端口驱动。` : `RootlessKit ${FIX_RK} 之前，implicit 会带来回环连接被重置的问题：请先升级，或者改用 slirp4netns。`
      }${
        p.entrypoint
          ? `端口驱动要写进 ${rootlessSettings.prefix}FLAGS：其中的参数排在入口脚本自己的参数之后，以它们为准${p.passt ? '；镜像里也没有 passt，下面的命令以它为 FROM 构建一个装有 passt 的镜像' : ''}。也可以删掉 ${rootlessSettings.prefix}NET，这样运行的是镜像自己的网络驱动（slirp4netns；较旧的标签是 vpnkit）。`
          : ''
      }`,
      fix: setDrivers(p, p.slirp4netnsInstalled, snippets, a),
    }),
    'port-driver-pasta': (p, a) => ({
      title: 'RootlessKit 没有名为“pasta”的端口驱动',
      detail: `没有名为“pasta”的端口驱动：RootlessKit 会退出，dockerd 因此无法启动。从 ${rootlesskit.pestoPortDriver.version} 起，它报 unknown port driver "pasta": did you mean "pesto"?；在此之前，网络驱动是 pasta 时报 network "pasta" requires port driver "none" or "implicit"，是其他网络驱动时报 unknown port driver: pasta。网络驱动是 pasta 时，端口驱动应为 implicit（或 pesto）；是其他网络驱动时，应为 builtin。${p.networkDriver === 'pasta' && p.older ? `RootlessKit 早于 ${FIX_RK}（这里就是）时，implicit 会带来回环连接被重置的问题：下面的命令改用 slirp4netns；也可以先升级 RootlessKit，再把端口驱动设为 implicit。` : ''}`,
      ...(p.networkDriver ? { fix: setDrivers(p, p.slirp4netnsInstalled, snippets, a) } : {}),
    }),
    'implicit-without-pasta': (p, a) => ({
      title: 'implicit 端口驱动需要 pasta',
      detail: '搭配其他任何网络驱动，RootlessKit 都会拒绝它并报错“port driver requires pasta network”。',
      fix: setDrivers(p, true, snippets, a),
    }),
    'secondary-loopback': (p, a) => ({
      title: '发布在 127.0.0.2 等其他回环地址上的端口',
      detail: `${p.resetSeen ? '粘贴内容里的重置很可能就是这个原因：' : ''}即使带了 ${FLAG}，${passt.semanticsRefined.version} 之前的 passt 也会把宿主机的所有回环地址都转到命名空间内的 127.0.0.1，所以 127.0.0.2 很可能仍会被重置（未经测试）。${passt.semanticsRefined.version} 起会保留原地址。${p.affected ? '' : `在那之前，请改为发布在 127.0.0.1 上（用一个那里空闲的端口），${FLAG} 能送达它。`}`,
      ...(p.affected || !upgradePasst(a) ? {} : { fix: `# 把 passt 升级到 ${passt.semanticsRefined.version} 或更新版本，它也能送达 127.0.0.2\n${upgradePasst(a)}\n${a.restart}` }),
    }),
    'slirp4netns-port-driver-tcp': (_, a) => ({
      title: `Docker ${docker.slirpPortDriverRegression.version} 在 slirp4netns 端口驱动下的回归`,
      detail: `发布端口失败：protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns"（moby#49499）。Docker ${docker.slirpPortDriverFixed.version} 修复了它：请升级，slirp4netns 端口驱动会保留客户端的源地址，人们选它正是为此。改用 builtin 端口驱动也能避开这个错误，但会丢掉源地址。`,
      fix: `${upgradeTo(a, docker.slirpPortDriverFixed.version)}\n${checksFor(a, false).version}`,
    }),
    'pesto-unknown': (p, a) => ({
      title: `这个 RootlessKit 早于 pesto（${rootlesskit.pestoPortDriver.version}）`,
      detail: `${rootlesskit.pestoPortDriver.version} 之前的 RootlessKit 会报错“unknown port driver: pesto”并退出，dockerd 因此无法启动。请升级 RootlessKit，或改回 implicit 端口驱动（${FIX_RK} 之前的版本用 implicit 会出现回环连接被重置的问题${p.older ? '；这个 RootlessKit 就早于它，所以下面的命令改用 slirp4netns' : ''}）。`,
      fix: setDrivers(p, p.slirp4netnsInstalled, snippets, a),
    }),
    'pesto-without-pasta': (p, a) => ({
      title: 'pesto 端口驱动需要 pasta',
      detail: '搭配其他网络驱动时，RootlessKit 会报错“port driver "pesto" requires --net=pasta”并退出，dockerd 无法启动。请同时设置 NET=pasta（pesto 还需要 passt 的 pesto 程序），或删掉端口驱动的设置。',
      fix: setDrivers({ ...p, sets: toPesto, flags: null }, true, snippets, a),
    }),
    'bind-address-in-use': (p, a) => {
      const regression = `使用 slirp4netns 端口驱动时，Docker ${docker.slirpBindRegression.version} 到 ${docker.slirpBindFixed.version} 之前的版本会拒绝每一个发布在所有地址上（默认如此）的端口，无论选哪个端口，错误都出在命名空间自己的地址 ${rootlesskitAddressing.child} 上：引擎还会绑定端口的 IPv6 那一半，而这个端口驱动不支持 IPv6（moby#51591、moby#51616）`;
      const held = `RootlessKit 的命名空间里已经有别的东西在它自己的地址 ${rootlesskitAddressing.child} 上占用了这个端口：最常见的是另一个发布了同一端口的容器`;
      if (p.cause === 'held') return { title: '“failed to bind host port … address already in use”', detail: `slirp4netns 端口驱动的那个回归不适用于这个守护进程（版本或端口驱动不同），所以是${held}。`, fix: PUBLISHED };
      if (p.cause === 'either') return { title: '“failed to bind host port … address already in use”', detail: `要么是${regression}；要么在别的版本或端口驱动下，是${held}。docker version 可以看出是哪一种。`, fix: `docker version\n${PUBLISHED}` };
      return {
        title: `Docker ${docker.slirpBindRegression.version} 在 slirp4netns 端口驱动下的回归`,
        detail: `${regression}。Docker ${docker.slirpBindFixed.version} 修复了它：请升级。在此之前，改用 builtin 端口驱动可以避开，但会丢掉客户端的源地址；改用 pasta 加 implicit 端口驱动则能保留源地址；只发布在 IPv4 地址上的端口（-p 0.0.0.0:3000:3000）很可能不受影响（未经验证）。`,
        fix: `${upgradeTo(a, docker.slirpBindFixed.version)}\n${checksFor(a, false).version}`,
      };
    },
    'drop-in-not-loaded': (p, a) => ({
      title: 'drop-in 没有加载',
      detail: p.reloaded
        ? '`systemctl --user show docker` 打印的是 systemd 已加载的这个 unit 的环境变量，即使在上面显示的 daemon-reload 之后，其中也没有这里显示的任何 DOCKERD_ROOTLESS_ROOTLESSKIT_* 设置：systemd 没有读取那个文件。请确认它在 ~/.config/systemd/user/docker.service.d/ 里、文件名以 .conf 结尾，并且 Environment= 行位于 [Service] 段下；`systemctl --user cat docker` 会列出 systemd 读取的文件。检查工具不采用这些设置。'
        : '`systemctl --user show docker` 打印的是 systemd 已加载的这个 unit 的环境变量，守护进程就用它启动，其中没有这里显示的任何 DOCKERD_ROOTLESS_ROOTLESSKIT_* 设置：改过的 drop-in 只有在 daemon-reload 时才会被 systemd 读取（而且只读它的 [Service] 段），所以守护进程是在没有这些设置的情况下选择驱动的。检查工具不采用它们。请重新加载、重启，再检查一次。',
      fix: p.reloaded ? UNIT_FILES : `${a.reloadThenRestart}\n${UNIT_ENVIRONMENT}`,
    }),
    'setting-ignored': (p) => ({
      title: 'dockerd-rootless.sh 不读取的设置',
      detail: `${[
        p.misnamed && `dockerd-rootless.sh 读取的是 DOCKERD_ROOTLESS_ROOTLESSKIT_ 加上 ${rootlessSettings.names.join('、')}。下面几行设置的变量它不认识，或者用了这些名字却没有前缀，所以它会忽略：改正名字`,
        p.unclosed && 'systemd 会忽略引号没有闭合的整行 Environment=（“Invalid syntax, ignoring”），下面几行就是这样：请补上引号',
      ]
        .filter(Boolean)
        .join('。')}，然后运行 \`systemctl --user daemon-reload\` 并重启。`,
    }),
    'entrypoint-unread': () => ({
      title: 'docker:dind-rootless 的入口脚本不读取的设置',
      detail: `这个镜像不运行 dockerd-rootless.sh：它的入口脚本自己启动 RootlessKit，只读取 ${entrypointReads}：下面几行设置的其他变量不起作用。它总是传入 --port-driver=${dindEntrypoint.portDriver} 和 --disable-host-loopback，从不传入 --detach-netns。${rootlessSettings.prefix}FLAGS 里的参数排在它自己的参数之后，以它们为准：在那里写 --port-driver=slirp4netns 就能设置端口驱动。`,
    }),
    'image-without-passt': (_, a) => ({
      title: 'docker:dind-rootless 里没有 passt，pasta 无法启动',
      detail: `设置选用了 pasta，但这个镜像只装了 slirp4netns，没有 passt：RootlessKit 无法启动 pasta，守护进程也就无法启动。请像下面的命令那样以它为 FROM 构建一个装有 passt 的镜像，并用那个镜像运行容器；或者删掉 ${rootlessSettings.prefix}NET（以及 FLAGS 里的 --port-driver），这样运行的是镜像自己的网络驱动。`,
      fix: passtAdded(snippets, a),
    }),
    'setting-not-applied': (p) => ({
      title: 'systemd 不会应用的设置',
      detail: `${[
        p.section && "systemd 只在 [Service] 段下读取 Environment=：在其他段下它会忽略这一行（“Unknown key name 'Environment' in section …, ignoring”）",
        p.discarded && '`systemctl --user edit` 只保存两段注释之间的内容：“### Edits below this comment will be discarded”下面的行不会写进 drop-in',
        p.system && '/etc/systemd/system/docker.service.d/（`sudo systemctl edit docker` 写入的位置）属于 rootful 守护进程：运行 rootless 守护进程的用户管理器从不读取它',
        p.unit && '这些行位于另一个 unit 的 drop-in 目录：rootless 守护进程的 unit 是 docker.service，它的目录是 docker.service.d',
      ]
        .filter(Boolean)
        .join('。')}。检查工具不采用它们：守护进程是在没有它们的情况下选择驱动的（Docker ${docker.pastaFallback.version} 之前从不选 pasta）。下面的命令把它们写到 ~/.config/systemd/user/docker.service.d/override.conf 的 [Service] 段下并重启守护进程；然后删掉原来位置上的这些行。`,
      fix: moveSettings(p.settings),
    }),
    'two-daemons': () => ({
      title: '两个守护进程，一个 rootful，一个 rootless',
      detail: '这段输出里既有以 root 运行的守护进程，也有 rootless 守护进程。两者可以同时运行（用 --force 安装 rootless Docker 时，系统级的守护进程会继续运行）：结论针对 rootless 守护进程，这个问题只可能与它有关（不采用 rootful 守护进程报告的它自己的版本）；两者显示的不同之处并不是靠重启就能消除的不一致。每条 docker 命令只会询问其中一个：DOCKER_HOST 指定的那个，没有设置时则是当前 context 的那个。',
      fix: CLIENT_TARGET,
    }),
    'context-system': (p) => ({
      title: p.desktop ? 'CLI 询问的是 Docker Desktop 的守护进程' : 'CLI 询问的是系统级守护进程',
      detail: `${
        p.desktop
          ? '当前 context 是 Docker Desktop 的：不带 --context 的 docker 命令以及它们启动的容器都交给它虚拟机里的守护进程，而这个问题与它无关。'
          : '当前 context 指向 /var/run/docker.sock，即以 root 运行的守护进程的套接字：docker 命令以及它们启动的容器都交给这个守护进程，而这个问题与它无关。'
      }rootless 守护进程要通过旁边列出的 rootless context 访问。${p.ports ? '这段输出中不带 --context 发布的端口，以及之后对它们的请求和连接重置，都属于那个守护进程：结论不计入它们。' : ''}`,
      fix: 'docker context use rootless\ndocker version',
    }),
    'host-network-mode': () => ({
      title: 'rootless 守护进程的 host 网络是 RootlessKit 的命名空间',
      detail: `在 ${docker.gvisorFallback.version} 之前的 rootless Docker 上，或者设置了 DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=false 时，host 网络上的容器（--net=host、network_mode: host）共用 RootlessKit 为守护进程创建的命名空间：容器在其中监听的端口并不在宿主机上。请改用 -p 发布端口，或者升级：从 ${docker.gvisorFallback.version} 起，dockerd-rootless.sh 把这个命名空间分离出去，host 网络就是宿主机的网络（moby#47103）。`,
    }),
    'privileged-port': (p, a) => {
      const title = p.port ? `端口 ${p.port} 是特权端口` : '特权端口（小于 1024）被拒绝';
      if (a.container) {
        const fix = p.port ? unprivilegedInContainer(a, String(p.port)) : null;
        return {
          title,
          detail: `绑定小于 net.ipv4.ip_unprivileged_port_start（默认 1024）的端口需要特权，而${p.by === 'pasta' ? ' pasta ' : ' RootlessKit 的端口驱动'}没有。守护进程运行在 docker:dind-rootless 容器里，端口绑定在容器自己的网络命名空间中，那里的设置不是宿主机的：请改为发布 1024 及以上的端口（用 -p 8080:80，而不是 -p 80:80），或者给容器加上 --sysctl net.ipv4.ip_unprivileged_port_start=${p.port ?? '你要发布的最小端口'}（Compose 用 sysctls:，Kubernetes 用 Pod 的 securityContext.sysctls）${fix ? '，见下' : ''}。`,
          ...(fix ? { fix } : {}),
        };
      }
      return {
        title,
        detail: `在宿主机上绑定小于 net.ipv4.ip_unprivileged_port_start（默认 1024）的端口需要特权，而${
          p.by === 'rootlesskit'
            ? ' RootlessKit 的 builtin 端口驱动没有：按 Docker 文档的做法给它这个特权（见下）。也可以'
            : p.by === 'pasta'
              ? ' pasta 没有（它的手册说，这项能力对它的自动转发不起作用）。请'
              : p.by
                ? ' Podman 的 rootlessport 没有。请'
                : ' RootlessKit 的 builtin 端口驱动（或 Podman 的 rootlessport）没有。请'
        }改为发布 1024 及以上的端口（用 -p 8080:80，而不是 -p 80:80），或者让所有用户都能绑定${p.port ? ` ${p.port} ` : '这个端口'}及以上的端口${
          p.by !== 'rootlesskit' ? (p.port ? '（见下）' : '') : `：在 /etc/sysctl.d 中写入 net.ipv4.ip_unprivileged_port_start=${p.port ?? '你要发布的最小端口'}，再运行 \`sudo sysctl --system\``
        }。`,
        ...(p.by === 'rootlesskit' ? { fix: setcapRootlesskit(a) } : p.port ? { fix: unprivilegedFrom(String(p.port)) } : {}),
      };
    },
    'slirp4netns-not-found': (p, a) =>
      p.detachNetns === false
        ? {
            title: '找不到 slirp4netns',
            detail: `运行 slirp4netns 的程序在它的 PATH 里没找到它：请安装 slirp4netns，或者换用别的网络驱动。（Docker 自己在 --detach-netns 下的同类故障要 Docker ${docker.gvisorFallback.version} 或更新版本才会出现。）`,
          }
        : {
            title: p.detachNetns ? '使用 --detach-netns 时找不到 slirp4netns' : '找不到 slirp4netns',
            detail: `${p.detachNetns ? '' : '如果没有安装 slirp4netns，先安装它。如果已经安装：'}从 Docker ${docker.gvisorFallback.version} 起，--detach-netns 成了默认设置，slirp4netns 这时可能报错“executable file not found”（moby#52641）${p.detachNetns ? '，即使已经安装也一样（如果 command -v slirp4netns 什么也不打印，先安装它）' : ''}；下面的设置会把它关掉。`,
            fix: settingsFix(a, snippets, 'DETACH_NETNS=false'),
          },
    'pasta-not-found': (p, a) => ({
      title: '网络驱动是 pasta，但 pasta 没有安装',
      detail: `${p.daemonSaid ? 'RootlessKit 在守护进程的 PATH 里没有找到 pasta' : '守护进程设置为使用 pasta，而 shell 找不到它'}，所以 RootlessKit 停止，它运行的守护进程也无法启动。请安装提供 pasta 的 passt，或者去掉选择 pasta 的设置。${beforePasta(p.rootlesskitVersion, p.rkFixed, null)}`,
      ...(p.rkFixed ? { fix: install('passt', snippets, a, 'pasta') } : {}),
    }),
    'cannot-assign-address': () => ({
      title: 'implicit 端口驱动无法发布到宿主机的某个具体 IP',
      detail: 'dockerd 是在命名空间内绑定地址的，而命名空间里没有宿主机的这些地址，于是报错“cannot assign requested address”。请发布到所有地址，再用 nftables 过滤。',
    }),
    'ubuntu-apparmor': (p) => ({
      title: `${p.operatingSystem} 上的 AppArmor 可能会拦住 pasta`,
      detail: `在 ${appArmorUbuntu.releases.join(' 和 ')} 上，RootlessKit 下的 pasta 需要先按 RootlessKit 的 docs/network.md 做 AppArmor 方面的绕过配置（Launchpad #2077158）。`,
    }),
    'ipv6-disabled-kernel': () => ({
      title: '内核关闭了 IPv6，dockerd-rootless.sh 随之退出',
      detail: `从 Docker ${docker.ipv6Forwarding.version} 起，dockerd-rootless.sh 会打开 IPv6 转发；内核没有 IPv6（用 ipv6.disable=1 启动）时它就退出，dockerd 因此无法启动（moby#51541）。请升级到 Docker ${docker.ipv6ForwardingFixed291.version} 或更新版本，它会忽略这个错误（moby#51543；发布说明从 ${docker.ipv6ForwardingFixed.version} 起列出）；或者去掉 ipv6.disable=1 重新启动，改用 sysctl 关闭 IPv6。`,
      fix: kernelIpv6(snippets),
    }),
    'userns-unavailable': (p, a) => {
      // rootless containerd 的说法不提 docker:dind-rootless 和 docker build，它们只属于 Docker。
      const containerd = !p.buildkit && !!a.containerd;
      return {
        title: '这里不允许创建用户命名空间，RootlessKit 因此无法启动',
        detail:
          `RootlessKit 在自己的用户命名空间里运行 ${p.buildkit ? 'buildkitd' : containerd ? 'containerd（由 containerd-rootless.sh 在 RootlessKit 里启动）' : 'dockerd'}，而内核拒绝创建它：要么不允许普通用户创建（kernel.unprivileged_userns_clone=0；在 Ubuntu 上，是 AppArmor 的限制，而 rootlesskit 没有配置文件），要么根本不允许创建（user.max_user_namespaces=0，即“no space left on device”），${p.buildkit ? '要么是在不允许创建它的容器或 Pod 里运行：rootless BuildKit 的容器需要什么，见 BuildKit 的 rootless 文档' : containerd ? '要么是在不允许创建它的容器里运行' : '要么是在没有加 --privileged 启动的容器里运行，而 docker:dind-rootless 需要它'}。${containerd ? '这些都是宿主机的设置，请在宿主机上修改；nerdctl 的 rootless 文档把前提条件指向 rootlesscontaine.rs。' : `这些都是宿主机的设置，请在宿主机上修改，做法见 Docker 的 rootless 故障排查文档。${p.buildkit ? '' : '在 docker build 中（RUN 步骤），安装工具的试运行会这样失败：在那里用 --force 安装，运行镜像时再加上 --privileged。'}`}`,
        fix: userns(snippets),
      };
    },
    'id-map-failed': (p, a) => {
      // rootless containerd 的说法不提 docker:dind-rootless，它只属于 Docker。
      const containerd = !p.buildkit && !!a.containerd;
      return {
        privilege: {
          title: 'newuidmap 或 newgidmap 失败，RootlessKit 无法启动',
          detail:
            `newuidmap 和 newgidmap 为 RootlessKit 写入该用户的 ID 以及 /etc/subuid、/etc/subgid 中的范围的映射。“Could not set caps”：它们没有特权，既不是 setuid root，也没有 cap_setuid、cap_setgid 文件能力（不用 root 安装的副本两者都没有），或者 no_new_privs 让内核忽略了特权。“Operation not permitted”：要么是同样的原因，要么它们运行在缺少这些范围的用户命名空间里：LXD，或者容器${p.buildkit ? '，例如 rootless BuildKit 的容器' : containerd ? '' : '，例如 rootless Docker 上的 docker:dind-rootless'}。请重新安装 uidmap（Fedora 上是 shadow-utils）；不带 no_new_privs 启动 RootlessKit（在 Kubernetes 中设置 allowPrivilegeEscalation: true）；${p.buildkit ? '按 BuildKit 的 rootless 文档运行 BuildKit 的容器。' : containerd ? 'nerdctl 的 rootless 文档把前提条件指向 rootlesscontaine.rs。' : 'dind-rootless 要加 --privileged 运行在 rootful Docker 上。'}`,
          fix: idHelpers(snippets),
        },
        overlap: {
          title: '该用户的 ID 范围互相重叠，RootlessKit 无法启动',
          detail:
            '内核拒绝 RootlessKit 映射中互相重叠的范围（方括号里：“0 <ID> 1”是用户自己的 ID，后面是 /etc/subuid 和 /etc/subgid 中的范围），例如包含用户自己 ID 的范围，或者同一范围列了两次。每个用户保留一个范围，不包含它自己的 ID。',
          fix: ID_MAPS,
        },
        missing: {
          title: '该用户没有 ID 范围，RootlessKit 无法启动',
          detail:
            '/etc/subuid 或 /etc/subgid 中没有消息里所说用户的范围，或者文件不存在，RootlessKit 无从映射。请在两个文件中都为该用户添加至少 65,536 个 ID 的范围，不与其他用户的范围重叠。如果消息说的是 root（0），那是 RootlessKit 以 root 运行了，或者它把自己看作 root：请以它所服务的用户启动它，不要通过 sudo。',
          fix: ID_MAPS,
        },
      }[p.cause];
    },
    'tap-unavailable': (p, a) => ({
      title: 'RootlessKit 无法创建它的 tap 设备 tap0',
      detail: `使用 slirp4netns 或 vpnkit 时，RootlessKit 会用 /dev/net/tun 在自己的命名空间里创建 tap 设备 tap0（ip tuntap add）。这个设备必须存在（需要内核的 tun 模块），并且该用户可写；ip 命令本身也必须安装（iproute2，没有时会报“failed to execute ip”）。${
        // rootless containerd 的说法不提 docker:dind-rootless，它只属于 Docker。
        !p.buildkit && a.containerd ? 'nerdctl 的 rootless 文档把前提条件指向 rootlesscontaine.rs。' : '在容器里，请用 --privileged 运行，docker:dind-rootless 也需要这样。'
      }`,
      fix: tun(snippets),
    }),
    'rootlesskit-failed': (p, a) =>
      p.childExited
        ? p.buildkit
          ? {
              title: 'RootlessKit 运行的程序退出了，守护进程因此没有运行',
              detail: 'RootlessKit 报告它的子进程（对 rootless BuildKit 来说，由它运行 buildkitd）出错退出了。原因要看 buildkitd 自己的输出：就在这一行之前，或者在它的容器或 pod 的日志里（docker logs、kubectl logs）。',
            }
          : {
              title: 'RootlessKit 运行的程序退出了，守护进程因此没有运行',
              detail: `RootlessKit 报告它的子进程（${a.containerd ? '对 rootless containerd 来说，由它运行 containerd-rootless.sh 和 containerd' : '对 Docker 来说，由它运行 dockerd-rootless.sh 和 dockerd'}）出错退出了。原因要看它自己的输出：就在这一行之前，或者在守护进程的日志里（在容器里则是容器的日志）。`,
              fix: daemonLog(snippets, a),
            }
        : p.idMap
          ? {
              title: 'RootlessKit 停止了，守护进程因此没有运行',
              detail: `RootlessKit 退出时会打印这一行，运行在它里面的 ${p.buildkit ? 'buildkitd ' : a.containerd ? 'containerd（由 containerd-rootless.sh 启动）' : 'dockerd '}随之停止或根本没有启动。这一行后面的部分就是原因；UID/GID 映射失败时，请检查 newuidmap、newgidmap 以及用户在 /etc/subuid、/etc/subgid 中的范围。`,
              fix: ID_MAPS,
            }
          : {
              title: 'RootlessKit 停止了，它运行的程序因此没有运行',
              detail: `RootlessKit 退出时会打印这一行，它运行的程序（${p.buildkit ? '对 rootless BuildKit 来说是 buildkitd' : a.containerd ? '对 rootless containerd 来说是 containerd，由 containerd-rootless.sh 在它里面启动' : '对 Docker 来说是 dockerd'}）随之停止或根本没有启动。这一行后面的部分就是原因：Go 把最初的原因写在最后，例如一个它无法创建的目录，或者内核拒绝的命名空间。`,
            },
    'daemon-failed': () => ({
      title: 'dockerd 在启动过程中停止了',
      detail: 'dockerd 退出时会打印这一行；“failed to start daemon:”后面的部分就是原因。日志中它前面的几行说明了它当时在做什么。',
      fix: daemonLog(snippets),
    }),
    'service-failed': (p) => ({
      title: 'docker.service 启动失败',
      detail: `systemd 启动了 Docker 的服务，但它停止了。${p.exec ? '状态 203/EXEC：systemd 无法运行 ExecStart 中的程序（不存在或不可执行）。' : ''}它的日志会说明原因：请把日志粘贴到这里。`,
      fix: daemonLog(snippets),
    }),
    'no-systemd': (_, a) => ({
      title: '这里没有运行 systemd',
      detail: a.containerd
        ? `systemd 不是 PID 1 时（它检查 /run/systemd/system），systemctl 或 ${rootlessContainerd.setupTool.name}（“Needs systemd”）就会这样报错，例如在没有启用 systemd 的 WSL、容器或使用其他 init 的主机上。安装工具只会安装 systemd 用户服务，所以在这里会停止；如果 systemd 在运行，但当前 shell 没有该用户自己的登录会话（例如由 su 或 sudo 打开的 shell），它也会这样报错：这时请以该用户登录（ssh、machinectl shell）后重新运行。在 WSL 中，先更新 WSL，在 /etc/wsl.conf 里启用 systemd，重启 WSL，再重新运行 \`${rootlessContainerd.setupTool.install}\`。在其他地方，以该用户手动启动 containerd-rootless.sh，并设置该用户自己的运行时目录：不要放在 /tmp 下，每次开机都要清空；nerdctl 通过这个目录找到 containerd，所以也要在同一个 shell 里运行 nerdctl。这样启动的 containerd 不会被自动重启。`
        : 'systemd 不是 PID 1 时（它检查 /run/systemd/system），systemctl 就会这样报错，例如在没有启用 systemd 的 WSL、容器或使用其他 init 的主机上。`systemctl --user`、rootless 服务和 machinectl 都需要 systemd。在 WSL 中，先更新 WSL，在 /etc/wsl.conf 里启用 systemd，重启 WSL，再运行安装工具的 uninstall 和 install（没有 systemd 时建立的 context 指向旧的套接字）。在其他地方，以该用户手动启动 dockerd-rootless.sh，并按 Docker 文档的要求设置 HOME 和该用户自己的运行时目录：不要放在 /tmp 下，每次开机都要清空；这样启动的守护进程不会被自动重启。',
      fix: noSystemd(snippets, a),
    }),
    'no-user-session': () => ({
      title: '这个 shell 没有该用户自己的登录会话',
      detail: '`systemctl --user` 和 rootless 守护进程的套接字都需要用户的运行时目录（XDG_RUNTIME_DIR），只有该用户自己的登录会话才会创建它；用 su 或 sudo 得到的 shell 没有（在这样的 shell 里，DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock 指向的是 /docker.sock）。请以该用户登录（ssh，或者按下面用 machinectl shell）。',
      fix: userSession(snippets),
    }),
    'setup-requirements': () => ({
      title: 'Docker 的 rootless 安装因缺少前提条件而停止',
      detail: '它会检查 rootless Docker 需要的东西（newuidmap、iptables 及其内核模块、用户命名空间），并打印提供缺失部分的命令；如果它不认识系统的包管理器，就只打印缺了什么。请以 root 运行这些命令（或者安装缺少的软件），然后重新运行安装。',
    }),
    'run-as-root': () => ({
      title: 'rootless Docker 以 root 身份安装或启动，被拒绝',
      detail: 'rootless Docker 是启动它的那个用户的守护进程：它的安装和 dockerd-rootless.sh 以 root 身份运行时（root 的 shell，或前面加了 sudo）会停止。请以该用户、不加 sudo、在该用户自己的登录会话中运行它们。',
      fix: setupAsUser(snippets),
    }),
    'rootful-docker-running': () => ({
      title: 'rootless 安装因系统级 Docker 正在运行而停止',
      detail: '系统级守护进程的套接字 /var/run/docker.sock 对你可写时，安装会停止。Docker 的文档建议先停用那个守护进程，这会停止它运行的所有容器，开机后它们也不会再启动；如果要两者并存，请用 --force 运行安装（安装脚本则设置 FORCE_ROOTLESS_INSTALL=1）。',
      fix: `${DISABLE_ROOTFUL}\n# 然后以运行 rootless Docker 的用户执行\ndockerd-rootless-setuptool.sh install`,
    }),
    'rootlesskit-missing': (p, a) =>
      p.setup
        ? {
            title: `RootlessKit 没有安装，${rootlessContainerd.setupTool.name} 因此停止`,
            detail: `${rootlessContainerd.setupTool.name} 在安装 containerd 的用户服务之前会先运行一次 RootlessKit 来检查它，而 shell 在 PATH 中找不到它。请安装发行版的 rootlesskit 软件包（或者解压自带 RootlessKit 的 ${nerdctl.bundle} 压缩包），然后重新运行安装工具。`,
            fix: `# 发行版的 rootlesskit 软件包\n${installRootlesskitThenSetup(snippets, a)}`,
          }
        : a.containerd
        ? {
            title: 'RootlessKit 没有安装，containerd-rootless.sh 因此停止',
            detail: `containerd-rootless.sh 在 RootlessKit 里运行 containerd，PATH 中没有它就会停止。请安装发行版的 rootlesskit 软件包，或者解压自带 RootlessKit 的 ${nerdctl.bundle} 压缩包。`,
            fix: `# 发行版的 rootlesskit 软件包\n${installRootlesskit(snippets, a)}`,
          }
        : {
            title: 'RootlessKit 没有安装，dockerd-rootless.sh 因此停止',
            detail: 'dockerd-rootless.sh 在 RootlessKit 里运行 dockerd，PATH 中没有它就会停止。Docker 的软件包把它放在 docker-ce-rootless-extras 中；发行版自带的 Docker 则放在它的 rootlesskit 软件包中。',
            fix: a.container ? installRootlesskit(snippets, a) : `# 装有 Docker 官方软件包时装 docker-ce-rootless-extras，否则装发行版的 rootlesskit 软件包\n${installRootlesskit(snippets, a)}`,
          },
    'network-driver-missing': (_, a) => ({
      title: '没有安装网络驱动，dockerd-rootless.sh 因此停止',
      detail: `没有设置网络驱动时，dockerd-rootless.sh 依次尝试 slirp4netns、pasta（从 Docker ${docker.pastaFallback.version} 起）和 vpnkit，但一个都没有找到。请安装 slirp4netns。从 Docker ${docker.gvisorFallback.version} 起，它会改用 RootlessKit 内置的 gvisor-tap-vsock。`,
      fix: install('slirp4netns', snippets, a),
    }),
    'host-network-driver': (p, a) => ({
      title: '设置了 RootlessKit 的 host 网络驱动，而 rootless Docker 无法用它运行',
      detail:
        `网络驱动设为 host（${p.inFlags ? '' : 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host，或 '}DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 里的 ${p.inFlags ?? '--net=host'}）后，RootlessKit 不给 dockerd 单独的网络命名空间。新版 dockerd-rootless.sh 会直接拒绝它；在此之前，RootlessKit 会拒绝端口驱动（“port driver requires non-host network”），而端口驱动设为 none 时，dockerd 无法建立它的网络。请改用 rootless Docker 支持的网络驱动，例如 slirp4netns。`,
      fix: setDrivers(p, p.installed, snippets, a),
    }),
    'flags-pasta-option': (p, a) => {
      // rootless containerd：containerd-rootless.sh 读取的变量和它的守护进程。
      const flags = `${a.containerd ? rootlessContainerd.prefix : rootlessSettings.prefix}FLAGS`;
      const again = a.containerd ? AGAIN.replace('dockerd', 'containerd') : AGAIN;
      return {
        title: `${FLAG} 是 pasta 的选项，写在 ${flags} 里会被 RootlessKit 拒绝`,
        detail: `${flags} 中的选项会加到 RootlessKit 的命令行上，而 RootlessKit 没有 ${FLAG} 这个选项：它会停止（“flag provided but not defined”），${a.containerd ? 'containerd' : 'dockerd'} 因此无法启动。从 RootlessKit ${FIX_RK} 起，只要 pasta 接受这个选项，RootlessKit 就会自己把它传给 pasta。${p.older ? '这里的 RootlessKit 比它旧：去掉这个选项后，请升级 RootlessKit 以获得修复（或改用 slirp4netns）。' : ''}${p.flags === null ? `请从这个设置中删除 ${FLAG}，然后${byHandSource(p.shell) ? again : a.containerd ? '重新加载并重启 containerd' : '重新加载并重启'}。` : ''}`,
        ...(p.flags === null ? {} : { fix: setDrivers({ ...p, sets: [] }, true, snippets, a) }),
      };
    },
    'client-source-address-lost': (p) => ({
      title: 'builtin 端口驱动让客户端都显示为 127.0.0.1',
      detail: `日志里的请求都来自 127.0.0.1：RootlessKit 的 builtin 端口驱动在命名空间里自己发起每个连接，容器因此看不到客户端的地址。slirp4netns 端口驱动会保留它，pasta 搭配端口驱动 implicit 也会${p.fixed ? `，而 RootlessKit ${p.rootlesskit} 下没有回环重置问题` : `，从 RootlessKit ${FIX_RK} 起没有回环重置问题`}。${p.propagates ? `RootlessKit ${p.rootlesskit} 在关闭 Docker 的 userland proxy 后（在 ~/.config/docker/daemon.json 里写 "userland-proxy": false，然后重启守护进程），builtin 也会为 TCP 保留它。` : ''}`,
    }),
    'connection-reset-seen': (p) => ({
      title: '出现了“Connection reset by peer”症状',
      detail: p.containerLoopback
        ? '容器里的应用说它监听在 127.0.0.1，而在容器里这是容器自己的回环地址：Docker 把发布的端口转发到容器的地址，那里没有程序应答，所以无论宿主机上运行的是什么，连接都会被重置。请让应用监听 0.0.0.0。'
        : p.fixed
        ? '这里显示的环境已经包含修复，这个问题现在不会再重置连接。如果重置出现之后升级过 RootlessKit，那次重置很可能就是它造成的；现在出现的重置原因在别处，比如容器里的应用。'
        : p.containerd
        ? `上面的结论针对的是以 root 运行的 Docker。这里显示的 RootlessKit 运行的是 rootless containerd（${nerdctl.client} 的）：它发布的端口被重置，可能正是那边的这个问题，因为 ${FIX_RK} 之前的 RootlessKit 运行 pasta 时不带 --host-lo-to-ns-lo。`
        : p.ruledOut
        ? '上面的结论排除了这个问题，所以重置来自别处，比如容器里的应用。'
        : p.jobApart
        ? '在 GitLab 的 Docker executor 下，作业和它的服务是各自独立的容器：作业里的 127.0.0.1 是作业自己的，所以服务里的守护进程发布在 127.0.0.1 上的端口只应答服务里的客户端；通过服务的名字（docker:8080）访问时，连接到达的是服务的外部地址，这个问题不会发生在那里。这次重置另有原因，比如容器里的应用。上面的结论针对的是服务里的守护进程：服务里的客户端会遇到这个问题，Kubernetes executor 下的作业也会，因为那里作业和服务共用 127.0.0.1。'
        : p.allAddresses
          ? '输出中的端口发布在所有地址上（-p 8080:80），这个问题不涉及它们：重置来自别处，比如容器里只监听容器自己 127.0.0.1 的应用。'
          : 'pasta 把宿主机的回环连接转交给命名空间的外部地址时，发布在 127.0.0.1 上的端口就会返回这个错误；这里是不是这个原因，看上面的结论。',
    }),
    'daemon-not-running': (p, a) => ({
      title: '连不上 Docker 守护进程',
      ...unreachable(p, a),
    }),
    'socket-permission-denied': (p) => ({
      title: '没有权限使用守护进程的套接字',
      detail: {
        system:
          '客户端找的是系统级守护进程，它的套接字只有 root 和 docker 组能用（这个组等于 root 级别的权限，重新登录后才生效）；那个守护进程以 root 运行，没有这个问题。要询问你的 rootless 守护进程，请让客户端指向它的套接字（路径中的数字就是 `id -u` 的输出）。',
        user: `这个套接字在用户 ${p.uid} 的运行时目录里，只有该用户能进入：那里的 rootless 守护进程属于该用户。请以该用户运行客户端，或者让客户端指向你自己的守护进程（路径中的数字就是 \`id -u\` 的输出）。`,
        root: '这个套接字在 root 的运行时目录里，那里不会有 rootless 守护进程：rootless Docker 拒绝以 root 运行。请让客户端指向你自己的用户的守护进程。',
        podman: '这个套接字是 Podman 的 API 套接字，而这个检查工具针对的是 Docker 的守护进程：请让客户端指向你自己的 rootless Docker 守护进程。',
        pipe: '客户端无权使用 Windows 上 Docker 的管道：它较早版本的报错就说，默认配置下客户端必须以提升的权限运行才能连接。那个守护进程不是 rootless Docker。',
        other: '客户端没有权限使用那个套接字。rootless 守护进程的套接字只属于它的用户：请让客户端指向你自己的守护进程。',
      }[p.owner],
      ...(p.owner === 'pipe' ? {} : { fix: OWN_SOCKET }),
    }),
    'podman-not-docker': (p) => ({
      title: `这是 Podman 的输出${paren('Podman', p.podmanVersion)}`,
      ...(p.shim
        ? {
            detail:
              '这台机器上的 docker 命令是 Podman 的（podman-docker 软件包）：docker version 回答的是 Podman，它的设置说明不了 rootless Docker 的情况，只有其中显示的已安装 pasta 有参考价值。这个问题只涉及 rootless Docker：请在真正运行 Docker 的机器上粘贴 docker version 的输出。',
          }
        : p.answered
          ? {
              detail:
                '这个 docker 客户端连接的是 Podman 的 API，而不是 Docker 守护进程：docker version 显示的服务端是 Podman Engine。它的设置说明不了 rootless Docker 的情况，而只有由 RootlessKit 运行的 rootless Docker 才有这个问题。如果你同时也在运行 rootless Docker，请在它运行的地方执行 docker version 并粘贴输出。',
            }
          : { detail: 'Podman 的设置说明不了 rootless Docker 的情况，只有其中显示的已安装 pasta 有参考价值。要得出结论，请粘贴 docker version 的输出。', fix: 'docker version' }),
    }),
    'answer-contradicted': (p) => {
      const answers = p.contradicted.map((c) => `${factNames[c.key]}：${valueOf(c.answer)}`).join('、');
      return {
        title: '你的回答与粘贴内容不一致',
        detail: p.contradicted.some((c) => c.shown === null)
          ? `${thenValues('你回答的是', answers)}，但粘贴内容显示守护进程以 root 运行，没有 RootlessKit：这个回答已被搁置。如果你同时还运行着 rootless Docker，说明这个客户端连的是另一个守护进程：请检查 docker context ls 和 DOCKER_HOST，再粘贴 rootless 守护进程的 docker version。`
          : `${thenValues('你回答的是', answers)}；${thenValues('粘贴内容显示的是', p.contradicted.map((c) => `${factNames[c.key]}：${valueOf(c.shown!)}`).join('、'))}（见下面几行）。以粘贴内容为准，这个回答已被搁置：如果粘贴的是另一台机器的输出，请改为粘贴这台机器的输出。`,
      };
    },
    'facts-disagree': (p, a) => ({
      title: spaced(p.conflicts.map((c) => factNames[c.key]).join('、'), '的值不一致'),
      detail: `粘贴内容里同时出现了不同的值。${p.conflicts.map((c) => `${factNames[c.key]}：${c.values.map((v) => `${valueOf(v.value)}（${v.inferred ? INFERRED : seenIn[v.source]}）`).join('、')}`).join('；')}。${p.machines ? `粘贴内容似乎来自不止一台机器（${p.machines.map(machineName).join('、')}），检查工具却把它当作一台来读，${thenValues('采用了', p.conflicts.map((c) => valueOf(c.values[0]!.value)).join('、'))}：请一次只检查一台机器，只粘贴它的输出。` : `${thenValues('检查工具采用', p.conflicts.map((c) => valueOf(c.values[0]!.value)).join('、'))}，因为正在运行的守护进程优先于程序自己报告的版本、软件包和配置；只有同一类的值之间，才是后出现的输出优先于先出现的。`}${p.restart && !p.shell ? (p.restartAffected ? `重启会让配置生效，而按这份配置，这套环境会受影响：重启前先把 RootlessKit 升级到 ${FIX_RK} 或更高版本，或者继续用现在运行的驱动。` : '修改配置后要重启才会生效。') : ''}${p.shell ? UNREAD_EXPORTS : ''}`,
      // The same as in en.ts: the user service never read these exports.
      fix: p.restart && !p.shell ? `${p.restartAffected ? `# 先把 RootlessKit 升级到 ${FIX_RK} 或更高版本，再执行\n` : ''}${a.reloadRestart}` : undefined,
    }),
    'machines-apart': (p) => ({
      title: `是哪台机器？${spaced(factNames[p.key], '在')}${/^[\u4e00-\u9fff]/.test(machineName(p.values[0]!.machine)) ? '' : ' '}${spaced(p.values.map((v) => machineName(v.machine)).join('、'), '上不同')}`,
      detail: `粘贴内容来自不止一台机器或不止一个人，而决定结论的事实在它们之间不同（${factNames[p.key]}：${p.values.map((v) => `${machineName(v.machine)}（${valueOf(v.value)}）`).join('、')}）。两者谁也不是对方后来的状态，所以检查工具不下结论：请一次只粘贴一台机器的输出，先从出现问题的那台开始。${
        p.stepFor.length ? `下面的步骤针对${p.stepFor.map(machineName).join('、')}：粘贴内容已经显示了${p.values.filter((v) => !p.stepFor.includes(v.machine)).map((v) => machineName(v.machine)).join('、')}上它要问的内容。` : ''
      }`,
    }),
    'machine-with-reset': (p) => ({
      title: `按出现连接重置的${amid(machineName(p.machine))}判断`,
      detail: `粘贴内容来自不止一台机器或不止一个人（${[p.machine, ...p.others].map(machineName).join('、')}），而决定结论的事实在它们之间不同。只有${amid(machineName(p.machine))}出现了连接重置，所以结论、事实和其他发现都只根据它的行得出。如果还要检查${amid(p.others.map(machineName).join('、')).trimEnd()}，请单独粘贴它的输出。`,
    }),
    'input-truncated': (p) =>
      p.skipped
        ? {
            title: '粘贴内容的中间部分没有读取',
            detail: `粘贴内容超过了 ${p.limitChars.toLocaleString('zh-CN')} 个字符：检查工具读取了开头和结尾（日志最旧和最新的内容就在这两处），跳过了第 ${p.skipped.from} 到 ${p.skipped.to} 行，所以结论只依据这两部分。如果现在的状态在跳过的那些行里，请只粘贴最后一次 docker version 和 ps -o args= -C pasta 的输出。`,
          }
        : {
            title: '只读取了前面一部分',
            detail: `粘贴内容超过了 ${p.limitChars.toLocaleString('zh-CN')} 个字符：检查工具只读到第 ${p.lastLine} 行，其余部分已忽略，所以结论只依据这一部分。日志中最新的内容在最后：如果现在的状态在更后面，请只粘贴最后一次 docker version 和 ps -o args= -C pasta 的输出。`,
          },
    'workaround-slirp4netns': (p, a) => ({
      title: '如果暂时无法升级，可以切换回 slirp4netns',
      detail: `slirp4netns 没有这个问题，但发布的端口速度较慢，而且容器看到的所有客户端地址都是 127.0.0.1（从 RootlessKit ${rootlesskit.sourceAddressBuiltin.version} 起，只有关闭 userland proxy 时，TCP 客户端才保留自己的地址）。${p.installed ? '' : slirp4netnsChecked(a) ? '下面的命令会先检查镜像里有没有它。' : '下面的命令会先安装它。'}`,
      fix: setDrivers(p, p.installed, snippets, a),
    }),
    'workaround-nftables': (_, a) => ({
      title: '或者发布到所有地址，再做过滤',
      detail: '发布到所有地址的端口（-p 0.0.0.0:8080:80）在 pasta 下可以正常工作（依据 pasta 的转发方式推断）；再按 moby#48838 中的建议，用 nftables 限制访问。',
      fix: publishFiltered(a, { host: '仅在已加载指南“安全”一节的 nftables 规则时', container: '仅在已把指南“安全”一节的 nftables 规则加载到容器的网络命名空间时：pasta 在那里监听，nsenter -n 在那里运行 nft；主机自己的规则看不到它的端口' }),
    }),
  },
};
