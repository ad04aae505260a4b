import {
  passtPackageFormats,
  pastaVersionStrings,
  rootlessExtrasDependencies,
  rootlesskitThresholds,
  type passtMilestones,
  type ReferenceKey,
} from '../../../engine/data/index.ts';
import { fact } from '../fact-text.ts';

/**
 * Simplified Chinese for the descriptions the data module carries in English (src/engine/data/*.ts), keyed like the records there.
 * Versions, tags and dates are read from the data module (fact()), never typed. The pages pick English or these by page language
 * (./descriptions.ts); the timeline diagram's text version uses the same notes.
 */

/** What a distribution's pasta prints, from the version strings table; throws when the row is gone. */
function printedBy(distribution: string): string {
  const row = pastaVersionStrings.find((candidate) => candidate.distribution === distribution);
  if (!row) throw new Error(`descriptions: no pasta version string for ${distribution}`);
  return row.printed;
}

/** The passt package version of the Ubuntu release in the version strings table. */
const ubuntu2404Package = pastaVersionStrings.find((row) => row.distribution === fact('ubuntu2404'))?.package ?? '';

/** A package version pattern of passtPackageFormats by family. */
function packagePattern(family: (typeof passtPackageFormats)[number]['family']): string {
  return passtPackageFormats.find((format) => format.family === family)?.pattern ?? '';
}

/** The Docker release line ("<major>.x") that the fix reached first. */
const fixedLine = `${fact('dockerFixed').split('.')[0]}.x`;

/**
 * Each reference: what it establishes and, where the English title paraphrases rather than quotes (the part after "—", or a
 * descriptive name), a Chinese title. Titles that quote an upstream title (commit subjects, issue titles, file paths) stay as quoted.
 */
