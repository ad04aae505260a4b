/**
 * URLs of the primary sources, one constant each, named by the keys of `references`. Page records cite them as
 * `urls.<key>` rather than `references.<key>.url`, so that a bundle needing a record does not carry every reference's
 * text; the engine's records (core/) cite only the name (a `Source`), so the checker's browser bundle, which has a size
 * budget (tests/unit/engine/bundle.test.ts), carries no URL at all.
 */
export const moby48838 = 'https://github.com/moby/moby/issues/48838';
export const rootlesskitPr482 = 'https://github.com/rootless-containers/rootlesskit/pull/482';
export const rootlesskitCommitFix = 'https://github.com/rootless-containers/rootlesskit/commit/0d11cdb1851910229ff450cc410f5ce98ccf5517';
/** RootlessKit's warnings: a child that fails to start with EACCES where apparmor_restrict_unprivileged_userns is 1. */
export const rootlesskitWarn = 'https://github.com/rootless-containers/rootlesskit/blob/master/pkg/parent/warn.go';
/** The builtin port driver's parent, which explains a port refused below net.ipv4.ip_unprivileged_port_start. */
export const rootlesskitBuiltinParent = 'https://github.com/rootless-containers/rootlesskit/blob/682f4efcfdfa3fdb425e5b85220827809cd2bbdc/pkg/port/builtin/parent/parent.go';
/** docker context use: which daemon the client asks when no variable or option names one. */
export const dockerContextUse = 'https://docs.docker.com/engine/reference/commandline/context_use/';
export const rootlesskitMain = 'https://github.com/rootless-containers/rootlesskit/blob/master/cmd/rootlesskit/main.go';
export const rootlesskitPasta = 'https://github.com/rootless-containers/rootlesskit/blob/v3.0.1/pkg/network/pasta/pasta.go';
/** docs/network.md as released with v3.0.1, whose iperf3 figures the site quotes (later revisions were measured again). */
export const rootlesskitNetworkDocV301 = 'https://github.com/rootless-containers/rootlesskit/blob/v3.0.1/docs/network.md';
export const rootlesskitNetworkDoc = 'https://github.com/rootless-containers/rootlesskit/blob/master/docs/network.md';
export const rootlesskitPortDoc = 'https://github.com/rootless-containers/rootlesskit/blob/9b66c79d4fabe4f8ea7aa81f60a205b2cff65f31/docs/port.md';
export const rootlesskitReleases = 'https://github.com/rootless-containers/rootlesskit/releases';
export const rootlesskit591 = 'https://github.com/rootless-containers/rootlesskit/issues/591';
export const rootlesskitPr612 = 'https://github.com/rootless-containers/rootlesskit/pull/612';
export const rootlesskitPr620 = 'https://github.com/rootless-containers/rootlesskit/pull/620';
export const rootlesskitPr616 = 'https://github.com/rootless-containers/rootlesskit/pull/616';
export const rootlesskitPesto = 'https://github.com/rootless-containers/rootlesskit/blob/9b66c79d4fabe4f8ea7aa81f60a205b2cff65f31/pkg/port/pasta/pesto.go';
export const rootlesskitCi = 'https://github.com/rootless-containers/rootlesskit/blob/00138c7b9f31185f8d9324cd6292558449396c87/.github/workflows/main.yaml';
export const rootlesskit511 = 'https://github.com/rootless-containers/rootlesskit/issues/511';
export const rootlesskit258 = 'https://github.com/rootless-containers/rootlesskit/issues/258';
export const nerdctlPr5055 = 'https://github.com/containerd/nerdctl/pull/5055';
export const rootlesskit434 = 'https://github.com/rootless-containers/rootlesskit/issues/434';
export const rootlesskitIntegration = 'https://github.com/rootless-containers/rootlesskit/blob/7766f34adcff3ce48721dc41a3ec8afef37ba3fb/hack/integration-docker.sh';
export const passtCommitChange = 'https://passt.top/passt/commit/?id=b4dace8f462b346ae2135af1f8d681a99a849a5f';
export const passtCommitUndeprecate = 'https://passt.top/passt/commit/?id=a5cca995';
export const passtCommitSemantics = 'https://passt.top/passt/commit/?id=26f2130';
export const passtCommitDualStack = 'https://passt.top/passt/commit/?id=666ef9e';
export const passtArch = 'https://passt.top/passt/tree/arch.c';
export const passtManPage = 'https://passt.top/builds/latest/web/passt.1.html';
export const passtTags = 'https://passt.top/passt/refs/tags';
export const passtAppArmor = 'https://passt.top/passt/tree/contrib/apparmor';
export const podman24045 = 'https://github.com/containers/podman/issues/24045';
/** podman-system-service(1): the API service answers Docker's API through a compatibility layer, beside Podman's own. */
export const podmanSystemService = 'https://github.com/containers/podman/blob/9db657f40c43185e03d03ed10670ac4555e0f9be/docs/source/markdown/podman-system-service.1.md';
/** Podman's slirp4netns set-up (containers/common): its error when slirp4netns is missing. */
export const podmanSlirp4netnsSetup = 'https://github.com/containers/common/blob/bc66071869b2b779c45986984d264ae64510d040/libnetwork/slirp4netns/slirp4netns.go';
/** Podman's answer to Docker's GET /info: Podman's own version as ServerVersion, and "Apache-2.0" as ProductLicense. */
export const podmanCompatInfo = 'https://github.com/containers/podman/blob/01b2243e73076a0e71a667153af1b98ecbf3b2f5/pkg/api/handlers/compat/info.go';
/** Where Podman's API service listens: /run/podman/podman.sock for root, /run/user/<uid>/podman/podman.sock for a user. */
export const podmanSockets = 'https://github.com/containers/podman/blob/d6e55577cf1444585288a8c63c9c04a2a9a9f288/contrib/systemd/README.md';
/** The Engine's release milestones: Docker 1.13.0, then 17.03.0-ce, the first numbered by year and month. */
export const mobyReleaseMilestones = 'https://github.com/moby/moby/wiki';
export const podmanDockerShim = 'https://github.com/containers/podman/blob/3c9ce3e52a3eb2ad40f6fdd9254ff4590ad40161/docker.in';
export const mobyRlkClient = 'https://github.com/moby/moby/blob/59651821b1993c91f812081aa8a992f19cb8f4e1/libnetwork/drivers/bridge/internal/rlkclient/rootlesskit_client_linux.go';
export const mobyRootlessScript = 'https://github.com/moby/moby/blob/16db27c89c2551f32b550eb3ad541dfefa7f529d/contrib/dockerd-rootless.sh';
/** nerdctl's rootless mode: containerd-rootless-setuptool.sh's containerd.service, its drop-in, and the CONTAINERD_ROOTLESS_ROOTLESSKIT_* variables. */
export const nerdctlRootless = 'https://github.com/containerd/nerdctl/blob/0a04cb890e970c1f73c799872b49f0ae9a3f55dc/docs/rootless.md';
/** nerdctl's install: RootlessKit and slirp4netns are among the dependencies nerdctl-full-<VERSION>-<OS>-<ARCH>.tar.gz includes. */
export const nerdctlReadme = 'https://github.com/containerd/nerdctl/blob/004f2ff97ad06c7ae841a40a1aace5095e2f771c/README.md';
export const nerdctlRootlessScript = 'https://github.com/containerd/nerdctl/blob/0dfa3bb8de82f281f21a25e9e6eeacbb12caeeb1/extras/rootless/containerd-rootless.sh';
/** containerd-rootless-setuptool.sh: its checks (systemd, then RootlessKit run once), each failure an [ERROR] line. */
export const nerdctlRootlessSetuptool = 'https://github.com/containerd/nerdctl/blob/5546d6da27fbefd1312d7f336dc006881122dc09/extras/rootless/containerd-rootless-setuptool.sh';
/** containerd's defaults: the socket the system-wide daemon listens on, and that its clients (nerdctl as root among them) ask by default. */
export const containerdDefaults = 'https://github.com/containerd/containerd/blob/85b9bc9fe929c59902802ea983ab66622cc96e0e/defaults/defaults_unix.go';
export const mobyRootlessScriptBeforePasta = 'https://github.com/moby/moby/blob/0ab3746f0d9c5972cc148583b2580a88167dd92d/contrib/dockerd-rootless.sh';
export const mobyPr47103 = 'https://github.com/moby/moby/pull/47103';
export const mobyRootlesskitInstaller = 'https://github.com/moby/moby/blob/master/hack/dockerfile/install/rootlesskit.installer';
export const debianDockerIo = 'https://packages.debian.org/sid/docker.io';
/** Debian's package docker: a transitional package for wmdocker, the docklet tray (bookworm: 1.5-2, section x11). */
export const debianDocker = 'https://packages.debian.org/bookworm/docker';
export const alpineDockerApkbuild = 'https://gitlab.alpinelinux.org/alpine/aports/-/blob/master/community/docker/APKBUILD';
export const fedoraMobyEngine = 'https://packages.fedoraproject.org/pkgs/moby-engine/moby-engine/';
export const docker23ReleaseNotes = 'https://docs.docker.com/engine/release-notes/23.0/';
export const mobyDaemonInfo = 'https://github.com/moby/moby/blob/master/daemon/info.go';
export const mobyInfoUnix = 'https://github.com/moby/moby/blob/master/daemon/info_unix.go';
export const moby51685 = 'https://github.com/moby/moby/pull/51685';
export const mobyPr49304 = 'https://github.com/moby/moby/pull/49304';
export const mobyPr49303 = 'https://github.com/moby/moby/pull/49303';
export const mobyPr51149 = 'https://github.com/moby/moby/pull/51149';
/** The setup tool's install --force ignores its trial run of RootlessKit (for a Dockerfile's RUN); backported as #48695. */
export const mobyPr48683 = 'https://github.com/moby/moby/pull/48683';
/** The setup tool is not meant to run inside a Dockerfile (its author, on the trial run failing in docker build). */
export const rootlesskit425 = 'https://github.com/rootless-containers/rootlesskit/issues/425';
/** RootlessKit's maintainer: in docker:dind-rootless, set DOCKER_HOST to the rootless socket; a default was rejected. */
export const rootlesskit418 = 'https://github.com/rootless-containers/rootlesskit/issues/418';
/** A newuidmap built by hand fails with "write to uid_map failed: Operation not permitted"; the distribution's package works. */
export const rootlesskit326 = 'https://github.com/rootless-containers/rootlesskit/issues/326';
/** newuidmap "Could not set caps": RootlessKit's maintainer asks for its setuid bit or at least the CAP_SETUID file capability. */
export const moby41812 = 'https://github.com/moby/moby/issues/41812';
/** RootlessKit's maintainer on newuidmap's "Operation not permitted": perhaps inside a user namespace already (LXD). */
export const buildkit3297 = 'https://github.com/moby/buildkit/issues/3297';
/** Rootless BuildKit: `rootlesskit buildkitd`, and the moby/buildkit:rootless image that runs it so. */
export const buildkitRootless = 'https://github.com/moby/buildkit/blob/master/docs/rootless.md';
/** newuidmap's "Invalid argument" when /etc/subuid gives the user its own ID as a range too. */
export const rootlesskit476 = 'https://github.com/rootless-containers/rootlesskit/issues/476';
/** RootlessKit's maintainer on "setting up tap tap0 … exit status 1": make sure /dev/net/tun is writable. */
export const rootlesskit229 = 'https://github.com/rootless-containers/rootlesskit/issues/229';
/** RootlessKit's "setting up tap tap0 … exit status 1", after ip's "open: No such device". */
export const rootlesskit299 = 'https://github.com/rootless-containers/rootlesskit/issues/299';
/** The tun device and its module, in the kernel's documentation (/dev/net/tun, modprobe tun). */
export const kernelTuntap = 'https://www.kernel.org/doc/html/latest/networking/tuntap.html';
/** dockerd-rootless.sh rejects DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host (a backport of moby#51379). */
export const mobyPr51395 = 'https://github.com/moby/moby/pull/51395';
export const moby51143 = 'https://github.com/moby/moby/issues/51143';
export const moby47765 = 'https://github.com/moby/moby/issues/47765';
export const moby49499 = 'https://github.com/moby/moby/issues/49499';
/** Docker Engine 24.0 release notes at a commit: the releases of that line (dockerReleases). */
export const dockerReleaseNotes24 = 'https://github.com/docker/docs/blob/7033eea4d918821d79eb0f54934b4e7bf7dd07a6/content/manuals/engine/release-notes/24.0.md';
/** Docker Engine 25.0 release notes at a commit: the releases of that line it lists (dockerReleases). */
export const dockerReleaseNotes25 = 'https://github.com/docker/docs/blob/c13619c22ebc9f80d6bbca1daeb0761b2b035a28/content/manuals/engine/release-notes/25.0.md';
/** Docker Engine 26.0 release notes at a commit: the releases of that line (dockerReleases). */
export const dockerReleaseNotes260 = 'https://github.com/docker/docs/blob/d7534e00b8e8d05b073d6a78802da7035f8b372a/content/manuals/engine/release-notes/26.0.md';
/** Docker Engine 26.1 release notes at a commit: the releases of that line it lists (dockerReleases). */
export const dockerReleaseNotes261 = 'https://github.com/docker/docs/blob/0ed7166677838f73d5eb290245f183f2d04bd4ec/content/manuals/engine/release-notes/26.1.md';
/** Docker Engine 27 release notes at a commit: the releases of that major version (dockerReleases). */
export const dockerReleaseNotes27 = 'https://github.com/docker/docs/blob/2ca7e79ff4b49b4f794033c4930278bf016e5eb4/content/manuals/engine/release-notes/27.md';
/** Docker Engine 28 release notes at a later commit than dockerReleaseNotes28: the releases up to 28.4.0 (dockerReleases). */
export const dockerReleaseNotes28Later = 'https://github.com/docker/docs/blob/92c8609983be934007c6067cf4d001e05a2903c9/content/manuals/engine/release-notes/28.md';
/** Docker Engine 28 release notes at a commit: 28.0.1 fixes the slirp4netns port driver regression (moby#49514). */
export const dockerReleaseNotes28 = 'https://github.com/docker/docs/blob/0583f11b717758c6d5a47f989273c2c903ef0772/content/manuals/engine/release-notes/28.md';
/** Docker Engine 29 release notes at a commit: 29.0.2 fixes the start without IPv6 (moby#51543), 29.1.2 the slirp4netns port driver (moby#51616). */
export const dockerReleaseNotes29 = 'https://github.com/docker/docs/blob/ae49ec2bae82f9e140610338bb8216cdb2e0d6d3/content/manuals/engine/release-notes/29.md';
export const moby51591 = 'https://github.com/moby/moby/issues/51591';
export const moby52641 = 'https://github.com/moby/moby/issues/52641';
export const moby51541 = 'https://github.com/moby/moby/issues/51541';
export const mobyPr51543 = 'https://github.com/moby/moby/pull/51543';
/** cmd/rootlesskit/main.go at a commit after pesto arrived: its messages about port drivers as they read since. */
export const rootlesskitMainPesto = 'https://github.com/rootless-containers/rootlesskit/blob/9b66c79d4fabe4f8ea7aa81f60a205b2cff65f31/cmd/rootlesskit/main.go';
/** Debian 12's libc-l10n: glibc 2.36's translations of its messages, as that release ships them. */
export const debianLibcL10n = 'https://packages.debian.org/bookworm/libc-l10n';
/** wget's src/http.c: a failed read of the headers is "Read error (%s) in headers.", the C library's text in brackets, translated around it. */
export const wgetReadError = 'https://github.com/mirror/wget/blob/cb5c287f0292d7ad590555190f06635e0be1b3f9/src/http.c';
export const glibcTranslations = 'https://github.com/bminor/glibc/tree/64263d2b44fa224b6fc9978af47f996738900443/po';
export const curlWinsockErrors = 'https://github.com/curl/curl/blob/00883822be245d2660a569e6bde38892b9433aa2/lib/strerror.c';
/** Go's text for each errno on Linux (syscall's errors table), which a Go program's network errors end in. */
export const goSyscallErrors = 'https://github.com/golang/go/blob/a60b4bf3e7bbaf10801a5ef47b09a913b7972c8c/src/syscall/zerrors_linux_amd64.go';
/** Node.js's errors doc: a system error's message is its syscall and code ("read ECONNRESET"); the common system errors. */
export const nodeSystemErrors = 'https://github.com/nodejs/node/blob/22685b8aafdea488e9f83c298cbb297581341158/doc/api/errors.md';
/** Chromium's list of network errors, which its error page names (ERR_CONNECTION_RESET). */
export const chromiumNetErrors = 'https://github.com/chromium/chromium/blob/222d496edabd097d5c2ba48fee9fdf9047dab933/net/base/net_error_list.h';
/** libpq's socket reads and writes: ECONNRESET (and EPIPE) worded "server closed the connection unexpectedly". */
export const libpqSecure = 'https://github.com/postgres/postgres/blob/36d1087611bf96b0cd716666fc8c4a2d168fa501/src/interfaces/libpq/fe-secure.c';
export const kindPodmanProvider = 'https://github.com/kubernetes-sigs/kind/blob/00ec5e910e6dda11b4c13cf676282397d64d949a/pkg/cluster/internal/providers/podman/provider.go';
export const curlRecvFailure = 'https://github.com/curl/curl/blob/008f1cf13b8c7e999026c6fdf6ed08f85e4fd5b5/lib/cf-socket.c';
export const dpkgTranslations = 'https://github.com/guillemj/dpkg/tree/006f6affa80906193f3c680861f99927154de48c/po';
export const aptMark = 'https://manpages.debian.org/bookworm/apt/apt-mark.8.en.html';
export const debianBugReporting = 'https://www.debian.org/Bugs/Reporting';
export const dpkgQuery = 'https://manpages.debian.org/bookworm/dpkg/dpkg-query.1.en.html';
/** apt's translations (po/<lang>.po): apt-cache policy's "  Installed: " in each language, as apt 2.6.1 prints them. */
export const aptTranslations = 'https://github.com/Debian/apt/tree/2.6.1/po';
/** dnf's French translation: dnf info's "Name" is "Nom", its "Repo" and "Repository" are "Dépôt". */
export const dnfTranslationFr = 'https://github.com/rpm-software-management/dnf/blob/61f489d08c195e88e936b3e70bdb6804e28a3407/po/fr.po';
/**
 * pacman's translations (src/pacman/po/<lang>.po on Arch's GitLab; read in CachyOS's copy of pacman, which carries them): pacman -Qi's
 * "Name", "Version" and "Install Date" in each language.
 */