export const referenceTextZhCn: Record<ReferenceKey, { establishes: string; title?: string }> = {
  moby48838: {
    establishes: `问题报告：使用 pasta 和 implicit 端口驱动时，发布在 127.0.0.1 上的端口会重置连接（${fact('dockerBugReported')} 提交，环境为 ${fact('debian12')}）。`,
  },
  rootlesskitPr482: {
    establishes: `修复本身：pasta 接受 \`--host-lo-to-ns-lo\` 时，RootlessKit 就把它传给 pasta（${fact('rlkFixMergedDate')} 合并，首次发布于 ${fact('rlkFixed', { v: true })}）。`,
  },
  rootlesskitCommitFix: {
    establishes: '特性探测 `pasta --host-lo-to-ns-lo --version`，以及探测退出状态为 0 时追加的这个参数。',
  },
  rootlesskitMain: {
    establishes: `RootlessKit 接受哪些网络驱动与端口驱动的组合（pasta 要求端口驱动为 \`implicit\` 或 \`none\`，从 ${fact('rlkPesto')} 起也可以是 \`pesto\`），它每次启动 pasta 时记录的警告（\`"pasta" network driver is experimental\`），以及它因错误退出时打印的那一行（\`[rootlesskit:parent] error: …\`、\`[rootlesskit:child ] error: …\`）。`,
  },
  rootlesskitPasta: {
    title: `rootlesskit pkg/network/pasta/pasta.go（${fact('rlkArgvTo', { v: true })}）`,
    establishes: `RootlessKit 为 pasta 构造的完整参数列表（端口驱动为 \`implicit\` 时是 \`--tcp-ports=auto --udp-ports=auto\`，为 \`none\` 时是 \`=none\`；\`--no-map-gw\`、\`--ipv4-only\`、\`--host-lo-to-ns-lo\`）、默认 MTU ${fact('mtuPasta')}，以及提到 Ubuntu AppArmor 绕过办法的注释。`,
  },
  rootlesskitNetworkDoc: {
    establishes: '各网络驱动、pasta 的最低版本和推荐版本，以及 Ubuntu 上 AppArmor 的绕过办法。',
  },
  rootlesskitNetworkDocV301: {
    title: `rootlesskit docs/network.md（${fact('rlkThroughputDocs')} 版）`,
    establishes: '本站引用的网络驱动（MTU 为 1500 和 65520 时）和端口驱动的 iperf3 吞吐量数据；该文档后来的版本重新测量过，数字不同。',
  },
  rootlesskitPortDoc: {
    establishes: '各端口驱动（`builtin`、`slirp4netns`、`implicit`，以及实验性的 `gvisor-tap-vsock` 和 `pesto`）、它们是否保留客户端源地址、`pesto` 只暴露发布的端口而 `implicit` 暴露所有在监听的端口，以及 `pesto` 所需的 passt 版本。',
  },
  rootlesskitReleases: {
    title: 'rootlesskit 版本发布（releases）',
    establishes: 'RootlessKit 的版本 tag 及其日期。',
  },
  rootlesskit591: {
    title: `rootless-containers/rootlesskit#591：passt ${fact('passtBroken', { short: true })} 下 dockerd 无法启动`,
    establishes: `passt ${fact('passtBroken')} 使 dockerd 在 RootlessKit ${fact('report591Rootlesskit')} 下无法启动（Arch Linux，Docker ${fact('report591Docker')}）。`,
  },
  rootlesskitPr612: {
    title: 'rootless-containers/rootlesskit#612：设置了 --disable-host-loopback 仍能访问宿主机回环',
    establishes: `在 RootlessKit ${fact('rlkHostLoopbackBlocked')} 之前，\`--no-map-gw\` 挡不住命名空间经由 pasta 访问宿主机回环；另含一行带有 pasta 完整参数的调试日志。`,
  },
  rootlesskitPr616: {
    establishes: '用于 pasta 网络的 `pesto` 端口驱动，支持 IPv4。',
  },
  rootlesskitPesto: {
    establishes: '使用 `pesto` 时，RootlessKit 用 `pesto -A` 把每个发布的端口加到 pasta 上，宿主机一侧是所要求的地址，而 Docker 的监听地址只能是命名空间地址（回环地址会被拒绝）。',
  },
  rootlesskitCi: {
    establishes: 'RootlessKit 的 CI 在 pasta 搭配 `implicit` 和搭配 `pesto` 两种情况下，都用 Docker 运行 hack/integration-docker.sh（在 `127.0.0.1` 上发布端口，再用 curl 访问）。',
  },
  rootlesskitPr620: {
    establishes: `RootlessKit ${fact('rlkIpv6')} 修复了 pasta 驱动的 IPv6 支持。`,
  },
  rootlesskit258: {
    title: 'rootless-containers/rootlesskit#258：使用 slirp4netns 时没有 IPv6',
    establishes: 'IPv6 在默认的（builtin）端口驱动下可用，设置 DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=slirp4netns 后就不可用了：slirp4netns 不支持 IPv6 转发（维护者的回答，指向 slirp4netns#253）。',
  },
  nerdctlPr5055: {
    title: 'containerd/nerdctl#5055：rootless 模式下在 RootlessKit 网络命名空间中启用 IPv6',
    establishes: 'RootlessKit 网络命名空间中的 IPv6 适用于 builtin 端口驱动；slirp4netns 端口驱动在上游仍不支持 IPv6 端口转发（slirp4netns#276 尚未合并）。',
  },
  rootlesskit511: {
    title: 'rootless-containers/rootlesskit#511：树莓派 4 上 rootless Docker 加 pasta 时 IPv6 端口绑定的问题',
    establishes: `一位用户报告：在 ${fact('ubuntu2404')} 上，rootless Docker 加 pasta 时，为 IPv6 发布的端口不起作用；报告里显示了 passt 软件包版本 \`${ubuntu2404Package}\`。原因是 RootlessKit 在没有 \`--ipv6\` 时给 pasta 传 \`--ipv4-only\`，这一点是依据 RootlessKit 的代码推断的，issue 里并没有这么说。`,
  },
  rootlesskit434: {
    title: `rootless-containers/rootlesskit#434：MTU 为 ${fact('mtuLegacy')} 的 pasta + implicit 配置`,
    establishes: `一份真实的 \`systemctl --user status docker\` 输出：pasta、implicit 端口驱动、MTU ${fact('mtuLegacy')}；其中有 rootlesskit 进程和它的子进程，后者显示为参数相同的 \`/proc/self/exe\`。`,
  },
  rootlesskitIntegration: {
    establishes: '使用 implicit 端口驱动时，发布到宿主机上某个具体的非回环 IP 会失败，报错“cannot assign requested address”。',
  },
  passtCommitChange: {
    establishes: `行为变更本身（${fact('passtChangeCommitDate')}，首次发布于 ${fact('passtChange')}），以及恢复旧映射的 \`--host-lo-to-ns-lo\` 选项。`,
  },
  passtCommitUndeprecate: {
    establishes: `从 ${fact('passtUndeprecated')} 起，\`--host-lo-to-ns-lo\` 不再标记为已弃用；提交说明引用了 RootlessKit #482 和 moby#48838。`,
  },
  passtCommitSemantics: {
    establishes: `从 ${fact('passtSemantics')} 起，连向宿主机任一回环地址的连接在命名空间内保持同一地址；与 \`--no-splice\` 同时使用会报错。`,
  },
  passtCommitDualStack: {
    establishes: `修复 RootlessKit 下出现的双栈启动失败（包含在 ${fact('passtBrokenFixed')} 中）。`,
  },
  passtArch: {
    title: 'passt 的 arch.c（arch_avx2_exec）',
    establishes: '在支持 AVX2 的 x86-64 机器上，passt 和 pasta 会在自己的程序名后加上 `.avx2` 重新执行（`passt.avx2`、`pasta.avx2`）：`ps -C` 和 `ss -p` 看到的进程名就是它，而参数仍以 `pasta` 开头。',
  },
  passtManPage: {
    title: 'passt(1) / pasta(1) 手册页',
    establishes: '选项 `-t/-u/-T/-U auto`、`--no-map-gw`、`--map-host-loopback`、`--host-lo-to-ns-lo`，以及本地流量走的 splice 路径；还有：要用 1024 以下的端口，手册推荐调低 net.ipv4.ip_unprivileged_port_start，因为 CAP_NET_BIND_SERVICE 对 pasta 自动检测和转发的端口不起作用（对显式转发的端口有效）。',
  },
  passtTags: {
    title: 'passt 版本 tag',
    establishes: 'passt 的版本 tag（`YYYY_MM_DD.<commit>`）及其先后顺序。',
  },
  passtAppArmor: {
    title: 'passt contrib/apparmor：passt 和 pasta 的 AppArmor 配置文件',
    establishes: '上游 passt 在源码树中提供 AppArmor 配置文件，其中 `usr.bin.pasta` 就是 pasta 的配置文件。',
  },
  dockerRootlessDocsInstall: {
    title: 'Docker 文档：Rootless mode 的 Install 一节（commit 061ed75 的源文件）',
    establishes: '安装以非 root 用户运行。如果系统级守护进程已经在运行，建议先停用它（sudo systemctl disable --now docker.service docker.socket；sudo rm /var/run/docker.sock）；不停用的话，安装需要 --force。',
  },
  podmanSystemService: {
    title: 'podman-system-service(1)',
    establishes: 'Podman 的 API 服务分两部分：一个应答 Docker API 的兼容层，以及 Podman 自己的 Libpod API；root 运行时监听 unix:///run/podman/podman.sock，普通用户运行时监听 unix://$XDG_RUNTIME_DIR/podman/podman.sock。',
  },
  podmanSlirp4netnsSetup: {
    title: 'containers/common libnetwork/slirp4netns/slirp4netns.go（Podman 设置 slirp4netns 的代码，commit bc66071）',
    establishes: '找不到 slirp4netns 时，Podman 自己报的错是“could not find slirp4netns, the network namespace can\'t be configured”：这是某个容器的错误，不是 Docker 守护进程的。',
  },
  podmanCompatInfo: {
    title: 'podman pkg/api/handlers/compat/info.go（Podman 对 docker info 的应答，commit 01b2243）',
    establishes: 'Podman 应答 Docker 的 GET /info 时，ServerVersion 填的是它自己的版本，ProductLicense 填的是 Podman 的许可证（Apache）；docker info 把后者单独打印在“Product License:”一行。',
  },
  podmanSockets: {
    title: 'podman contrib/systemd/README.md（Podman 的 API 套接字）',
    establishes: 'Podman 的 API 服务同样应答 Docker 的 API；以 root 运行时监听 /run/podman/podman.sock，以普通用户运行时监听 /run/user/<uid>/podman/podman.sock。指向这样的套接字的 Docker 客户端或工具，实际是在与 Podman 通信。',
  },
  mobyReleaseMilestones: {
    title: 'moby wiki：Engine 的发布里程碑',
    establishes: `Docker Engine 在主版本号为 1 的系列之后，下一个版本就是 ${fact('dockerCalendarVersions')}-ce，即第一个按年月编号的版本：没有哪个 Docker Engine 的版本号是 2 到 16。`,
  },
  podman24045: {
    title: 'containers/podman#24045：容器内绑定在回环地址上的服务可以从宿主机访问',
    establishes: 'passt 为什么改变 splice 映射：旧的默认行为把命名空间内只在本地监听的服务暴露给了宿主机。',
  },
  podmanDockerShim: {
    title: 'podman docker.in：podman-docker 软件包提供的 docker 命令',
    establishes: 'podman-docker 软件包的 `docker` 命令会打印“Emulate Docker CLI using podman”，然后运行 Podman。',
  },
  mobyRlkClient: {
    title: 'moby libnetwork rlkclient：bridge 驱动的 RootlessKit 端口客户端',
    establishes:
      '只有端口驱动既不是 `implicit` 也不是 `none` 时，Docker 才会调用 RootlessKit 的端口管理器；这时它的错误以“error while calling RootlessKit PortManager.AddPort()”开头。只有端口驱动不接受命名空间的回环地址时（slirp4netns），它才把发布的端口绑定在命名空间里网络驱动自己的地址上，其他端口驱动则绑定在回环地址上。',
  },
  mobyRootlessScript: {
    establishes: 'Docker 默认选用哪个网络驱动和端口驱动、MTU，以及 `DOCKERD_ROOTLESS_ROOTLESSKIT_*` 环境变量。',
  },
  nerdctlRootless: {
    title: 'nerdctl docs/rootless.md（rootless containerd）',
    establishes:
      'containerd-rootless-setuptool.sh 安装用户服务 containerd.service；`CONTAINERD_ROOTLESS_ROOTLESSKIT_*` 变量（NET、MTU、PORT_DRIVER 等）写在 `~/.config/systemd/user/containerd.service.d/override.conf` 的 [Service] 下，然后运行 `systemctl --user daemon-reload` 和 `systemctl --user restart containerd`。安装工具最后提示用 `nerdctl` 连接 rootless containerd（无需设置 `$CONTAINERD_ADDRESS`）：安装它的用户直接运行 `nerdctl`，不需要指定套接字地址。',
  },
  nerdctlReadme: {
    title: 'nerdctl README（安装；Rootless 模式）',
    establishes:
      'rootless containerd 用 `containerd-rootless-setuptool.sh install` 安装，用 `nerdctl run` 使用；RootlessKit 和 slirp4netns 包含在 `nerdctl-full-<VERSION>-<OS>-<ARCH>.tar.gz` 里，而 `nerdctl-<VERSION>-<OS>-<ARCH>.tar.gz` 不包含。',
  },
  nerdctlRootlessScript: {
    title: 'nerdctl extras/rootless/containerd-rootless.sh',
    establishes:
      'rootless containerd 以 `rootlesskit --state-dir=$XDG_RUNTIME_DIR/containerd-rootless … --disable-host-loopback --port-driver=… $CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS containerd-rootless.sh` 运行，网络驱动、MTU 和端口驱动分别读自 `CONTAINERD_ROOTLESS_ROOTLESSKIT_NET`、`_MTU` 和 `_PORT_DRIVER`（端口驱动无论网络驱动是什么都默认为 `builtin`，所以只设置 `NET=pasta` 会被 RootlessKit 拒绝）；它不读取 `DISABLE_HOST_LOOPBACK`。',
  },
  containerdDefaults: {
    title: 'containerd defaults/defaults_unix.go',
    establishes: '系统级 containerd 监听 `/run/containerd/containerd.sock`（DefaultAddress），它的客户端默认连接这个地址：以 root 运行的 nerdctl 无论是否指定该地址，连接的都是这个守护进程。',
  },
  nerdctlRootlessSetuptool: {
    title: 'nerdctl extras/rootless/containerd-rootless-setuptool.sh',
    establishes:
      '在 `systemctl --user show-environment` 失败时，安装工具先于其他任何步骤以“[ERROR] Needs systemd (systemctl --user)”退出；它的检查（`install` 会先运行检查）随后直接运行 `rootlesskit`，并不先确认它已安装：没有安装时，shell 会报告找不到该命令（“rootlesskit: not found”，bash 则是“rootlesskit: command not found”），工具随即以“[ERROR] RootlessKit failed, see the error messages and https://rootlesscontaine.rs/getting-started/common/ .”退出。',
  },
  mobyRootlessScriptBeforePasta: {
    title: 'moby contrib/dockerd-rootless.sh：支持 pasta 之前的版本（commit 0ab3746）',
    establishes: `支持 pasta 之前的脚本：已安装 slirp4netns（${fact('slirpAutodetect')} 及以上）就用它，否则用 vpnkit；端口驱动为 \`builtin\`；自动检测到 slirp4netns 时 MTU 为 ${fact('mtuPasta')}，否则为 ${fact('mtuLegacy')}。`,
  },
  mobyPr47103: {
    title: 'moby/moby#47103：rootless 模式正式支持 --net=host 和本机镜像仓库',
    establishes: '使用 `--detach-netns` 时，dockerd-rootless.sh 让守护进程运行在宿主机的网络命名空间里；RootlessKit 创建的网络命名空间被单独放在它的状态目录下，容器的命名空间在其中创建。',
  },
  mobyRootlesskitInstaller: {
    establishes: '每个 Docker Engine 版本打包进 docker-ce-rootless-extras 的 RootlessKit 版本。',
  },
  debianDockerIo: {
    title: 'Debian 软件包 docker.io',
    establishes: 'Debian 和 Ubuntu 自己打包的 Docker Engine：发行版的构建，而不是 Docker 官方的 docker-ce。',
  },
  debianDocker: {
    title: 'Debian 软件包 docker',
    establishes: 'Debian 中名为“docker”的软件包不是 Docker：它是 wmdocker 的过渡包，wmdocker 是 KDE3/GNOME2 停靠（docklet）程序的系统托盘。那里的 Docker Engine 是 docker.io，或 Docker 官方的 docker-ce。',
  },
  fedoraMobyEngine: {
    title: 'Fedora 软件包 moby-engine',
    establishes: 'Fedora 自己打包的 Docker Engine：发行版的构建，而不是 Docker 官方的 docker-ce。',
  },
  alpineDockerApkbuild: {
    title: 'Alpine aports community/docker/APKBUILD',
    establishes: 'Alpine 的 docker 是元软件包：Docker Engine（dockerd）在它的子软件包 docker-engine 里，是发行版的构建。',
  },
  docker23ReleaseNotes: {
    title: `Docker Engine ${fact('dockerRootlessComponents')} 发布说明`,
    establishes: `${fact('dockerRootlessComponents')} 开始报告 RootlessKit、slirp4netns 和 VPNKit 的版本（moby#42330）：更早的 rootless 守护进程，\`docker version\` 里没有 rootlesskit 组件。`,
  },
  mobyInfoUnix: {
    establishes: '`docker version` 显示带 NetworkDriver 和 PortDriver 的 rootlesskit 组件（`implicit` 时没有 PortDriver；从不显示 pasta 组件）。',
  },
  moby51685: {
    establishes: `从 Docker ${fact('dockerTagPrefix')} 起，moby 的发布 tag 以 \`docker-v\` 开头（这个拉取请求合并的就是这样的 tag）；更早的 tag 只以 \`v\` 开头。`,
  },
  mobyPr49304: {
    title: `moby/moby#49304：${fixedLine} 分支升级到 RootlessKit ${fact('rlkFixed', { v: true })}`,
    establishes: `修复通过这个对 moby#49303 的回移进入 Docker ${fact('dockerFixed')}（${fact('dockerFixedDate')}）。`,
  },
  mobyPr49303: {
    title: `moby/moby#49303：master 分支升级到 RootlessKit ${fact('rlkFixed', { v: true })}`,
    establishes: `moby 的 master 分支升级到 RootlessKit ${fact('rlkFixed', { v: true })}。`,
  },
  mobyPr51149: {
    title: 'moby/moby#51149：dockerd-rootless.sh 回退到 pasta（回移到 #51162）',
    establishes: `从 Docker ${fact('dockerPastaFallback')} / ${fact('dockerPastaFallback29')} 起，脚本依次尝试 slirp4netns、pasta（端口驱动 \`implicit\`，MTU ${fact('mtuPasta')}）和 vpnkit。`,
  },
  moby51143: {
    establishes: '为什么 Docker 在没有安装 slirp4netns 时开始选用 pasta。',
  },
  moby47765: {
    title: `moby/moby#47765：显式设置网络驱动时 MTU 为 ${fact('mtuLegacy')}`,
    establishes: `在 Docker ${fact('dockerLastMtu1500')} 及更早的版本上，显式设置网络驱动会让 MTU 默认为 ${fact('mtuLegacy')}。`,
  },
  moby49499: {
    title: `moby/moby#49499：Docker ${fact('dockerSlirpRegression')} 在 slirp4netns 端口驱动上的回归`,
    establishes: `Docker ${fact('dockerSlirpRegression')} 在 slirp4netns 端口驱动上的回归。`,
  },
  moby51591: {
    title: `moby/moby#51591：升级到 Docker ${fact('dockerSlirpBindRegression')} 之后，rootless Docker 搭配 slirp4netns 端口驱动时网络失效`,
    establishes: `使用 slirp4netns 端口驱动时，Docker ${fact('dockerSlirpBindRegression')} 起、${fact('dockerSlirpBindFixed')} 之前的版本会以“failed to bind host port ${fact('rlkChildAddress')}:PORT/tcp: address already in use”拒绝每一个发布的端口，无论选哪个端口；issue 里给出的绕过办法是改用 pasta。`,
  },
  moby52641: {
    title: `moby/moby#52641：${fact('dockerGvisorFallback')}+ 启用 detach-netns 时找不到 slirp4netns`,
    establishes: `Docker ${fact('dockerGvisorFallback')}+ 启用 detach-netns 时出现的问题；绕过办法是 \`DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=false\`。`,
  },
  rootlesskitMainPesto: {
    title: 'rootlesskit cmd/rootlesskit/main.go（9b66c79 版，有 pesto 之后）',
    establishes: 'RootlessKit 在检查网络驱动之前就拒绝端口驱动“pasta”，报错“unknown port driver "pasta": did you mean "pesto"?”；pasta 可搭配的端口驱动是 none、implicit 或 pesto。',
  },
  moby51541: {
    title: `moby/moby#51541：升级到 Docker ${fact('dockerIpv6Forwarding')} 之后，用内核参数关闭了 IPv6 的主机上 rootless Docker 无法启动`,
    establishes: `Docker ${fact('dockerIpv6Forwarding')} 起的 dockerd-rootless.sh 会在 RootlessKit 的命名空间里执行 sysctl -w net.ipv6.conf.all.forwarding=1；主机用 ipv6.disable=1 启动时，它以“sysctl: cannot stat /proc/sys/net/ipv6/conf/all/forwarding”退出。绕过办法是去掉这个启动参数，改用 sysctl 关闭各网卡的 IPv6。`,
  },
  mobyPr51543: {
    title: 'moby/moby#51543：rootless 模式下打开 IPv6 转发失败时不再退出（回移）',
    establishes: 'dockerd-rootless.sh 不再理会打开 IPv6 转发失败的错误，rootless Docker 因而能在关闭了 IPv6 的主机上启动。',
  },
  dockerContextUse: {
    title: 'Docker CLI 参考：docker context use',
    establishes: 'docker context use 设置默认的 context；没有设置 DOCKER_HOST、DOCKER_CONTEXT 环境变量，也没有给出 --host、--context 选项时，客户端就用它。特殊的 default context 表示不使用 context。',
  },
  rootlesskitBuiltinParent: {
    title: 'rootlesskit pkg/port/builtin/parent/parent.go（commit 682f4ef）',
    establishes:
      "builtin 端口驱动的父进程，即 RootlessKit 在宿主机上的进程，在宿主机上打开 AddPort 要求的每个端口（TCP 或 UDP）。它无法在宿主机上绑定低于 /proc/sys/net/ipv4/ip_unprivileged_port_start 的端口（permission denied）时，RootlessKit 报告“cannot expose privileged port N, you can add 'net.ipv4.ip_unprivileged_port_start=N' to /etc/sysctl.conf (currently M)”，只有以 rootlesskit 的名字运行时才加上“or set CAP_NET_BIND_SERVICE on rootlesskit binary”，最后是“or choose a larger port number (>= M)”。Podman 的 rootlessport 不给出文件能力的建议：Podman 在用户命名空间内启动端口驱动的父进程，文件能力在那里不起作用。",
  },
  mobyDaemonCommand: {
    title: 'moby daemon/command/daemon.go',
    establishes: 'dockerd 在启动过程中遇到让它停下的错误时，会把它包装成“failed to start daemon: <原因>”，退出时打印出来。',
  },
  moby51363: {
    title: 'moby/moby#51363：网络驱动设为 host 时 rootless Docker 守护进程无法启动',
    establishes: 'rootless 守护进程在设置网络时停下，日志最后一行是“failed to start daemon: Error initializing network controller: …”。设置 DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host 时，RootlessKit 先拒绝端口驱动（“port driver requires non-host network”）；端口驱动设为 none 时，dockerd 就这样失败。',
  },
  dockerRootlessTroubleshoot: {
    title: 'Docker 文档：Rootless mode 的 Troubleshooting 一节（commit 89344f4 的源文件）',
    establishes:
      'RootlessKit 的“failed to start the child: fork/exec /proc/self/exe: operation not permitted”多半是因为 kernel.unprivileged_userns_clone=0，“no space left on device”则是因为 user.max_user_namespaces=0；修复方法是在 /etc/sysctl.d 中设置 kernel.unprivileged_userns_clone=1 或 user.max_user_namespaces=28633，再运行 sysctl --system。在 Ubuntu 上，受限的非特权用户命名空间需要给 rootlesskit 一个 AppArmor 配置文件：用 docker-ce-rootless-extras 的 deb 软件包安装时，它随 apparmor 软件包提供；用安装脚本安装时，则要手动添加。宿主机端口小于 1024 时，docker run -p 报错“cannot expose privileged port”：改用非特权端口（用 8080 而不是 80），或者按使用技巧一页的说明允许特权端口。在 rootless 模式下，--net=host 不会在宿主机的网络命名空间里监听端口：这是预期的行为，因为守护进程处在 RootlessKit 的网络命名空间里；请改用 docker run -p。',
  },
  dindEntrypoint: {
    title: 'docker-library/docker 29/dind/dockerd-entrypoint.sh（docker:dind 镜像的入口脚本，commit 0342ade）',
    establishes:
      '以 root 以外的用户运行时（dind-rootless 变体），如果 kernel.unprivileged_userns_clone 不是 1 或 user.max_user_namespaces 为 0，入口脚本会在启动 RootlessKit 之前以“attempting to run rootless dockerd but need …”停止；否则它自己启动 RootlessKit，不运行 dockerd-rootless.sh：`rootlesskit --net="${DOCKERD_ROOTLESS_ROOTLESSKIT_NET:-slirp4netns}" --mtu="${DOCKERD_ROOTLESS_ROOTLESSKIT_MTU:-1500}" --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run ${DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS:-}`，所以在这个脚本的变量中它只读取 NET、MTU 和 FLAGS，而且 FLAGS 排在它自己的参数之后。设置了 DOCKER_TLS_CERTDIR 时，它生成 TLS 证书，并以 --tlsverify 监听 tcp://0.0.0.0:2376；DOCKER_TLS_CERTDIR 为空时（-e DOCKER_TLS_CERTDIR=\'\'）监听 tcp://0.0.0.0:2375。',
  },
  dindRootlessDockerfile: {
    title: 'docker-library/docker 29/dind-rootless/Dockerfile（docker:dind-rootless 镜像，commit 1596d25）',
    establishes:
      '这个镜像基于 docker:29-dind 构建，用 apk add --no-cache 安装 iproute2、fuse-overlayfs 和 slirp4netns（可以用 -e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns 选用 slirp4netns），并从 Docker 官方静态 docker-rootless-extras 压缩包（download.docker.com/linux/static/stable，与镜像本身的 Docker 版本相同）中解出 rootlesskit 和 vpnkit；最后切换到 USER rootless。27 系列的 Dockerfile（commit 49e7a0a）安装 iproute2 和 fuse-overlayfs，不装 slirp4netns。',
  },
  dindRootlessVariant: {
    title: 'docker-library/docs：docker:dind-rootless 变体（commit 544b0cb）',
    establishes:
      '和普通的 dind 镜像一样，docker:dind-rootless 需要 --privileged 才能工作。它的守护进程在日志中打印“API listen on /run/user/1000/docker.sock”；用 docker exec 经由 docker-entrypoint.sh 启动的 shell 会自动设置好 DOCKER_HOST。',
  },
  dockerRootlessTips: {
    title: 'Docker 的 rootless 文档：使用技巧（content/manuals/engine/security/rootless/tips.md，commit bb8ab92）',
    establishes:
      '以 -H tcp://0.0.0.0:2376 运行 dockerd-rootless.sh，并设置 DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="-p 0.0.0.0:2376:2376/tcp"，rootless 守护进程就通过 TCP 提供 API；要通过 SSH 访问它，远程主机上必须设置 $DOCKER_HOST（ssh -l REMOTEUSER REMOTEHOST \'echo $DOCKER_HOST\' 显示 unix:///run/user/1001/docker.sock）。没有 systemd 时，直接用 dockerd-rootless.sh 运行守护进程，要设置 $HOME，并把 $XDG_RUNTIME_DIR 设为只有该用户能访问的目录，例如 ~/.docker/run，不要放在 /tmp 下，并且每次主机关机时都要删除。要暴露特权端口（小于 1024），给 rootlesskit 可执行文件设置 CAP_NET_BIND_SERVICE（sudo setcap cap_net_bind_service=ep $(which rootlesskit)）并重启守护进程，或者在 /etc/sysctl.conf（或 /etc/sysctl.d）中加入 net.ipv4.ip_unprivileged_port_start=0，再运行 sudo sysctl --system。',
  },
  systemdSdDaemon: {
    title: 'systemd src/libsystemd/sd-daemon/sd-daemon.c（commit b6c421a）',
    establishes: 'systemctl 连接系统管理器之前调用的 sd_booted() 只检查 /run/systemd/system/ 是否存在：系统是否以 systemd 为 PID 1 运行，就看这个目录。',
  },
  wslConfig: {
    title: 'Microsoft 的 WSL 文档：wsl-config.md，systemd 支持（commit 3ca3001）',
    establishes: '要在 WSL 发行版中启用 systemd，用 sudo 在 /etc/wsl.conf 中加入 [boot] 和 systemd=true，在 PowerShell 中用 wsl.exe --shutdown 关闭发行版，重启后用 systemctl list-unit-files --type=service 检查；这需要较新的 WSL（wsl --version）。',
  },
  composeV1Errors: {
    title: 'docker/compose compose/cli/errors.py，Python 版的 docker-compose（commit 047cebc）',
    establishes: 'Python 写的 docker-compose 连不上守护进程时说“Couldn\'t connect to Docker daemon at URL - is it running?”，URL 是它的客户端的基础 URL。',
  },
  dockerCliHosts: {
    title: 'docker/cli opts/hosts.go（commit 16264a0）',
    establishes: 'Docker 的客户端把 //./pipe/docker_engine 称为“Windows 上 docker 使用的默认命名管道”。',
  },
  dockerPostinstall: {
    title: 'Docker 文档：Linux 安装后的步骤（commit 0318169）',
    establishes: '系统级守护进程绑定的 Unix 套接字归 root 所有，其他用户只能用 sudo 或作为 docker 组成员使用它；这个组等于给了 root 级别的权限。要不用 root 运行守护进程，用 rootless 模式。',
  },
  xdgBasedir: {
    title: 'XDG Base Directory 规范：XDG_RUNTIME_DIR',
    establishes: '用户的运行时目录（rootless 守护进程的套接字就在这里）必须归该用户所有，并且只有该用户能读写：权限是 0700。',
  },
  theLounge194: {
    title: 'thelounge/thelounge-docker#194：发布在所有地址上的端口出现连接重置',
    establishes: '端口以“9000:9000”发布（所有地址），而应用在容器里被设置为监听 host“127.0.0.1”时，wget 访问 127.0.0.1:9000 读到“Connection reset by peer”；改成“0.0.0.0”后解决。',
  },
  forWin7186: {
    title: 'docker/for-win#7186：docker run 的回答是 open \\\\.\\pipe\\docker_engine_linux',
    establishes: '在 Docker Desktop for Windows 上，docker run 失败，报“Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: The system cannot find the file specified.”；报告者把 Docker Desktop 恢复出厂设置后解决。',
  },
  podmanWindows: {
    title: 'Podman 教程：Podman for Windows（commit 07ba51d）',
    establishes: 'podman machine start 启动 Podman 机器，它在 npipe:////./pipe/docker_engine 上转发 Docker 的 API，Docker API 客户端默认就找这里；这个管道被其他进程占用时，改用 npipe:////./pipe/podman-machine-default。',
  },
  dockerDocs21619: {
    title: 'docker/docs#21619：Docker Desktop CLI 的文档',
    establishes: `Docker Desktop CLI（docker desktop start、stop、restart、status）从 Docker Desktop ${fact('dockerDesktopCli')} 起提供。`,
  },
  dockerPyClient: {
    title: 'docker/docker-py docker/api/client.py',
    establishes: 'Python 版 Docker SDK（Python 写的 docker-compose 用的就是它）给基础 URL 起的名字：Unix 套接字是 http+docker://localhost，Windows 命名管道是 http+docker://localnpipe，SSH 是 http+docker://ssh。',
  },
  dockerDesktopMac: {
    title: 'Docker 文档：Mac 上 Docker Desktop 的权限（commit 0addb4c）',
    establishes: 'Mac 上的 Docker Desktop 把 Docker 守护进程和容器运行在 Docker 管理的 Linux 虚拟机里。它的套接字是 /Users/<user>/.docker/run/docker.sock（只有选了那个选项，才会从 /var/run/docker.sock 链接过去）；Docker Desktop 启动时把当前 context 设为 desktop-linux。',
  },
  dockerDesktopLinux: {
    title: 'Docker 文档：Docker Desktop for Linux 与 Docker Engine（commit bc4fb3e）',
    establishes: 'Docker Desktop for Linux 在虚拟机里运行它的 Docker Engine（它选择了虚拟机，而不是 rootless Docker），与主机上的 Docker Engine 并存。启动时它把自己的 context desktop-linux（unix:///home/<user>/.docker/desktop/docker.sock）设为当前 context，退出时改回 default。',
  },
  dockerDesktopLinuxStart: {
    title: 'Docker 文档：启动 Docker Desktop for Linux（commit c50bc4f）',
    establishes: 'Docker Desktop for Linux 可以从桌面的应用程序中启动，也可以在终端里用 systemctl --user start docker-desktop 启动。',
  },
  dockerDesktopCli: {
    title: 'Docker 文档：Docker Desktop CLI（commit 00ba4d3）',
    establishes: 'docker desktop start 启动 Docker Desktop，docker desktop status 显示它是否在运行。',
  },
  dockerEngineWindows: {
    title: 'Docker 文档：用二进制文件安装 Docker Engine（commit 0b99715）',
    establishes: '安装在 Windows Server 上的 Docker Engine 只运行 Windows 容器，是一个用 Start-Service docker 启动的服务；在 Windows 10 和 11 上，Docker 推荐改用 Docker Desktop。macOS 的二进制文件只有客户端：守护进程必须运行在虚拟机里，或远程的 Linux 机器上。',
  },
  rootlesskitWarn: {
    title: 'rootlesskit pkg/parent/warn.go',
    establishes: 'RootlessKit 启动子进程时遇到 EACCES，而 /proc/sys/kernel/apparmor_restrict_unprivileged_userns 为 1（较新的 Ubuntu 提供这项设置，并默认开启）时，会警告原因可能是 AppArmor 对非特权用户命名空间的限制。',
  },
  dockerReleaseNotes29: {
    title: 'Docker Engine 29 发布说明（commit ae49ec2）',
    establishes: `Docker Engine ${fact('dockerIpv6ForwardingFixed')}（${fact('dockerIpv6ForwardingFixedDate')}）修复了“rootless Docker 在关闭了 IPv6 的主机上无法启动”的问题（moby#51543），并在 ${fact('dockerIpv6ForwardingFixed291')}（${fact('dockerIpv6ForwardingFixed291Date')}）下再次列出同一修复；${fact('dockerSlirpBindFixed')}（${fact('dockerSlirpBindFixedDate')}）修复了“rootless 模式下使用 slirp4netns 时无法映射端口”的问题（moby#51616，它修复了 moby#51591）。`,
  },
  dockerReleaseNotes28: {
    title: 'Docker Engine 28 发布说明（commit 0583f11）',
    establishes: `Docker Engine ${fact('dockerSlirpFixed')} 修复了“protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns"”这个回归（moby#49514）。`,
  },
  dockerCli7229: {
    title: 'docker/cli#7229：通过 ssh:// 连接时，连接错误里写的是占位主机 http://docker.example.com',
    establishes:
      '使用 ssh:// 地址时，客户端以 http://docker.example.com 作为占位 URL，连接失败时打印的也是它（“Cannot connect to the Docker daemon at http://docker.example.com”），让用户以为客户端连的是 docker.example.com，而不是自己设置的主机（在 docker/cli#5604 中报告）。',
  },
  dockerCliEntrypoint: {
    title: 'docker-library/docker 29-rc/cli/docker-entrypoint.sh（docker 镜像的入口脚本，commit f193ec4）',
    establishes:
      '没有 DOCKER_HOST、也没有套接字（既没有 /var/run/docker.sock，也没有 rootless 的套接字）时，如果 $DOCKER_TLS_CERTDIR/client 中有 ca.pem、cert.pem 和 key.pem（或者设置了 DOCKER_TLS_VERIFY），入口脚本把 DOCKER_HOST 设为 tcp://docker:2376，否则设为 tcp://docker:2375。',
  },
  gitlabDockerTroubleshoot: {
    title: 'GitLab 文档：Troubleshooting Docker Build（commit 0286e4c）',
    establishes:
      '使用 Docker-in-Docker 时会出现“Cannot connect to the Docker daemon at tcp://docker:2375”，因为 Docker 自动以 TLS 启动；使用 Kubernetes executor 时，服务还没完全启动就被访问也会这样。服务的镜像名包含仓库地址时会出现“no such host”（要加上别名 docker）；dind 服务没能启动时也会（它的日志里有 mount: permission denied，这时 runner 需要 privileged = true）。',
  },
  urfaveStringFlag: {
    title: 'urfave/cli flag_string.go（commit 04f5ff0）：RootlessKit 定义的字符串参数，例如 --port-driver 和 --net',
    establishes: 'StringFlag 通过 set.String 注册到 Go 的 flag.FlagSet 上，读出时只有一个值：解析器在每次出现时都重新设置它，所以同一个参数在 RootlessKit 的命令行上出现两次时，取后面的值（--port-driver=builtin --port-driver=implicit 运行的是 implicit）。',
  },
  gitlabServicesVariables: {
    title: 'GitLab 文档：CI/CD YAML 语法参考，services:variables',
    establishes: '作业的 services: 指定 GitLab 在作业容器旁启动的镜像（services:name，必要时带上仓库路径）；services:variables 是只传给服务容器、不传给作业容器的环境变量。',
  },
  gitlabServices: {
    title: 'GitLab 文档：Services',
    establishes: '服务的镜像用来创建另一个容器，与作业的容器并列，作业的容器可以访问它：在 Docker executor 下，两者是各自独立的容器。',
  },
  gitlabKubernetesExecutor: {
    title: 'GitLab Runner 文档：Kubernetes executor',
    establishes: 'Kubernetes executor 为每个作业创建一个 pod，其中有构建容器、辅助容器，每个服务各一个容器：服务和容器运行在同一个 pod 里，共用同一个 localhost 地址。',
  },
  mobyPr48683: {
    title: 'moby/moby#48683：安装工具的 --force 忽略试运行的错误',
    establishes: '加上 --force 后，安装工具的 install 会忽略它试运行 RootlessKit 时的错误；在镜像里用 RUN 指令安装 Rootless Docker 时，这个试运行会失败。',
  },
  rootlesskit425: {
    title: 'rootless-containers/rootlesskit#425：安装工具的试运行在 docker build 中失败',
    establishes: '安装工具对 RootlessKit 的试运行在 docker build 中会失败；dockerd-rootless-setuptool.sh install 是为 systemd 环境设计的，在 Dockerfile 里运行它没有意义。',
  },
  rootlesskit326: {
    title: 'rootless-containers/rootlesskit#326：自己编译的 newuidmap 失败，软件包里的可以',
    establishes:
      '使用从 shadow 源码编译、装在用户主目录里的 newuidmap 时，RootlessKit 以“newuidmap … failed: newuidmap: write to uid_map failed: Operation not permitted”失败；安装 uidmap 软件包后就正常了。',
  },
  moby41812: {
    title: 'moby/moby#41812：rootless Docker 无法运行（newuidmap: Could not set caps）',
    establishes: 'RootlessKit 以“newuidmap … failed: newuidmap: Could not set caps”失败；RootlessKit 的维护者要求确认 /usr/bin/newuidmap 带有 setuid 位，或者至少带有 CAP_SETUID 文件能力。',
  },
  buildkit3297: {
    title: 'moby/buildkit#3297：newuidmap: write to uid_map failed: Operation not permitted',
    establishes: 'RootlessKit 的维护者对 rootless 镜像的这个错误的答复是：也许已经在某个用户命名空间里运行，例如 LXD；不在任何用户命名空间里时，cat /proc/self/uid_map 显示“0 0 4294967295”。',
  },
  buildkitRootless: {
    title: 'BuildKit：rootless 模式（docs/rootless.md）',
    establishes: 'rootless BuildKit 在 RootlessKit 里运行它的守护进程（`rootlesskit buildkitd`）；moby/buildkit:rootless 镜像以非特权用户这样运行它。',
  },
  rootlesskit476: {
    title: 'rootless-containers/rootlesskit#476：/etc/subuid 中该用户有多行时 newuidmap 报 Invalid argument',
    establishes:
      '/etc/subuid 在一个范围之外还把该用户自己的 ID 给了它（dog:1001:1）时，RootlessKit 的映射“0 1001 1 1 1001 1 2 165536 65536”以“write to uid_map failed: Invalid argument”失败；去掉这一行就正常了。RootlessKit 后来的拉取请求 #623 把用户自己的 ID 从范围中排除，并给出警告。',
  },
  rootlesskit418: {
    title: 'rootless-containers/rootlesskit#418：在 docker:dind-rootless 中客户端连不上守护进程',
    establishes:
      '在 docker:dind-rootless 容器里，docker info 报告“Cannot connect to the Docker daemon at unix:///var/run/docker.sock”；RootlessKit 的维护者答复说必须显式设置 DOCKER_HOST（DOCKER_HOST=unix:///run/user/1000/docker.sock docker info），而默认设置它的拉取请求被拒绝了。',
  },
  rootlesskit229: {
    title: 'rootless-containers/rootlesskit#229：RootlessKit 在设置 tap0 时出错退出',
    establishes: 'RootlessKit 在“setting up tap tap0: executing [[… ip tuntap add name tap0 mode tap] …]: exit status 1”处失败时，它的维护者的答复是确保 /dev/net/tun 可写，这样 rootless Docker 就能运行了。',
  },
  rootlesskit299: {
    title: 'rootless-containers/rootlesskit#299：启动 rootless Docker 时 exit status 1，之前是 open: No such device',
    establishes: 'ip 的“open: No such device”紧接在 RootlessKit 的“failed to setup network … setting up tap tap0: executing [[… ip tuntap add name tap0 mode tap] …]”之前。',
  },
  kernelTuntap: {
    title: 'Linux 内核文档：Universal TUN/TAP device driver',
    establishes: '程序通过字符设备 /dev/net/tun 创建 tun 和 tap 设备，这个设备由 tun 驱动提供（编进内核，或者作为 tun 模块加载：modprobe tun）。',
  },
  mobyPr51395: {
    title: 'moby/moby#51395：dockerd-rootless.sh 拒绝 host 网络驱动（#51379 的回移）',
    establishes: 'RootlessKit 的 host 网络驱动不能与 Docker 一起工作：dockerd-rootless.sh 会以“Unsupported RootlessKit network driver: host”停止。要减少网络开销，这个拉取请求建议用 bypass4netns，或者在分离的网络命名空间下使用 docker run --net=host。',
  },
  dockerEngineInstall: {
    title: 'Docker 文档：Install Docker Engine（源文件，提交 10bb2c2）',
    establishes: 'Docker 为 CentOS、Debian、Fedora、Raspberry Pi OS（32 位）、RHEL、SLES（s390x）和 Ubuntu 发布 Docker Engine 软件包，并提供可用于任何 Linux 发行版的静态链接二进制文件；其他发行版自己的 Docker Engine 软件包由发行版构建和维护，可能与官方不同。',
  },
  dockerRootlessInstall: {
    title: 'docker-install 的 rootless-install.sh（get.docker.com/rootless）',
    establishes: 'rootless 安装脚本先打印它要安装的版本（“# Installing stable version …”），再检查前提条件（newuidmap、iptables 及其内核模块、用户命名空间的 sysctl），缺少时以“Missing system requirements”停止，并打印提供它们的命令；~/bin/dockerd 已存在或 rootful Docker 正在运行时它也会停止。否则它把 Docker 自己构建的该版本静态二进制（download.docker.com 上的 docker 和 docker-rootless-extras 两个 tarball）安装在 ~/bin 下。',
  },
  glibcTranslations: {
    title: 'glibc 对其消息的翻译（po/）',
    establishes: 'strerror(ECONNRESET)，即“Connection reset by peer”，在 C 库的各个译本中的写法（msgid 位于 sysdeps/gnu/errlist.h）。',
  },
  debianLibcL10n: {
    title: 'Debian bookworm 的 libc-l10n（较早版本 glibc 的消息译文）',
    establishes: 'strerror(ECONNRESET)，即“Connection reset by peer”，在较早版本的 glibc（Debian bookworm 所带的版本）各个译本中的写法。',
  },
  wgetReadError: {
    title: 'wget 的 src/http.c（commit cb5c287）',
    establishes: 'wget 读取响应头失败时报告“Read error (%s) in headers.”，括号里是 C 库对该错误的描述；它的译文保留这对括号（“Lesefehler (%s) beim Vorspann (header).”）。',
  },
  mobyDaemonInfo: {
    title: 'moby daemon/info.go（fillSecurityOptions）',
    establishes: '守护进程报告、docker info 列出的安全选项：apparmor、seccomp（及其 profile）、selinux、userns、rootless、cgroupns 和 no-new-privileges，各自只在适用时出现。',
  },
  curlWinsockErrors: {
    title: 'curl lib/strerror.c（Winsock 错误，commit 0088382）',
    establishes: 'Windows 版 curl 自己给出 Winsock 错误的文字：连接被重置（WSAECONNRESET）写作“Connection was reset”。',
  },
  goSyscallErrors: {
    title: 'Go src/syscall/zerrors_linux_amd64.go（错误表）',
    establishes: 'Go 自己给出 ECONNRESET 的文字，且为小写：“connection reset by peer”，Go 程序的错误以它结尾，例如“read tcp 127.0.0.1:51512->127.0.0.1:9090: read: connection reset by peer”。',
  },
  nodeSystemErrors: {
    title: 'Node.js doc/api/errors.md（系统错误）',
    establishes: 'Node.js 系统错误的消息写出系统调用和错误代码，如“read ECONNRESET”或“connect ECONNRESET 127.0.0.1:8080”；ECONNRESET 即“Connection reset by peer”。',
  },
  chromiumNetErrors: {
    title: 'Chromium net/base/net_error_list.h',
    establishes: 'Chromium（Chrome、Edge）在错误页上把被 TCP RST 重置的连接称为 ERR_CONNECTION_RESET。',
  },
  libpqSecure: {
    title: 'PostgreSQL src/interfaces/libpq/fe-secure.c（commit 36d1087）',
    establishes: 'libpq（psql 以及所有基于它的客户端）把连接被重置（ECONNRESET 或 EPIPE）写作“server closed the connection unexpectedly”，后面跟着“This probably means the server terminated abnormally”。',
  },
  kindPodmanProvider: {
    title: 'kind pkg/cluster/internal/providers/podman/provider.go（kind 的 Podman provider，commit 00ec5e9）',
    establishes: '由 Podman 而不是 Docker 运行 kind 的节点时，kind 会打印“enabling experimental podman provider”。',
  },
  curlRecvFailure: {
    title: 'curl lib/cf-socket.c',
    establishes: 'curl 把接收失败报告为“Recv failure: ”加上 C 库对该错误的描述；它自己的这部分文字不翻译。',
  },
  dpkgTranslations: {
    title: 'dpkg 对其消息的翻译（po/）',
    establishes: 'dpkg 的“Setting up %s (%s) ...”在它的各个译本中的写法。',
  },
  aptMark: {
    title: 'apt-mark(8)',
    establishes: '`apt-mark hold` 让软件包不被升级，`apt-mark showhold` 每行列出一个被锁定的软件包，`apt-mark unhold` 解除锁定。',
  },
  zypperLocks: {
    title: 'zypper 的锁定命令（src/commands/locks）',
    establishes: '`zypper locks`（`ll`）把每个软件包锁列为表格的一行（编号、名称、类型、软件源），`zypper addlock`（`al`）回答“Specified lock has been successfully added.”，`zypper removelock`（`rl`）回答“1 lock has been successfully removed.”；被锁定的软件包不会被升级。',
  },
  zypperInfo: {
    title: 'zypper 的 zypper info（src/info.cc）',
    establishes: '`zypper info` 在 Version 下写的是可用的最新版本；已安装的是较旧的版本时，它的 Status 写作“out-of-date (version %s installed)”，已安装的版本只在这里写出。',
  },
  libzyppHistory: {
    title: 'libzypp 的历史日志（zypp/HistoryLogData.cc）',
    establishes: 'zypper 把它安装或升级的每个软件包写入 `/var/log/zypp/history`，每行一条，各字段以 `|` 分隔：日期（`YYYY-MM-DD HH:MM:SS`）、操作（`install`，或补足到七个字符的 `remove `）、软件包名、版本和发布号、架构等。',
  },
  aptTranslations: {
    title: 'apt 对其消息的翻译（po/）',
    establishes: 'apt 以用户的语言输出时，`apt-cache policy`（以及 `apt policy`）写在已安装版本之前的标签：“Installiert:”“Installé :”“Instalados:”“Установлен:”“インストールされているバージョン:”“已安装：”（msgid 为“  Installed: ”）。',
  },
  dnfTranslationFr: {
    title: 'dnf 的法语译本（po/fr.po）',
    establishes: '法语的 `dnf info` 把软件包的名称标为“Nom”，把它的软件源标为“Dépôt”（msgid 为“Name”“Repo”“Repository”）；已安装的软件包的软件源是“@System”。',
  },
  pacmanTranslations: {
    title: 'pacman 对其消息的翻译（src/pacman/po/）',
    establishes:
      'pacman 以用户的语言输出时，`pacman -Qi` 给软件包的名称、版本和安装日期所用的标签（msgid 为“Name”“Version”“Install Date”）：法语“Nom”“Installé le”，德语“Installiert am”，西班牙语“Nombre”“Versión”“Fecha de instalación”，俄语“Название”“Версия”“Дата установки”，日语“名前”“バージョン”“インストール日時”，中文“名字”“版本”“安装日期”。',
  },
  zypperTranslationRu: {
    title: 'zypper 的俄语译本（po/ru.po）',
    establishes:
      '俄语的 `zypper info` 把软件包的名称标为“Имя”，版本标为“Версия”，状态标为“Состояние”；已安装的软件包的状态是“актуален”（up-to-date，最新）或“устарел (установлена версия %s)”（out-of-date (version %s installed)，已安装的是较旧的版本 %s）。',
  },
  zypperTranslationJa: {
    title: 'zypper 的日语译本（po/ja.po）',
    establishes:
      '日语的 `zypper info` 把软件包的名称标为“名前”，版本标为“バージョン”，状态标为“状態”；已安装的软件包的状态是“最新”（up-to-date）或“期限切れ (バージョン %s がインストールされています)”（out-of-date (version %s installed)，已安装的是较旧的版本 %s）。',
  },
  zypperTranslationDe: {
    title: 'zypper 的德语译本（po/de.po）',
    establishes:
      '德语的 `zypper info` 给软件包的名称、版本和状态所用的标签与英语相同（“Name”“Version”“Status”）；已安装的软件包的状态是“aktuell”（up-to-date，最新）或“veraltet (Version %s installiert)”（out-of-date (version %s installed)，已安装的是较旧的版本 %s）。',
  },
  zypperTranslationFr: {
    title: 'zypper 的法语译本（po/fr.po）',
    establishes:
      '法语的 `zypper info` 把软件包的名称标为“Nom”，版本标为“Version”，状态标为“État”；已安装的软件包的状态是“à jour”（up-to-date，最新）或“pas à jour (version %s installée)”（out-of-date (version %s installed)，已安装的是较旧的版本 %s）。',
  },
  zypperTranslationEs: {
    title: 'zypper 的西班牙语译本（po/es.po）',
    establishes:
      '西班牙语的 `zypper info` 把软件包的名称标为“Nombre”，版本标为“Versión”，状态标为“Estado”；已安装的软件包的状态是“actualizado”（up-to-date，最新）或“obsoleto (instalada la versión %s)”（out-of-date (version %s installed)，已安装的是较旧的版本 %s）。',
  },
  zypperTranslationZhCn: {
    title: 'zypper 的中文译本（po/zh_CN.po）',
    establishes:
      '中文的 `zypper info` 把软件包的名称标为“名称”，版本标为“版本”，状态标为“状态”；已安装的软件包的状态是“最新”（up-to-date）或“过时（已安装版本 %s）”（out-of-date (version %s installed)，已安装的是较旧的版本 %s）。',
  },
  aptShow: {
    title: 'apt 的 apt show（apt-private/private-show.cc）',
    establishes: '`apt show` 只在所写的版本就是已安装的版本时，才在它的记录里写出 `APT-Manual-Installed: yes`（作为依赖安装的则是 `no`）；仅由软件源提供的版本没有这个字段。',
  },
  debianBugReporting: {
    title: '如何用 reportbug 向 Debian 报告缺陷（How to report a bug in Debian）',
    establishes:
      '发给 Debian 缺陷跟踪系统的报告以一段伪头部开始：`Package:`（有缺陷的软件包）、`Version:`（它的版本），以及可选的 `Severity:`（critical、grave、serious、important、normal、minor 或 wishlist），每项都从行首写起；reportbug 写入的是已安装的版本。',
  },
  dpkgQuery: {
    title: 'dpkg-query(1)',
    establishes: '`dpkg -l` 每行开头的两个字母是软件包期望的操作和状态：`hi` 表示软件包被标记为锁定（hold）且已安装。`--get-selections` 写出每个软件包和它的选择状态，被锁定的是 `hold`。',
  },
  dockerInstall208: {
    title: 'docker/docker-install#208：Rootless docker, auto start problem（rootless Docker 自动启动的问题）',
    establishes: '设置 DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock 时 XDG_RUNTIME_DIR 为空，客户端便去连接 unix:///docker.sock；RootlessKit 的维护者答复：需要设置 XDG_RUNTIME_DIR。',
  },
  dockerCePackaging: {
    title: 'docker/docker-ce-packaging（docker-ce-rootless-extras 的 deb 和 rpm 打包规格）',
    establishes: `docker-ce-rootless-extras 的依赖：${rootlessExtrasDependencies.map((row) => `${row.series.replaceAll(', ', '、')} 上是 \`${row.depends}\``).join('，')}。`,
  },
  dockerStaticDownloads: {
    title: 'download.docker.com：静态的 docker 与 docker-rootless-extras 压缩包',
    establishes: '静态压缩包 `docker-rootless-extras-<version>.tgz`（内含 rootlesskit）按架构发布的位置。',
  },
  slirp4netnsRepo: {
    establishes: `slirp4netns 把 libslirp 封装在命名空间内的 tap 设备之后；除非指定 \`--disable-host-loopback\`，否则可以通过 ${fact('rlkGateway')} 访问宿主机回环。`,
  },
  libslirp: {
    title: 'libslirp（源自 QEMU 的用户态 TCP/IP 协议栈）',
    establishes: 'slirp4netns 在用户态运行的 TCP/IP 协议栈：它终结来自命名空间的数据包，再通过宿主机上的套接字重新发起连接。',
  },
  manUserNamespaces: {
    establishes: '非特权用户可以创建用户命名空间，并在其中拥有 capabilities，例如创建网络命名空间。',
  },
  manNetworkNamespaces: {
    establishes: '每个网络命名空间都有自己的网络接口、回环接口、地址、路由和套接字。',
  },
  manSplice: {
    establishes: 'splice(2) 借助管道在文件描述符之间移动数据，而不必把数据复制到用户空间；pasta 的本地路径就用它。',
  },
  nftablesHooks: {
    establishes: '发往本机进程的数据包经过 input 钩子；forward 钩子只看到被路由转发的流量。',
  },
  nftablesFamilies: {
    establishes: 'inet 族的表同时能看到 IPv4 和 IPv6 流量。',
  },
  dockerPublishedPorts: {
    title: 'Docker 文档：Networking overview，Published ports',
    establishes: '发布在 127.0.0.1 或 ::1 上的端口只能从 Docker 宿主机及其容器访问。',
  },
  dockerdReference: {
    title: 'Docker 文档：dockerd',
    establishes: '守护进程的选项 `--ip`（daemon.json 里的 `"ip"`，默认 0.0.0.0）：没有写地址的发布端口绑定到这个地址。',
  },
  dockerRootlessDocs: {
    title: 'Docker 文档：Rootless mode',
    establishes: '如何安装 rootless 模式（`dockerd-rootless-setuptool.sh`），以及如何作为用户服务运行。',
  },
  mobyRootlessSetuptool: {
    title: 'moby contrib/dockerd-rootless-setuptool.sh',
    establishes: '安装之前，安装工具会先试运行一次 RootlessKit；RootlessKit 失败时，它以“RootlessKit failed, see the error messages … Set --force to ignore.”结束（较早版本没有最后一句；加上 --force 时只给出警告）；没有 XDG_RUNTIME_DIR 时它也会停止，并指出原因（用 su 或 sudo 切换了用户）和解决办法（用 ssh 或 machinectl shell 以该用户登录，或者启用 lingering 并设置 XDG_RUNTIME_DIR）。',
  },
  dockerDocs14491: {
    title: 'docker/docs#14491（“dockerd-rootless-setuptool.sh install fails to detect systemd unless $XDG_RUNTIME_DIR is set first”）',
    establishes: '用 su 切换到的用户没有自己的登录会话：在那里，systemctl --user 打印“Failed to connect to bus: Operation not permitted (consider using --machine=<user>@.host --user to connect to bus of other user)”，安装工具也找不到 systemd；以这个用户通过 ssh 登录后，两者都正常。',
  },
  sudoersEnvReset: {
    title: 'sudo docs/sudoers.mdoc.in，sudoers(5)（commit effed9e）',
    establishes: 'env_reset 标志默认开启：sudo 在一个全新的最小环境中运行命令，不带调用者导出的变量（env_keep 列出的除外），除非以 -E 或 --preserve-env 运行 sudo 且策略允许。',
  },
  sudoPreserveEnv: {
    title: 'sudo docs/sudo.mdoc.in，sudo(8)（commit 0814749）',
    establishes: 'sudo -E（--preserve-env）要求保留调用者的环境；--preserve-env=list 只把它列出的逗号分隔的变量加进保留的变量里，可以给多次。短选项可以合写（-Eu USER），带值的选项（-u、-g、-C、-D、-p、-r、-t、-U、-T）结束这一组。-i（--login）运行目标用户的登录 shell，环境像登录时那样初始化；-s（--shell）运行一个 shell；两者都把命令交给这个 shell 的 -c 选项：命令的各个词以空格连接，除字母、数字、下划线、连字符和美元符号外的每个字符前都加反斜杠转义。',
  },
  doasManual: {
    title: 'OpenDoas doas.1，doas(1)（commit b861d07）',
    establishes: 'doas 以另一个用户（-u）在一个新环境中运行命令：为该用户设置 HOME、LOGNAME、PATH、SHELL 和 USER，继承 DISPLAY、TERM、XDG_RUNTIME_DIR 和 WAYLAND_DISPLAY，其余都不带，除非 doas.conf(5) 另有规定（规则里的 keepenv 保留调用者的环境：env.c）。它直接运行命令的各个词，不经过 shell。',
  },
  machinectlShell: {
    title: 'systemd man/machinectl.xml，machinectl(1) shell（commit 0183337）',
    establishes: 'machinectl shell USER@ 在一个新的登录会话中以该用户运行程序，与调用它的会话隔离：不继承其中任何环境变量（--setenv 可以设置一些）。machined 只运行以绝对路径指明的程序。',
  },
  utilLinuxSu: {
    title: 'util-linux login-utils/su.1.adoc，su(1)（commit 462fd30）',
    establishes: 'su 带 -、-l 或 --login 时启动登录 shell，清除除 TERM（以及 -w 列出的变量）以外的全部环境变量；不带时，su 保留调用者的环境，只设置 HOME 和 SHELL（目标用户不是 root 时还有 USER 和 LOGNAME）。-c 把一条命令交给这个 shell。',
  },
  utilLinuxRunuser: {
    title: 'util-linux login-utils/runuser.1.adoc，runuser(1)（commit 1b317ef）',
    establishes: 'runuser 只供 root 使用，以另一个用户运行命令：带 -u 时直接运行该命令（runuser -u USER -- COMMAND）；否则像 su 一样运行一个 shell。它保留调用者的环境，只改 HOME 和 SHELL（以及 USER 和 LOGNAME）；带 -、-l 或 --login 时清除除 TERM 以外的环境。',
  },
  systemdBusUtil: {
    title: 'systemd src/shared/bus-util.c（commit 8fd3ca7）',
    establishes: 'systemctl 连不上总线时打印的内容：缺少 XDG_RUNTIME_DIR（错误 ENOMEDIUM）时是“Failed to connect to bus: $DBUS_SESSION_BUS_ADDRESS and $XDG_RUNTIME_DIR not defined (…)”。在这个 commit 中，代码拿错误码和一个布尔值比较，所以这条提示永远不会打印，同样的情况显示为“Failed to connect to bus: No medium found”。对于系统管理器，如果 systemd 不是 PID 1，它打印“System has not been booted with systemd as init system (PID 1). Can\'t operate.”，接着是“Failed to connect to bus: Host is down”。',
  },
  systemdJobs: {
    title: 'systemd src/shared/bus-wait-for-jobs.c',
    establishes: 'systemctl 启动的单元失败时，它打印的那句话：“Job for <unit> failed because the control process exited with error code.”',
  },
  systemdUnitLog: {
    title: 'systemd src/core/unit.c',
    establishes: '单元失败时服务管理器记录的那句话：“<unit>: Failed with result \'<result>\'.”',
  },
  systemdExec: {
    title: 'systemd.exec(5)：进程退出码',
    establishes: '退出状态 203/EXEC：systemd 无法执行这个单元的程序（最可能是程序不存在或无法访问）。',
  },
  debianPasst: {
    title: 'Debian 软件包追踪系统：passt',
    establishes: `Debian 的 passt 软件包版本（\`${packagePattern('Debian, Ubuntu')}\`），这些版本也会进入 Ubuntu。`,
  },
  ubuntuPasst: {
    title: 'Ubuntu（Launchpad）：passt 源码包',
    establishes: `Ubuntu 的 passt 软件包版本；${fact('ubuntu2404')} 上的构建输出“pasta unknown version”。`,
  },
  fedoraPasst: {
    title: 'Fedora 软件包：passt',
    establishes: `Fedora 的 passt 软件包版本（\`${packagePattern('Fedora, RHEL')}\`），pasta 输出的也是这个版本号。`,
  },
  chimeraCports: {
    title: 'Chimera Linux cports（软件包配方）',
    establishes: `Chimera Linux 打包 passt 时，用以点分隔的日期作为版本号（\`${printedBy('Chimera Linux')}\`）。`,
  },
  alpinePasst: {
    title: 'Alpine Linux aports：passt 的 APKBUILD',
    establishes: `Alpine 构建 pasta 时以上游 tag 作为版本号（\`make VERSION="$_tag"\`），软件包版本则是以点分隔的日期加发布号（\`${packagePattern('Alpine Linux')}\`）。`,
  },
  launchpad2077158: {
    title: 'Launchpad bug #2077158：Ubuntu 上 AppArmor 阻止 RootlessKit 下的 pasta',
    establishes: `在 ${fact('ubuntu2310')} 和 ${fact('ubuntu2404')} 上，AppArmor 会阻止 RootlessKit 下的 pasta，直到按文档应用绕过办法。`,
  },
  ubuntuUsernsRestriction: {
    title: 'Ubuntu 博客：受限的非特权用户命名空间',
    establishes: 'Ubuntu 用 AppArmor 限制非特权用户命名空间（以防它们被用于提权），只有配置文件允许的程序才能使用；`kernel.apparmor_restrict_unprivileged_userns` 这个 sysctl 对整台宿主机开关这项限制。',
  },
  dnf5Versionlock: {
    title: 'DNF5 文档：versionlock 命令',
    establishes: 'dnf5 自带 `versionlock` 命令（`versionlock add` 把软件包锁在已安装的版本上，`versionlock delete` 解除锁定，`versionlock list` 在“Package name:”后列出每个被锁定的软件包）。',
  },
  dnfVersionlockPlugin: {
    title: 'dnf-plugins-core：DNF versionlock 插件',
    establishes: 'dnf4 的 `versionlock` 命令来自一个插件（在 Fedora 上是 python3-dnf-plugin-versionlock 包）。`versionlock list` 把每个锁写成 `名称-epoch:版本-发行号.*`；dnf 不会升级被锁定的软件包，`versionlock delete` 解除锁定。',
  },
  fedoraSwitchToDnf5: {
    title: 'Fedora 变更：改用 dnf5',
    establishes: '从 Fedora 41 起，`dnf` 命令由 dnf5 提供。',
  },
  opensuseDockerSpec: {
    title: 'openSUSE 的 docker.spec（Factory 软件包，镜像于提交 114f247）',
    establishes: 'openSUSE 自己打包 Docker Engine，软件包名为 `docker`，版本号是 Docker 的版本加上 `_ce`（`Version: %{real_version}_ce`）；由 zypper 安装和升级。',
  },
  nixosUpgrading: {
    title: 'NixOS 手册：Upgrading NixOS（nixpkgs 提交 044867d）',
    establishes: 'NixOS 的软件包来自频道（channel）：以 root 运行 `nixos-rebuild switch --upgrade` 会把系统升级到该频道的最新版本（等同于 `nix-channel --update nixos; nixos-rebuild switch`）。',
  },
  archPartialUpgrades: {
    title: 'ArchWiki：System maintenance，不支持部分升级',
    establishes: 'Arch Linux 不支持部分升级：软件包要随整个系统一起升级，即 `pacman -Syu`。',
  },
  apkUpgrade: {
    title: 'apk-tools：apk-upgrade(8)',
    establishes: 'Alpine Linux 的软件包管理器 apk 会把指定的软件包升级到仓库中的最新版本（`apk upgrade 软件包`），前提是先用 `apk update` 取得仓库的索引。',
  },
  gentooEmerge: {
    title: 'Portage：emerge(1)',
    establishes: 'Gentoo 的 emerge 用分类加名称指定软件包（`app-containers/rootlesskit`）：`--sync` 先取得 ebuild 仓库，`--update` 把软件包升级到最佳版本，`--oneshot` 不把它加入 world 集合，`--ask=n` 不提问。',
  },
  alpineSlirp4netns: {
    title: 'Alpine Linux 软件包：slirp4netns',
    establishes: 'Alpine Linux 在 community 仓库中以软件包 `slirp4netns` 提供 slirp4netns。',
  },
  alpineRootlesskit: {
    title: 'Alpine Linux 软件包：rootlesskit',
    establishes: 'Alpine Linux 在 community 仓库中以软件包 `rootlesskit` 提供 RootlessKit。',
  },
  gentooSlirp4netns: {
    title: 'Gentoo 软件包：app-containers/slirp4netns',
    establishes: 'Gentoo 的 ebuild 仓库把 slirp4netns 放在 app-containers 类别下：`app-containers/slirp4netns`。',
  },
  voidSlirp4netns: {
    title: 'void-packages：srcpkgs/slirp4netns',
    establishes: 'Void Linux 以软件包 `slirp4netns` 构建 slirp4netns。',
  },
  voidRootlesskit: {
    title: 'void-packages：srcpkgs/rootlesskit',
    establishes: 'Void Linux 以软件包 `rootlesskit` 构建 RootlessKit。',
  },
  voidPackageManagement: {
    title: 'Void Linux 手册：Package Management',
    establishes: 'Void Linux 用 xbps-install 更新软件包（`xbps-install -Su`），其软件包版本以下划线后的修订号结尾（`pkg-1.0_1`）。',
  },
  alpineOpenrc: {
    title: 'Alpine Linux wiki：OpenRC',
    establishes: 'Alpine Linux 的 init 系统是 OpenRC，而不是 systemd。',
  },
  osRelease: {
    title: 'systemd 手册：os-release(5)',
    establishes:
      '文件 /etc/os-release 描述操作系统：ID 是它的小写标识符（ID=fedora、ID=debian），VERSION_ID 是它的版本（VERSION_ID=17），PRETTY_NAME 是供显示的名称，ID_LIKE 列出它所派生自的系统的标识符，最接近的在前（ID_LIKE="rhel fedora"）；不认识该系统本身的程序可以把它当作这些系统来对待。',
  },
  voidRunit: {
    title: 'Void Linux 手册：Services and Daemons',
    establishes: 'Void Linux 用 runit 监管套件运行系统服务和守护进程，而不是 systemd。',
  },
  dockerSnapReadme: {
    title: 'Canonical 的 docker snap：README（提交 01b33b9）',
    establishes: 'docker snap 的守护进程把数据根目录放在 /var/snap/docker/common/var-lib-docker，作为系统服务运行（`sudo snap restart docker.dockerd`），由 root 或 docker 组的成员使用：这是有 root 权限的守护进程。',
  },
};

/** What each passt milestone changed (the English is `passtMilestones[key].what`). */
export const milestoneTextZhCn: Record<keyof typeof passtMilestones, string> = {
  mapHostLoopback: '首个支持 `--map-host-loopback` 的版本。',
  lastGoodDefault: '默认仍把来自宿主机回环的连接送到命名空间回环的最后一个版本。',
  change: 'splice 的入站连接改为送到命名空间的外部地址；新增 `--host-lo-to-ns-lo`（标记为已弃用）。',
  unDeprecated: '`--host-lo-to-ns-lo` 不再标记为已弃用。',
  brokenWithRootlesskit: 'pasta 在 RootlessKit 下启动即退出：“Dual stack forward, but IPv6 not enabled”。',
  brokenFixed: '修复双栈转发导致的启动失败。',
  semanticsRefined: '使用 `--host-lo-to-ns-lo` 时，发往宿主机某个回环地址的连接会送到命名空间内与之相同的地址（`127.0.0.2` 仍是 `127.0.0.2`）；与 `--no-splice` 同时使用会报错。',
};

/**
 * What the site says about RootlessKit releases, by version (the English is `rootlesskitReleases[i].note`). The English data decides
 * which releases have a note; ./descriptions.ts fails the build when one of them has no entry here.
 */