export const pacmanTranslations = 'https://gitlab.archlinux.org/pacman/pacman/-/tree/master/src/pacman/po';
/** zypper's Russian translation: zypper info's "Name", "Version", "Status", "up-to-date" and "out-of-date (version %s installed)". */
export const zypperTranslationRu = 'https://github.com/openSUSE/zypper/blob/01accdb26118757602da954bc2b242d7fe81130d/po/ru.po';
/** zypper's Japanese translation: the same labels and words of zypper info. */
export const zypperTranslationJa = 'https://github.com/openSUSE/zypper/blob/63bffb0553a7122403f7831b9bdf3424180a767f/po/ja.po';
/** zypper's German translation: the same labels and words of zypper info (its "Name", "Version" and "Status" are the English ones). */
export const zypperTranslationDe = 'https://github.com/openSUSE/zypper/blob/01accdb26118757602da954bc2b242d7fe81130d/po/de.po';
/** zypper's French translation: the same labels and words of zypper info. */
export const zypperTranslationFr = 'https://github.com/openSUSE/zypper/blob/01accdb26118757602da954bc2b242d7fe81130d/po/fr.po';
/** zypper's Spanish translation: the same labels and words of zypper info. */
export const zypperTranslationEs = 'https://github.com/openSUSE/zypper/blob/01accdb26118757602da954bc2b242d7fe81130d/po/es.po';
/** zypper's Chinese (zh_CN) translation: the same labels and words of zypper info. */
export const zypperTranslationZhCn = 'https://github.com/openSUSE/zypper/blob/01accdb26118757602da954bc2b242d7fe81130d/po/zh_CN.po';
export const aptShow = 'https://github.com/Debian/apt/blob/03d6de04fb366127d950cc484317d0e7ddebaa75/apt-private/private-show.cc';
/** zypper info: an installed package a repository has a newer version of is "out-of-date (version %s installed)" in its Status. */
export const zypperInfo = 'https://github.com/openSUSE/zypper/blob/d2e31f6922e8ab2ca09190b4754a73d057883e48/src/info.cc';
/** libzypp's history log (/var/log/zypp/history): a line per event, its fields parted by "|", an action padded to seven characters. */
export const libzyppHistory = 'https://github.com/openSUSE/libzypp/blob/c3d573ddbc1160bf664f1356d20ec337388cf82e/zypp/HistoryLogData.cc';
/** zypper's lock commands: the locks table, and what addlock and removelock answer. */
export const zypperLocks = 'https://github.com/openSUSE/zypper/tree/master/src/commands/locks';
export const dockerInstall208 = 'https://github.com/docker/docker-install/issues/208';
export const dockerEngineInstall = 'https://github.com/docker/docs/blob/10bb2c2e0c0bb5704bd4c949321e4952e1c13b30/content/manuals/engine/install/_index.md';
export const dockerRootlessInstall = 'https://github.com/docker/docker-install/blob/000a11bda56000bd457187421cf40b735cafe3f6/rootless-install.sh';
export const mobyDaemonCommand = 'https://github.com/moby/moby/blob/master/daemon/command/daemon.go';
export const moby51363 = 'https://github.com/moby/moby/issues/51363';
export const dockerCePackaging = 'https://github.com/docker/docker-ce-packaging';
export const dockerStaticDownloads = 'https://download.docker.com/linux/static/stable/';
export const slirp4netnsRepo = 'https://github.com/rootless-containers/slirp4netns';
export const libslirp = 'https://gitlab.freedesktop.org/slirp/libslirp';
export const manUserNamespaces = 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html';
export const manNetworkNamespaces = 'https://man7.org/linux/man-pages/man7/network_namespaces.7.html';
export const manSplice = 'https://man7.org/linux/man-pages/man2/splice.2.html';
export const nftablesHooks = 'https://wiki.nftables.org/wiki-nftables/index.php/Netfilter_hooks';
export const nftablesFamilies = 'https://wiki.nftables.org/wiki-nftables/index.php/Nftables_families';
/** dockerd's reference: its options, --ip among them (the default address of published ports). */
export const dockerdReference = 'https://docs.docker.com/reference/cli/dockerd/';
export const dockerPublishedPorts = 'https://docs.docker.com/engine/network/#published-ports';
/** Docker's rootless page (its source) at a commit: install as a non-root user; disable the system-wide daemon first, or use --force. */
export const dockerRootlessDocsInstall = 'https://github.com/docker/docs/blob/061ed752103a70d57f35f28665607124fad9ca65/content/manuals/engine/security/rootless/_index.md';
export const dockerRootlessDocs = 'https://docs.docker.com/engine/security/rootless/';
/** Docker's rootless troubleshooting: RootlessKit's errors when user namespaces are not allowed, and the settings that allow them. */
export const dockerRootlessTroubleshoot = 'https://github.com/docker/docs/blob/89344f43f19c68ef2d6941de0a5633ff6f1754e5/content/manuals/engine/security/rootless/troubleshoot.md';
/** The docker:dind images' entrypoint: what it checks before it starts rootless dockerd under RootlessKit. */
export const dindEntrypoint = 'https://github.com/docker-library/docker/blob/0342ade5e4b69a09da416ed068e480202ce1f5ed/29/dind/dockerd-entrypoint.sh';
/** urfave/cli's string flag, as RootlessKit defines its own: registered on Go's flag.FlagSet, which sets it at each occurrence (the last wins). */
export const urfaveStringFlag = 'https://github.com/urfave/cli/blob/04f5ff03158a8f45369e80815c0220551f72aaaf/flag_string.go';
/** The docker:dind-rootless image's Dockerfile: RootlessKit from Docker's static rootless extras of the tag's release; slirp4netns from Alpine. */
export const dindRootlessDockerfile = 'https://github.com/docker-library/docker/blob/1596d25a6ab0b083d441fb7ca26bc0fe6b889baa/29/dind-rootless/Dockerfile';
/** The docker:dind-rootless variant's documentation: it needs --privileged, like dind. */
export const dindRootlessVariant = 'https://github.com/docker-library/docs/blob/544b0cbabe2a92582bf00b4f419d2eec90ce19d3/docker/variant-rootless.md';
/** docker compose up: a service whose configuration or image changed since its container was made is stopped and made again. */
export const composeUp = 'https://docs.docker.com/reference/cli/docker/compose/up/';
/** kubectl apply -f: the objects in the cluster are updated to the configuration in the file (declarative management). */
export const kubectlApply = 'https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/';
/** The tz database's time zone abbreviations: one may name several offsets (CST, IST); the offset of each is in its region's data file. */
export const tzAbbreviations = 'https://data.iana.org/time-zones/theory.html#abbreviations';
/** The tz database's fixed-offset zones, Etc/GMT+12 (UTC−12) to Etc/GMT-14 (UTC+14): the furthest offsets from UTC it has. */
export const tzEtcetera = 'https://github.com/eggert/tz/blob/main/etcetera';
/** docker build --pull: every image the build refers to is pulled again, not taken from a cached copy of the same tag. */
export const dockerBuildPull = 'https://docs.docker.com/reference/cli/docker/buildx/build/#pull';
/** Docker's rootless tips at a commit: the API exposed through TCP, and through SSH with DOCKER_HOST set on the remote host. */
export const dockerRootlessTips = 'https://github.com/docker/docs/blob/bb8ab928812b1291302c982360735ff4fc24f645/content/manuals/engine/security/rootless/tips.md';
/** The ssh:// connection helper's stand-in host, http://docker.example.com, is what connection errors print. */
export const dockerCli7229 = 'https://github.com/docker/cli/pull/7229';
/** The docker image's entrypoint: with no DOCKER_HOST and no socket, the client looks for tcp://docker:2376 (with certificates) or :2375. */
export const dockerCliEntrypoint = 'https://github.com/docker-library/docker/blob/f193ec4b2cd631e969ad7f2bdec6461882608912/29-rc/cli/docker-entrypoint.sh';
/** GitLab's troubleshooting of Docker builds in CI: tcp://docker:2375 refused, "no such host", a dind service that did not start. */
export const gitlabDockerTroubleshoot = 'https://github.com/gitlabhq/gitlabhq/blob/0286e4c628d68960d0ca9e961d82c3ea6ac90633/doc/ci/docker/docker_build_troubleshooting.md';
/** GitLab's CI/CD YAML reference: a job's services:, and services:variables, passed to the service's container alone. */
export const gitlabServicesVariables = 'https://docs.gitlab.com/ci/yaml/#servicesvariables';
/** GitLab's services: each is another container, beside the job's (the Docker executor's). */
export const gitlabServices = 'https://docs.gitlab.com/ci/services/';
/** GitLab Runner's Kubernetes executor: the job's and its services' containers run in one pod and share its localhost. */
export const gitlabKubernetesExecutor = 'https://docs.gitlab.com/runner/executors/kubernetes/';
export const mobyRootlessSetuptool = 'https://github.com/moby/moby/blob/0448df03d8dde6707a3ced5985d67b1653e6f0cb/contrib/dockerd-rootless-setuptool.sh';
/** bus-util.c at a commit where systemctl's hint for a missing XDG_RUNTIME_DIR never prints (it compares the error with a boolean). */
export const dockerDocs14491 = 'https://github.com/docker/docs/issues/14491';
export const systemdBusUtil = 'https://github.com/systemd/systemd/blob/8fd3ca765b28cd0a19f32163904ae363476adb67/src/shared/bus-util.c';
/** sd_booted(): systemd runs as PID 1 if and only if /run/systemd/system exists. */
export const systemdSdDaemon = 'https://github.com/systemd/systemd/blob/b6c421a480fffd773a9e786b19678ab650999334/src/libsystemd/sd-daemon/sd-daemon.c';
/** sudoers(5) at a commit: env_reset, on by default, runs commands in a new, minimal environment. */
export const sudoersEnvReset = 'https://github.com/sudo-project/sudo/blob/effed9ecbb54acedcbf32d53d9ebd571498867b4/docs/sudoers.mdoc.in';
/** sudo(8) at a commit: -E/--preserve-env keeps the caller's environment; --preserve-env=list adds only the variables it lists. */
export const sudoPreserveEnv = 'https://github.com/sudo-project/sudo/blob/081474913241dfa8a22635676e9a7952642bbf72/docs/sudo.mdoc.in';
/** OpenDoas doas(1) at a commit: doas runs its command in a new environment, unless doas.conf(5) says otherwise (keepenv: env.c). */
export const doasManual = 'https://github.com/Duncaen/OpenDoas/blob/b861d070092ee71ac4208f79b699cf7dadd5c154/doas.1';
/** systemd machinectl(1) at a commit: machinectl shell opens a new login session that inherits no environment variables. */
export const machinectlShell = 'https://github.com/systemd/systemd/blob/018333725f9d8565a47abc54b7a6e301e8492f39/man/machinectl.xml';
/** util-linux su(1) at a commit: what su keeps of the caller's environment, with and without --login. */
export const utilLinuxSu = 'https://github.com/util-linux/util-linux/blob/462fd302906af00f6ef19c9f49eb773be3f76deb/login-utils/su.1.adoc';
/** util-linux runuser(1) at a commit: the same for runuser, and -u running a command without a shell. */
export const utilLinuxRunuser = 'https://github.com/util-linux/util-linux/blob/1b317ef942bf007d2c765a390d2087a79a6de766/login-utils/runuser.1.adoc';
/** Microsoft's WSL settings at a commit: systemd enabled with [boot] systemd=true in /etc/wsl.conf, then wsl.exe --shutdown. */
export const wslConfig = 'https://github.com/MicrosoftDocs/WSL/blob/3ca300195d56cb87750a7a9ddbe5bd69ca5662c9/WSL/wsl-config.md';
/** The Python docker-compose's words when it cannot reach the daemon: "Couldn't connect to Docker daemon at {url} - is it running?". */
export const composeV1Errors = 'https://github.com/docker/compose/blob/047cebc8760627f678df08e18b501a4ae8f76ef6/compose/cli/errors.py';
/** Docker's post-installation steps: root owns the daemon's socket; the docker group may use it, and grants root-level privileges. */
export const dockerPostinstall = 'https://github.com/docker/docs/blob/0318169150a2cba357dc8a7a3daf0f71df351f26/content/manuals/engine/install/linux-postinstall.md';
/** XDG's runtime directory: owned by its user, mode 0700, nobody else may read or write it. */
export const xdgBasedir = 'https://specifications.freedesktop.org/basedir-spec/latest/';
export const theLounge194 = 'https://github.com/thelounge/thelounge-docker/issues/194';
export const podmanWindows = 'https://github.com/containers/podman/blob/07ba51d77a47c1afe04b7ca763e55a908071a0e0/docs/tutorials/podman-for-windows.md';
export const dockerDocs21619 = 'https://github.com/docker/docs/pull/21619';
export const dockerPyClient = 'https://github.com/docker/docker-py/blob/main/docker/api/client.py';
export const forWin7186 = 'https://github.com/docker/for-win/issues/7186';
/** The Docker client's default host on Windows: the named pipe //./pipe/docker_engine. */
export const dockerCliHosts = 'https://github.com/docker/cli/blob/16264a033ec17dade05e5d71c76e8db2731c0cf4/opts/hosts.go';
/** Docker Desktop on a Mac: its daemon in a Linux VM, its socket /Users/<user>/.docker/run/docker.sock, the context desktop-linux. */
export const dockerDesktopMac = 'https://github.com/docker/docs/blob/0addb4c85216f708900e0d2aa10d6193c9b78263/content/manuals/desktop/setup/install/mac-permission-requirements.md';
/** Docker Desktop for Linux: a VM, not rootless Docker; its context desktop-linux at unix:///home/<user>/.docker/desktop/docker.sock. */
export const dockerDesktopLinux = 'https://github.com/docker/docs/blob/bc4fb3e6363faad2beb5b3c5b7e0d15eea5f8450/desktop/linux/overview.md';
/** Docker Desktop for Linux started from a terminal: systemctl --user start docker-desktop. */
export const dockerDesktopLinuxStart = 'https://github.com/docker/docs/blob/c50bc4fd89bb88abd90dd6be0588cc992996ac06/content/includes/desktop-linux-launch.md';
/** The Docker Desktop CLI: docker desktop start, status. */
export const dockerDesktopCli = 'https://github.com/docker/docs/blob/00ba4d322d759865bef479ee75c1ec98c8d65a86/content/manuals/desktop/features/desktop-cli.md';
/** Docker Engine on Windows Server: Windows containers only, a service started with Start-Service docker. */
export const dockerEngineWindows = 'https://github.com/docker/docs/blob/0b99715a908f53a86ffe0babe75759f373b6e894/content/manuals/engine/install/binaries.md';
export const systemdJobs = 'https://github.com/systemd/systemd/blob/8520798dcbd83f507ccc41b3cee1822401f9bb09/src/shared/bus-wait-for-jobs.c';
export const systemdUnitLog = 'https://github.com/systemd/systemd/blob/000e56eeb7bfa36c482ed1064b765a898cf31292/src/core/unit.c';
export const systemdExec = 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Process%20Exit%20Codes';
export const debianPasst = 'https://tracker.debian.org/pkg/passt';
export const ubuntuPasst = 'https://launchpad.net/ubuntu/+source/passt';
export const fedoraPasst = 'https://packages.fedoraproject.org/pkgs/passt/passt/';
export const chimeraCports = 'https://github.com/chimera-linux/cports';
export const alpinePasst = 'https://github.com/alpinelinux/aports/blob/0c37fbe7e370d4de404123bfdccec6ff6ddc557b/community/passt/APKBUILD';
export const launchpad2077158 = 'https://bugs.launchpad.net/bugs/2077158';
export const ubuntuUsernsRestriction = 'https://ubuntu.com/blog/ubuntu-23-10-restricted-unprivileged-user-namespaces';
export const dnf5Versionlock = 'https://dnf5.readthedocs.io/en/latest/commands/versionlock.8.html';
export const dnfVersionlockPlugin = 'https://dnf-plugins-core.readthedocs.io/en/latest/versionlock.html';
export const fedoraSwitchToDnf5 = 'https://fedoraproject.org/wiki/Changes/SwitchToDnf5';
export const opensuseDockerSpec = 'https://github.com/bmwiedemann/openSUSE/blob/114f247b59faacacb16140404d65067b174e2f4a/packages/d/docker/docker.spec';
export const nixosUpgrading = 'https://github.com/NixOS/nixpkgs/blob/044867d217455181cf399d82b3e1d3c7d2da97d1/nixos/doc/manual/installation/upgrading.chapter.md';
export const archPartialUpgrades = 'https://wiki.archlinux.org/title/System_maintenance#Partial_upgrades_are_unsupported';
export const apkUpgrade = 'https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/doc/apk-upgrade.8.scd';
export const gentooEmerge = 'https://dev.gentoo.org/~zmedico/portage/doc/man/emerge.1.html';
export const voidPackageManagement = 'https://docs.voidlinux.org/xbps/package-management.html';
export const alpineSlirp4netns = 'https://pkgs.alpinelinux.org/package/v3.23/community/aarch64/slirp4netns';
export const alpineRootlesskit = 'https://pkgs.alpinelinux.org/package/v3.24/community/aarch64/rootlesskit';
export const gentooSlirp4netns = 'https://packages.gentoo.org/packages/app-containers/slirp4netns';
export const voidSlirp4netns = 'https://github.com/void-linux/void-packages/blob/master/srcpkgs/slirp4netns/template';
export const voidRootlesskit = 'https://github.com/void-linux/void-packages/blob/master/srcpkgs/rootlesskit/template';
export const alpineOpenrc = 'https://wiki.alpinelinux.org/wiki/OpenRC';
export const voidRunit = 'https://docs.voidlinux.org/config/services/index.html';
export const osRelease = 'https://www.freedesktop.org/software/systemd/man/latest/os-release.html';
export const dockerSnapReadme = 'https://github.com/canonical/docker-snap/blob/01b33b92622585b592f50a29238ee60985f274d5/README.md';