export const rootlesskitNotesZhCn: Readonly<Record<string, string>> = {
  [rootlesskitThresholds.pastaDriver.version]: '首个带 pasta 网络驱动的版本。',
  [fact('rlkLastUnfixed')]: '最后一个不含修复的版本。',
  [rootlesskitThresholds.hostLoToNsLo.version]: '首个向 pasta 传入 `--host-lo-to-ns-lo` 的版本。',
  [rootlesskitThresholds.sourceAddressBuiltin.version]: '内置 `gvisor-tap-vsock`；禁用 userland proxy 时，builtin 端口驱动会传递 TCP 连接的源地址。',
  [fact('rlkDateOpen')]: '发布说明未经验证。',
  [rootlesskitThresholds.hostLoopbackBlocked.version]: '在 `--disable-host-loopback` 下封堵宿主机回环路径（PR #612）；新增 `pesto` 端口驱动（PR #616）。',
  [rootlesskitThresholds.pastaIpv6.version]: '`net/pasta`：修复 IPv6 支持（PR #620）。',
};

/**
 * Where a pasta binary came from, for the version strings table, by the English name in `pastaVersionStrings`. Only the descriptive
 * names need a translation; distribution names (Debian, Fedora, …) are shown as they are.
 */
export const versionSourceZhCn: Readonly<Record<string, string>> = {
  'upstream, Arch Linux': '上游、Arch Linux',
  'git build (two commits after a tag)': 'git 构建（比某个 tag 多两个提交）',
};
