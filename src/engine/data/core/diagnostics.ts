/** Error messages and package names the engine recognises, and where each is established. */
import type { Source } from '../types.ts';
import { rootlessContainerd } from './containerd.ts';
import { rootlesskitAddressing } from './network.ts';

/** An error or symptom message the checker recognises: every part must occur in one line; the first is what every line is searched for. */
export interface KnownError {
  id: string;
  parts: readonly string[];
  source: Source;
  /** Only a rootless daemon prints it, through RootlessKit's port manager. */
  portManager?: true;
  /** Counts only on a line that no message listed before it explains. */
  general?: true;
  /** A line that also has these words is Podman's. */
  podman?: string;
  /** Not on a line (without its prefix) that this matches: another program's error that ends in the same words. */
  unless?: RegExp;
  /** Only on a line (without its prefix) that this matches: a part that counts only as a whole word. */
  where?: RegExp;
}

/**
 * curl's and wget's reset where the C library speaks the user's language: curl's own "Recv failure: " stays English, wget's own words
 * are translated around it, and the reason is glibc's translation of strerror(ECONNRESET) (po/<lang>.po). Simplified Chinese changed
 * its wording in 2024 (glibc 2.39); the languages after Turkish are as glibc 2.36 (Debian 12) translates them. Ukrainian's typographic
 * apostrophe is written as the plain one the checker reads it as.
 */
export const translatedResets: readonly (readonly [lang: string, text: string, source: Source])[] = [
  ['ru', 'Соединение разорвано другой стороной', 'glibcTranslations'],
  ['zh-Hans', '连接被对方重置', 'glibcTranslations'],
  ['zh-Hans', '连接被对方重设', 'glibcTranslations'],
  ['zh-Hant', '連線被對方重設', 'glibcTranslations'],
  ['ja', '接続が相手からリセットされました', 'glibcTranslations'],
  ['ko', '상대편이 연결을 끊음', 'glibcTranslations'],
  ['de', 'Die Verbindung wurde vom Kommunikationspartner zurückgesetzt', 'glibcTranslations'],
  ['fr', 'Connexion ré-initialisée par le correspondant', 'glibcTranslations'],
  ['es', 'Conexión reinicializada por la máquina remota', 'glibcTranslations'],
  ['pt-BR', 'Conexão fechada pela outra ponta', 'glibcTranslations'],
  ['it', 'Connessione interrotta dal corrispondente', 'glibcTranslations'],
  ['pl', 'Połączenie zerwane przez drugą stronę', 'glibcTranslations'],
  ['cs', 'Spojení zrušeno druhou stranou', 'glibcTranslations'],
  ['uk', "Вузол розірвав з'єднання", 'glibcTranslations'],
  ['tr', 'Bağlantı karşıdan kesildi', 'glibcTranslations'],
  ['nl', 'Verbinding is weggevallen', 'debianLibcL10n'],
  ['sv', 'Förbindelse borttagen av partnern', 'debianLibcL10n'],
  ['da', 'Forbindelsen brudt i den anden ende', 'debianLibcL10n'],
  ['nb', 'Forbindelsen brutt i den andre enden', 'debianLibcL10n'],
  ['fi', 'Vastapää sulki yhteyden', 'debianLibcL10n'],
  ['hu', 'A kapcsolatot bontotta a távoli fél', 'debianLibcL10n'],
  ['sk', 'Spojenie zrušené druhou stranou', 'debianLibcL10n'],
  ['pt', 'Ligação reposta pelo peer', 'debianLibcL10n'],
  ['ca', 'La màquina remota ha reiniciat la connexió', 'debianLibcL10n'],
  ['gl', 'Conexión reiniciada polo outro estremo', 'debianLibcL10n'],
  ['el', 'Η σύνδεση έκλεισε από το ταίρι', 'debianLibcL10n'],
  ['bg', 'Едностранно прекъсване на връзката от отсрещната страна', 'debianLibcL10n'],
  ['sr', 'Везу је поново поставио парњак', 'debianLibcL10n'],
  ['hr', 'Poveznica je prekinuta od druge strane (od ravnopravnoga člana u prijenosu)', 'debianLibcL10n'],
  ['lt', 'Prisijungimas nutrauktas kito serverio', 'debianLibcL10n'],
  ['id', 'Koneksi direset oleh peer', 'debianLibcL10n'],
  ['vi', 'Kết nối bị đặt lại bởi ngang hàng', 'debianLibcL10n'],
  ['eo', 'Konekto simple malekis', 'debianLibcL10n'],
];

/**
 * The reset as clients other than curl word it: Go (lower case), Node.js (the system call, then the code), Chromium and libpq (psql).
 * Python's and requests' say curl's "Connection reset by peer" in every locale (Python leaves LC_MESSAGES at "C") and are read with it. Each counts only beside a loopback address
 * or localhost with a port and outside the daemon's and containers' output (recognisers/client-resets.ts), since Go's wording is also dockerd's own.
 */
export const clientResets: readonly { text: string; source: Source }[] = [
  { text: 'connection reset by peer', source: 'goSyscallErrors' },
  { text: 'read ECONNRESET', source: 'nodeSystemErrors' },
  { text: 'write ECONNRESET', source: 'nodeSystemErrors' },
  { text: 'connect ECONNRESET', source: 'nodeSystemErrors' },
  { text: 'ERR_CONNECTION_RESET', source: 'chromiumNetErrors' },
  { text: 'server closed the connection unexpectedly', source: 'libpqSecure' },
];

/**
 * dpkg's "Setting up %s (%s) ..." where it speaks the user's language (po/<lang>.po): the words before the package's name and
 * version, or after them (German, Japanese, Korean). Spanish and Brazilian Portuguese share theirs.
 */
export const dpkgSettingUp: { before: readonly string[]; after: readonly string[] } = {
  before: ['正在设置', '設定', 'Настраивается пакет', 'Paramétrage de', 'Configurando', 'Configurazione di', 'Konfigurowanie pakietu', 'Nastavuje se balík', 'Налаштування', 'Ayarlanıyor:'],
  after: ['wird eingerichtet', 'を設定しています', '설정하는 중입니다'],
};

/**
 * apt list's status after a package's row where apt speaks the user's language (apt-private/private-output.cc, po/<lang>.po): the start of
 * every installed one ("[installed]", "[installed,upgradable to: %s]", …; German writes "Installiert" or "installiert" by the message),
 * and the one before the installed version of a package that can be upgraded ("[upgradable from: %s]").
 */
export const aptListStatus: readonly (readonly [lang: string, installed: string, upgradableFrom: string, source: Source])[] = [
  ['en', '[installed', '[upgradable from: ', 'aptTranslations'],
  ['de', '[installiert', '[aktualisierbar von: ', 'aptTranslations'],
  ['fr', '[installé', '[pouvant être mis à jour depuis : ', 'aptTranslations'],
  ['es', '[instalado', '[actualizable desde: ', 'aptTranslations'],
];

/**
 * apt-cache policy's label of the installed version (msgid "  Installed: ") in English and where apt speaks the user's language, as apt
 * 2.6.1 prints it: blanks follow, which Chinese's full-width colon goes without ("已安装：0.0~git…", review R138 10).
 */
export const aptPolicyInstalled: readonly (readonly [lang: string, label: string, source: Source])[] = [
  ['en', 'Installed:', 'aptTranslations'],
  ['de', 'Installiert:', 'aptTranslations'],
  ['fr', 'Installé :', 'aptTranslations'],
  ['es', 'Instalados:', 'aptTranslations'],
  ['ru', 'Установлен:', 'aptTranslations'],
  ['ja', 'インストールされているバージョン:', 'aptTranslations'],
  ['zh-cn', '已安装：', 'aptTranslations'],
];

/**
 * Package information's labels where the tool speaks the user's language, from its po files: the tool, the language, the English label
 * (its msgid, which is also what the tool prints in English) and the translation. pacman -Qi's name, version and install date (an
 * installed package's record has one, pacman -Si's has none); dnf info's name and repository ("@System" for an installed package); zypper
 * info's name, version and Status, whose value says "up-to-date", or where a repository has a newer version, which Version then shows,
 * "out-of-date (version %s installed)" with the installed version in it (src/info.cc; review R138 09). A translation that is the English
 * word itself (pacman's German "Name" and "Version", its French "Version"; zypper's German "Name", "Version" and "Status") needs no record.
 */
export const packageInfoLabels: readonly (readonly [tool: string, lang: string, msgid: string, label: string, source: Source])[] = [
  ['dnf', 'fr', 'Name', 'Nom', 'dnfTranslationFr'],
  ['dnf', 'fr', 'Repository', 'Dépôt', 'dnfTranslationFr'],
  ['pacman', 'de', 'Install Date', 'Installiert am', 'pacmanTranslations'],
  ['pacman', 'fr', 'Name', 'Nom', 'pacmanTranslations'],
  ['pacman', 'fr', 'Install Date', 'Installé le', 'pacmanTranslations'],
  ['pacman', 'es', 'Name', 'Nombre', 'pacmanTranslations'],
  ['pacman', 'es', 'Version', 'Versión', 'pacmanTranslations'],
  ['pacman', 'es', 'Install Date', 'Fecha de instalación', 'pacmanTranslations'],
  ['pacman', 'ru', 'Name', 'Название', 'pacmanTranslations'],
  ['pacman', 'ru', 'Version', 'Версия', 'pacmanTranslations'],
  ['pacman', 'ru', 'Install Date', 'Дата установки', 'pacmanTranslations'],
  ['pacman', 'ja', 'Name', '名前', 'pacmanTranslations'],
  ['pacman', 'ja', 'Version', 'バージョン', 'pacmanTranslations'],
  ['pacman', 'ja', 'Install Date', 'インストール日時', 'pacmanTranslations'],
  ['pacman', 'zh-cn', 'Name', '名字', 'pacmanTranslations'],
  ['pacman', 'zh-cn', 'Version', '版本', 'pacmanTranslations'],
  ['pacman', 'zh-cn', 'Install Date', '安装日期', 'pacmanTranslations'],
  ['zypper', 'ru', 'Name', 'Имя', 'zypperTranslationRu'],
  ['zypper', 'ru', 'Version', 'Версия', 'zypperTranslationRu'],
  ['zypper', 'ru', 'Status', 'Состояние', 'zypperTranslationRu'],
  ['zypper', 'ru', 'up-to-date', 'актуален', 'zypperTranslationRu'],
  ['zypper', 'ru', 'out-of-date (version %s installed)', 'устарел (установлена версия %s)', 'zypperTranslationRu'],
  ['zypper', 'ja', 'Name', '名前', 'zypperTranslationJa'],
  ['zypper', 'ja', 'Version', 'バージョン', 'zypperTranslationJa'],
  ['zypper', 'ja', 'Status', '状態', 'zypperTranslationJa'],
  ['zypper', 'ja', 'up-to-date', '最新', 'zypperTranslationJa'],
  ['zypper', 'ja', 'out-of-date (version %s installed)', '期限切れ (バージョン %s がインストールされています)', 'zypperTranslationJa'],
  ['zypper', 'de', 'up-to-date', 'aktuell', 'zypperTranslationDe'],
  ['zypper', 'de', 'out-of-date (version %s installed)', 'veraltet (Version %s installiert)', 'zypperTranslationDe'],
  ['zypper', 'fr', 'Name', 'Nom', 'zypperTranslationFr'],
  ['zypper', 'fr', 'Status', 'État', 'zypperTranslationFr'],
  ['zypper', 'fr', 'up-to-date', 'à jour', 'zypperTranslationFr'],
  ['zypper', 'fr', 'out-of-date (version %s installed)', 'pas à jour (version %s installée)', 'zypperTranslationFr'],
  ['zypper', 'es', 'Name', 'Nombre', 'zypperTranslationEs'],
  ['zypper', 'es', 'Version', 'Versión', 'zypperTranslationEs'],
  ['zypper', 'es', 'Status', 'Estado', 'zypperTranslationEs'],
  ['zypper', 'es', 'up-to-date', 'actualizado', 'zypperTranslationEs'],
  ['zypper', 'es', 'out-of-date (version %s installed)', 'obsoleto (instalada la versión %s)', 'zypperTranslationEs'],
  ['zypper', 'zh-cn', 'Name', '名称', 'zypperTranslationZhCn'],
  ['zypper', 'zh-cn', 'Version', '版本', 'zypperTranslationZhCn'],
  ['zypper', 'zh-cn', 'Status', '状态', 'zypperTranslationZhCn'],
  ['zypper', 'zh-cn', 'up-to-date', '最新', 'zypperTranslationZhCn'],
  ['zypper', 'zh-cn', 'out-of-date (version %s installed)', '过时（已安装版本 %s）', 'zypperTranslationZhCn'],
];

/** zypper info's out-of-date Status in English (src/info.cc): the msgid its translations in packageInfoLabels carry. */
export const zypperOutOfDate: { text: string; source: Source } = { text: 'out-of-date (version %s installed)', source: 'zypperInfo' };

/** zypp's history log: the actions of a line that installs (or upgrades) and removes a package, as written (padded to seven characters). */
export const zyppHistory: { install: string; remove: string; source: Source } = { install: 'install', remove: 'remove ', source: 'libzyppHistory' };

/** The packages the upgrade installs, which a hold or a lock on them keeps back: Docker's own, or a distribution's rootlesskit. */
export const upgradedPackages: readonly string[] = ['docker-ce', 'docker-ce-cli', 'docker-ce-rootless-extras', 'rootlesskit'];

/** apt show's field that its record is of the installed version (its value: installed by hand, "yes", or as a dependency, "no"). */
export const aptShowInstalled: { field: string; source: Source } = { field: 'APT-Manual-Installed', source: 'aptShow' };

/** A Debian bug report's pseudo-header: Package:, Version: (reportbug writes the one installed), then Severity: with one of its levels. */
export const reportbugSeverity: { field: string; levels: readonly string[]; source: Source } = {
  field: 'Severity',
  levels: ['critical', 'grave', 'serious', 'important', 'normal', 'minor', 'wishlist'],
  source: 'debianBugReporting',
};

/**
 * apt-mark's hold: `apt-mark showhold` lists the held packages one a line, `apt-mark hold` answers "docker-ce set on hold." (or "was
 * already set on hold."), dpkg -l marks a held, installed package `hi` (its desired action, then its status), and `dpkg --get-selections`
 * writes a package and its selection, `hold`. apt-get will not upgrade a held package it is asked to, so `apt-mark unhold` comes first;
 * it answers "Canceled hold on docker-ce." (or "docker-ce was already not on hold.").
 */
export const aptHold: {
  showhold: { command: string; source: Source };
  setOnHold: { text: string; source: Source };
  unhold: { canceled: string; notHeld: string; source: Source };
  dpkgRow: { state: string; source: Source };
  selection: { state: string; source: Source };
} = {
  showhold: { command: 'apt-mark showhold', source: 'aptMark' },
  setOnHold: { text: 'set on hold.', source: 'aptMark' },
  unhold: { canceled: 'Canceled hold on ', notHeld: ' was already not on hold.', source: 'aptMark' },
  dpkgRow: { state: 'hi', source: 'dpkgQuery' },
  selection: { state: 'hold', source: 'dpkgQuery' },
};

/**
 * dnf's versionlock: `dnf versionlock list` (dnf4's plugin) writes each lock as the package's name, epoch, version and release and a
 * glob ("docker-ce-3:27.3.1-1.fc41.*"); dnf5 writes "Package name: docker-ce" under a comment. dnf will not upgrade a locked package,
 * so `dnf versionlock delete` comes first. `versionlock add` answers "Adding versionlock on: " and the lock (dnf4), or 'Adding
 * versionlock on "docker-ce = 3:27.3.1-1.fc41".' (dnf5); `versionlock delete` answers "Deleting versionlock for: " and the lock (dnf4), or
 * "Deleting versionlock entry:" and then the entry, its "Package name: docker-ce" (dnf5).
 */
export const dnfLock: {
  command: string;
  glob: string;
  dnf5Name: string;
  added: { dnf4: string; dnf5: string };
  deleted: { dnf4: string; dnf5: string };
  source: Source;
} = {
  command: 'versionlock',
  glob: '.*',
  dnf5Name: 'Package name: ',
  added: { dnf4: 'Adding versionlock on: ', dnf5: 'Adding versionlock on "' },
  deleted: { dnf4: 'Deleting versionlock for: ', dnf5: 'Deleting versionlock entry:' },
  source: 'dnfVersionlockPlugin',
};

/**
 * zypper's package locks: `zypper locks` (`ll`) lists each as a table's row ("1 | docker | package | (any)"; with --matches a count
 * after the name); `zypper addlock` (`al`) answers "Specified lock has been successfully added." (or "locks have"), naming no package,
 * and `zypper removelock` (`rl`) "1 lock has been successfully removed." zypper will not upgrade a locked package, so the lock goes first.
 */
export const zypperLock: {
  list: string[];
  add: string[];
  remove: string[];
  added: string;
  removed: string;
  source: Source;
} = {
  list: ['locks', 'll'],
  add: ['addlock', 'al'],
  remove: ['removelock', 'rl'],
  added: ' been successfully added.',
  removed: ' been successfully removed.',
  source: 'zypperLocks',
};

// A Docker pipe that is there but refused the client: its access denied, or every instance busy.
const PIPE_NOT_MISSING = /pipe[/\\]docker\w*: (?:Access is denied|All pipe instances are busy)/;

// Every address of the host, IPv4's or IPv6's, before a port.
const ALL_ADDRESSES = /(?:0\.0\.0\.0|\[::\]):\d/;
// The namespace's own address before a port, not the end of another address (110.0.2.100).
const WHOLE_CHILD = new RegExp(`(?<![\\d.])${rootlesskitAddressing.child.replaceAll('.', '\\.')}:`);

/** What RootlessKit adds to a refused privileged port only when it runs as "rootlesskit", which a file capability on it would help. */
const SETCAP_ADVICE = 'CAP_NET_BIND_SERVICE on rootlesskit binary';

/** Messages that say something by their text alone: the symptom, and the errors of Docker, RootlessKit, pasta and the tools around them. */
export const knownErrors = [
  // Not systemd's tools', whose D-Bus call the bus reset: "Failed to enable unit: …", "Failed to start docker.service: …",
  // "Failed to connect to bus: …" (urllib3's "Failed to establish a new connection: [Errno 104] …" goes on past its colon).
  // (Not the error named as a problem that the sentence says does not happen: "the "Connection reset by peer" problem does not apply to us".)
  { id: 'connection-reset', parts: ['Connection reset by peer'], unless: /^Failed to [^:]+: Connection reset by peer$|["\u201c]Connection reset by peer["\u201d][^.!?]*\b(?:not|never|n't)\b/, source: 'moby48838' },
  // Only after curl's words, or in wget's brackets ("Lesefehler (…) beim Vorspann (header)."): not another program's sentence.
  ...translatedResets.flatMap(([, text, source]) => [
    { id: 'connection-reset', parts: ['Recv failure: ', text], source } as const,
    { id: 'connection-reset', parts: [`(${text})`], source: 'wgetReadError' } as const,
  ]),
  // curl on Windows, which words WSAECONNRESET itself (curl.exe on the Windows side of WSL), with any of its exit codes (35 in a TLS
  // handshake); only curl's own line: git for Windows prints the same words about a failed fetch.
  { id: 'connection-reset', parts: ['Recv failure: Connection was reset', 'curl: ('], source: 'curlWinsockErrors' },
  { id: 'passt-dual-stack-failure', parts: ['Dual stack forward, but IPv6 not enabled'], source: 'rootlesskit591' },
  { id: 'pasta-failed', parts: ['pasta failed with exit code'], source: 'rootlesskit591' },
  // The kernel's audit of AppArmor refusing pasta, by its profile or its command (profile="passt" comm="pasta", comm="pasta.avx2"), as on
  // Ubuntu 23.10 and 24.04 before the workaround; not a file of another program's that names pasta (review R134 18).
  { id: 'pasta-denied', parts: ['apparmor="DENIED"', ' profile="pasta'], source: 'launchpad2077158' },
  { id: 'pasta-denied', parts: ['apparmor="DENIED"', ' comm="pasta'], source: 'launchpad2077158' },
  // The same failure as RootlessKit reports it: pasta exited while RootlessKit set up the network, so dockerd does not start.
  { id: 'pasta-start-failed', parts: ['pasta failed with exit code', '[rootlesskit:'], source: 'rootlesskitPasta' },
  { id: 'slirp4netns-port-driver-tcp', parts: ['is not supported by the RootlessKit port driver "slirp4netns"'], source: 'moby49499' },
  // Only on the namespace's own address: the same words about a host address are a port already taken, rootful or not. Docker binds
  // there only for a port driver that refuses the namespace's loopback (slirp4netns; moby's rlkclient), so its port manager is in use.
  { id: 'bind-address-in-use', parts: ['address already in use', 'failed to bind host port', `${rootlesskitAddressing.child}:`], where: WHOLE_CHILD, source: 'moby51591', portManager: true },
  // Not Podman's words for the same missing program, which a container's start prints (podman-docker's docker too).
  { id: 'slirp4netns-not-found', parts: ['executable file not found', 'slirp4netns'], unless: /could not find slirp4netns/, source: 'moby52641' },
  // RootlessKit's, set to run a pasta it did not find on the daemon's PATH (its LookPath's error; v3's feature probe words it itself):
  // not a container's (runc's exec) or Podman's.
  { id: 'pasta-not-found', parts: ['"pasta": executable file not found', '[rootlesskit:'], source: 'rootlesskitPasta' },
  { id: 'pasta-not-found', parts: ['pasta binary "pasta" is not installed'], source: 'rootlesskitPasta' },
  { id: 'podman-info', parts: ['could not find slirp4netns, the network namespace'], source: 'podmanSlirp4netnsSetup' },
  // kind's first words when Podman runs its nodes (KIND_EXPERIMENTAL_PROVIDER=podman, or no Docker found).
  { id: 'podman-info', parts: ['enabling experimental podman provider'], source: 'kindPodmanProvider' },
  // A specific host address, not all of them: binding [::] fails so where the host has no IPv6 (review 47).
  { id: 'cannot-assign-address', parts: ['cannot assign requested address', 'userland proxy'], unless: ALL_ADDRESSES, source: 'rootlesskitIntegration' },
  // Docker 28 and later word it as they word every failed binding (moby#51591's "failed to bind host port …: address already in use").
  { id: 'cannot-assign-address', parts: ['cannot assign requested address', 'failed to bind host port'], unless: ALL_ADDRESSES, source: 'rootlesskitIntegration' },
  { id: 'pasta-port-driver-refused', parts: ['network "pasta" requires port driver'], source: 'rootlesskitMain' },
  // RootlessKit set to port driver "pasta" (a slip for pesto or implicit) stops before it looks at the network driver; seen at
  // commit 9b66c79, after pesto arrived.
  { id: 'port-driver-pasta', parts: ['did you mean "pesto"'], source: 'rootlesskitMainPesto' },
  // The same before pesto: RootlessKit's words for any port driver it does not know.
  { id: 'port-driver-pasta', parts: ['unknown port driver: pasta'], source: 'rootlesskitMain' },
  { id: 'implicit-without-pasta', parts: ['port driver requires pasta network'], source: 'rootlesskitMain' },
  // RootlessKit before 3.1.0 set to the pesto port driver: it stops, and dockerd does not start.
  { id: 'pesto-unknown', parts: ['unknown port driver: pesto'], source: 'rootlesskitMain' },
  // RootlessKit 3.1.0 or later set to pesto with another network driver: it stops, and dockerd does not start.
  { id: 'pesto-without-pasta', parts: ['port driver "pesto" requires --net=pasta'], source: 'rootlesskitMain' },
  // The same refusal as newer RootlessKit words it.
  { id: 'implicit-without-pasta', parts: ['port driver "implicit" requires --net=pasta'], source: 'rootlesskitMain' },
  // RootlessKit could not create its user namespace: not allowed to this user, or none allowed at all (Docker's rootless
  // troubleshooting); docker:dind-rootless's entrypoint checks the same two settings before it starts RootlessKit.
  { id: 'userns-unavailable', parts: ['failed to start the child: ', 'operation not permitted'], source: 'dockerRootlessTroubleshoot' },
  { id: 'userns-unavailable', parts: ['failed to start the child: ', 'no space left on device'], source: 'dockerRootlessTroubleshoot' },
  // EACCES when RootlessKit starts its child: RootlessKit then warns that Ubuntu's AppArmor restriction of unprivileged user
  // namespaces may be the cause, when that restriction is on.
  { id: 'userns-unavailable', parts: ['failed to start the child: ', '/proc/self/exe: permission denied'], source: 'rootlesskitWarn' },
  { id: 'userns-unavailable', parts: ['apparmor_restrict_unprivileged_userns is set to 1'], source: 'rootlesskitWarn' },
  { id: 'userns-unavailable', parts: ["attempting to run rootless dockerd but need '"], source: 'dindEntrypoint' },
  // RootlessKit could not create tap0 for slirp4netns or vpnkit (the parent's words, and the child's): /dev/net/tun.
  { id: 'tap-unavailable', parts: ['setting up tap tap0'], source: 'rootlesskit229' },
  { id: 'tap-unavailable', parts: ['executing [[ip tuntap add name tap0'], source: 'rootlesskit229' },
  // newuidmap and newgidmap (shadow) refused RootlessKit's ID map, which RootlessKit prints in brackets before their words (Podman's
  // and other tools' own words about them do not): run without their privilege ("Could not set caps" where built with libcap) or
  // inside a user namespace that lacks the ranges, or given ranges that overlap; and RootlessKit's own words when the user has no
  // ranges, or no file of them (not dockerd's userns-remap, nor containers/storage, whose words are alike).
  { id: 'id-map-privilege', parts: ['map failed: Operation not permitted', '] failed: new'], source: 'rootlesskit326' },
  { id: 'id-map-privilege', parts: ['idmap: Could not set caps', '] failed: new'], source: 'moby41812' },
  { id: 'id-map-overlap', parts: ['map failed: Invalid argument', '] failed: new'], source: 'rootlesskit476' },
  { id: 'id-map-missing', parts: ['id ranges found for ', 'compute uid/gid map'], source: 'dockerRootlessTroubleshoot' },
  { id: 'id-map-missing', parts: ['compute uid/gid map: open /etc/sub'], source: 'dockerRootlessTroubleshoot' },
  // RootlessKit's report that the program it ran (dockerd, for Docker) exited: that program's own error says why.
  { id: 'rootlesskit-child-exited', parts: ['] error: child exited', '[rootlesskit:'], source: 'rootlesskitMain' },
  { id: 'rootlesskit-child-exited', parts: ['] exited: ', '] error: command [', '[rootlesskit:'], source: 'rootlesskitMain' },
  // What RootlessKit prints as it exits with any other error, and the setup tool's words when its trial run of RootlessKit fails.
  { id: 'rootlesskit-failed', parts: ['] error: ', '[rootlesskit:'], source: 'rootlesskitMain', general: true },
  { id: 'rootlesskit-failed', parts: ['RootlessKit failed, see the error messages'], source: 'mobyRootlessSetuptool' },
  // Its error about the network driver where another program prints it without RootlessKit's tag (k3s, which embeds RootlessKit).
  { id: 'rootlesskit-failed', parts: ['failed to setup network &{binary:'], source: 'rootlesskit299', general: true },
  // dockerd's last words when it stops while setting up: the cause follows on the same line.
  { id: 'daemon-failed', parts: ['failed to start daemon: '], source: 'mobyDaemonCommand' },
  // systemd's words for a unit that stopped, and systemctl's for one that did not start.
  { id: 'service-failed', parts: ['Failed with result', 'docker.service'], source: 'systemdUnitLog' },
  { id: 'service-failed', parts: ['Job for docker.service failed'], source: 'systemdJobs' },
  { id: 'service-failed', parts: ['status=203/EXEC', 'docker'], source: 'systemdExec' },
  // From Docker 29.0 (moby#51541: "after upgrading to v29"), dockerd-rootless.sh turns on IPv6 forwarding in RootlessKit's
  // namespace and stops where the kernel has no IPv6 (ipv6.disable=1).
  { id: 'ipv6-disabled-kernel', parts: ['/proc/sys/net/ipv6/conf/all/forwarding', 'sysctl'], source: 'moby51541' },
  // systemctl's words for the system's manager where /run/systemd/system is missing: systemd is not PID 1 where it ran.
  { id: 'no-systemd', parts: ['System has not been booted with systemd as init system'], source: 'systemdBusUtil' },
  { id: 'no-systemd', parts: ['Failed to connect to bus: Host is down'], source: 'systemdBusUtil' },
  { id: 'no-systemd', parts: ['Failed to create bus connection: Host is down'], source: 'systemdBusUtil' },
  // Rootless containerd's setup tool, where systemctl --user answers nothing: it sets up only the user service.
  { id: 'no-systemd', parts: [rootlessContainerd.setupTool.needsSystemd], source: 'nerdctlRootlessSetuptool' },
  // A shell without the user's own login session (su, sudo): systemctl's words, with its hint or (where the code drops the hint)
  // the error itself, and the setup tool's.
  { id: 'no-user-session', parts: ['$XDG_RUNTIME_DIR not defined'], source: 'systemdBusUtil' },
  { id: 'no-user-session', parts: ['Failed to connect to bus: No medium found'], source: 'systemdBusUtil' },
  // The hint systemctl adds where it cannot reach that user's bus (without its variables, or not allowed to, after su), which newer
  // systemd words "Failed to connect to user scope bus via local transport: …".
  { id: 'no-user-session', parts: ['consider using --machine=<user>@.host --user'], source: 'dockerDocs14491' },
  { id: 'no-user-session', parts: ['is not set, does not exist, or is not writable', 'XDG_RUNTIME_DIR'], source: 'mobyRootlessSetuptool' },
  // dockerd-rootless.sh's own first check, before it runs RootlessKit.
  { id: 'no-user-session', parts: ['XDG_RUNTIME_DIR needs to be set and writable'], source: 'mobyRootlessScript' },
  // The setup tool's checks before it sets anything up ("… Run the following commands to"), and the installer's at
  // get.docker.com/rootless ("… Please run following commands to"), each followed by the commands that would pass them.
  { id: 'setup-requirements', parts: ['Missing system requirements. ', 'following commands'], source: 'mobyRootlessSetuptool' },
  // The same checks where they know no package manager (Alpine, Wolfi): only what is missing.
  { id: 'setup-requirements', parts: ['binary not found. Please install with a package manager.'], source: 'mobyRootlessSetuptool' },
  // Rootless Docker is a user's daemon: the setup tool, its installer and dockerd-rootless.sh refuse to run as root.
  { id: 'run-as-root', parts: ['Refusing to install rootless Docker as the root user'], source: 'mobyRootlessSetuptool' },
  { id: 'run-as-root', parts: ['This script must be executed as a non-privileged user'], source: 'mobyRootlessScript' },
  // The setup tool ("… (/var/run/docker.sock) is running …") and its installer stop while the system-wide daemon's socket is writable.
  { id: 'rootful-docker-running', parts: ['Aborting because rootful Docker', 'is running and accessible'], source: 'mobyRootlessSetuptool' },
  // dockerd-rootless.sh's next checks: RootlessKit on PATH, and (before Docker 29.5, when no driver is set) slirp4netns or vpnkit installed.
  { id: 'rootlesskit-missing', parts: ['rootlesskit needs to be installed'], source: 'mobyRootlessScriptBeforePasta' },
  // containerd-rootless.sh checks for none: its shell's exec fails ("containerd-rootless.sh: 150: exec: rootlesskit: not found").
  { id: 'rootlesskit-missing', parts: ['exec: rootlesskit: not found'], source: 'nerdctlRootlessScript' },
  // Its setup tool checks for none either: it runs RootlessKit, and the shell, naming the tool, says it is missing (dash, busybox's ash: "…
  // containerd-rootless-setuptool.sh: 116: rootlesskit: not found"; bash: "…: line 116: rootlesskit: command not found").
  // (Its own id: no daemon is stopped by it, nor is it overcome by one running, and a link carries which tool failed.)
  { id: 'setup-rootlesskit-missing', parts: ['rootlesskit: not found', 'containerd-rootless-setuptool.sh: '], source: 'nerdctlRootlessSetuptool' },
  { id: 'setup-rootlesskit-missing', parts: ['rootlesskit: command not found', 'containerd-rootless-setuptool.sh: '], source: 'nerdctlRootlessSetuptool' },
  { id: 'network-driver-missing', parts: ['or vpnkit needs to be installed'], source: 'mobyRootlessScriptBeforePasta' },
  // RootlessKit's host network driver (no network namespace): the script refuses it (moby#51395), RootlessKit its port drivers.
  { id: 'host-network-driver', parts: ['Unsupported RootlessKit network driver: host'], source: 'mobyPr51395' },
  { id: 'host-network-driver', parts: ['port driver requires non-host network'], source: 'rootlesskitMain' },
  // pasta's option among RootlessKit's own (DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS): RootlessKit's parser refuses a flag it does not define.
  { id: 'flags-pasta-option', parts: ['flag provided but not defined: -host-lo-to-ns-lo'], source: 'rootlesskitMain' },
  // The client's words when DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock was set in such a shell: the variable was empty.
  { id: 'no-user-session', parts: ['Docker daemon at unix:///docker.sock'], source: 'dockerInstall208' },
  { id: 'no-user-session', parts: ['docker API at unix:///docker.sock'], source: 'dockerInstall208' },
  // Docker asks RootlessKit's port manager for a port only when the port driver is neither implicit nor none.
  { id: 'port-manager-call', parts: ['PortManager.AddPort()'], source: 'mobyRlkClient', portManager: true },
  // RootlessKit's builtin port driver, refused a port below net.ipv4.ip_unprivileged_port_start; Podman's rootlessport shares its code.
  // Only RootlessKit run as "rootlesskit" (Docker's, or nerdctl's) offers the capability, which then helps.
  { id: 'privileged-port', parts: ['cannot expose privileged port '], source: 'rootlesskitBuiltinParent', podman: 'rootlessport' },
  { id: 'privileged-port-rootlesskit', parts: ['cannot expose privileged port ', SETCAP_ADVICE], source: 'rootlesskitBuiltinParent' },
  // pasta's own words for a port below that sysctl's value (Podman's for its "-t" option); the capability does not help it there. Not
  // for a port from 1024 on, which that value (1024 unless changed) allows: something else (AppArmor, SELinux) denied pasta.
  {
    id: 'privileged-port',
    parts: ['Failed to bind port ', '(Permission denied)'],
    unless: /Failed to bind port (?:\d{5}|[2-9]\d{3}|1[1-9]\d\d|10[3-9]\d|102[4-9])\b/,
    source: 'passtManPage',
    podman: "for option '-",
  },
  // The client reached a socket it may not use: the system-wide daemon's (root's, and the docker group's), or another user's.
  { id: 'socket-permission-denied', parts: ['permission denied while trying to connect to the Docker daemon socket at '], source: 'dockerPostinstall' },
  { id: 'socket-permission-denied', parts: ['permission denied while trying to connect to the docker API at '], source: 'dockerPostinstall' },
  { id: 'daemon-unreachable', parts: ['Cannot connect to the Docker daemon'], source: 'dockerRootlessDocs' },
  // The client's current context (the setup tool's "rootless", say) is not in this user's configuration: another HOME, or removed.
  { id: 'context-missing', parts: ['unable to resolve docker endpoint: context "', 'does not exist'], source: 'mobyRootlessSetuptool' },
  { id: 'context-missing', parts: ['is not found on the file system, please check your config file'], source: 'mobyRootlessSetuptool' },
  { id: 'daemon-unreachable', parts: ['failed to connect to the docker API at'], source: 'moby52641' },
  { id: 'daemon-unreachable', parts: ["Couldn't connect to Docker daemon at "], source: 'composeV1Errors' },
  // A daemon looked for by a host name that does not resolve: a CI job's docker:dind service that failed to start, or none defined.
  { id: 'daemon-unreachable', parts: ['error during connect: ', 'dial tcp: lookup '], source: 'gitlabDockerTroubleshoot' },
  // Docker's named pipe on Windows, missing (the client's "open //./pipe/docker_engine: The system cannot find the file specified", in
  // the user's language, after the pipe in its request's URL, "http://%2F%2F.%2Fpipe%2Fdocker_engine/…") or Docker Desktop's own
  // ("open \\.\pipe\docker_engine_linux: …"); not a pipe whose access was denied or whose instances are all busy, which no start fixes.
  { id: 'daemon-unreachable', parts: ['open //./pipe/docker'], unless: PIPE_NOT_MISSING, source: 'dockerCliHosts' },
  { id: 'daemon-unreachable', parts: ['error during connect', '%2Fpipe%2Fdocker'], unless: PIPE_NOT_MISSING, source: 'dockerCliHosts' },
  { id: 'daemon-unreachable', parts: ['open \\\\.\\pipe\\docker'], unless: PIPE_NOT_MISSING, source: 'forWin7186' },
] as const satisfies readonly KnownError[];

export type KnownErrorId = (typeof knownErrors)[number]['id'];

/** RootlessKit's refusals of its settings (it stops before the daemon starts): what a comment may quote, and what a later start gets past. */
export const settingRefusals: readonly KnownErrorId[] = ['pasta-port-driver-refused', 'implicit-without-pasta', 'port-driver-pasta', 'pesto-unknown', 'pesto-without-pasta', 'host-network-driver', 'flags-pasta-option'];

/**
 * Signals besides the known errors: ports published on loopback addresses (by the address) or on all addresses, a container on the
 * host network, a rootful and a rootless daemon both running, a CLI whose current context is the system-wide daemon's (or Docker
 * Desktop's) beside a rootless one, and the ports docker published for it (context-ports), a docker info cut off before its Security Options, a socket on the host that RootlessKit or pasta holds, an application in a
 * container that says it listens on the container's own 127.0.0.1 (or on every address), Podman's output, the docker:dind-rootless
 * image named, a command run in a container, a client that looked for Docker Desktop's daemon (or Docker's pipe on Windows), by system,
 * a docker version whose daemon lists no rootlesskit component where it would not show one (which only suggests rootful), the setup
 * tool's uninstall of the rootless unit, the unit's environment as systemd loaded it, with or without dockerd-rootless.sh's settings,
 * a setting it does not read, rootless BuildKit named where nothing shows Docker's daemon (RootlessKit's errors are then buildkitd's), and
 * another client's reset (Go's, Node.js's, Chromium's), which only the symptom's note reads, and apt holding Docker's packages at a version
 * (apt-pin) with the versions apt-cache policy lists for every Docker package shown (apt-version-listed), which the upgrade's fix reads,
 * apt-mark's hold on one of Docker's packages (apt-hold) and dnf's versionlock on one (dnf-lock), which the upgrade's fix releases first,
 * the shell's answer that slirp4netns is not installed (slirp4netns-absent), which the question for the network driver reads, and the
 * user service answering active (user-daemon-active) and its socket listed (user-socket), where the client asked the system-wide one.
 */
export const otherSignals = [
  'published-loopback',
  'published-secondary-loopback',
  'published-ipv6-loopback',
  'published-all',
  'host-network-mode',
  'two-daemons',
  'info-cut',
  'context-system',
  'rootlesskit-listener',
  'pasta-listener',
  // A daemon (docker version) or RootlessKit's API answering with pasta as its network driver: pasta started.
  'pasta-answered',
  'container-loopback-listener',
  'container-all-listener',
  'podman-info',
  // Podman's API (or podman-docker's docker) answered docker version itself: asking for it again prints Podman's.
  'podman-answered',
  'dind-rootless',
  'container-exec',
  'desktop-windows',
  'desktop-mac',
  'desktop-linux',
  'rootful-unlisted',
  'rootless-uninstalled',
  'drop-in-loaded',
  'drop-in-not-loaded',
  'setting-ignored',
  'setting-unclosed',
  // A unit's Environment= line systemd never applies to the rootless daemon (recognisers/unit-place.ts), by why.
  'setting-outside-service',
  'setting-discarded',
  'setting-system-unit',
  'setting-other-unit',
  'remote-daemon',
  'unit-running',
  'net-set',
  'buildkit',
  'client-reset',
  'apt-pin',
  'apt-version-listed',
  'apt-hold',
  'dnf-lock',
  'zypper-lock',
  // pacman.conf's IgnorePkg, or pacman -Syu skipping one of those packages (recognisers/pacman-ignore.ts): the upgrade's fix takes it out first.
  'pacman-ignore',
  // A hold or lock on one of those packages released (apt-mark unhold, dnf versionlock delete, zypper removelock).
  'lock-released',
  'slirp4netns-absent',
  'user-daemon-active',
  'user-socket',
  // A client's request to a port on 127.0.0.1, which a reset beside it concerns (context.ts freshReset).
  'loopback-request',
  // An access log's request from 127.0.0.1 (nginx's and Apache's log formats): the client address a container sees.
  'loopback-clients',
  // Ports that docker published for the current context's daemon, not the rootless one, and what was asked of them (rules/context-other.ts).
  'context-ports',
  // The version of RootlessKit only a package shows, no restart shown since (core.ts): the daemon may predate it, as a link carries too.
  'rootlesskit-installed',
  // The rootless extras of Docker only a package shows, a restart or a start dated after them shown (core.ts): the daemon runs their
  // RootlessKit, as a link carries too.
  'extras-started-since',
  // Pasta set alone in rootless containerd's settings, no daemon shown (core.ts): its script gives the port driver builtin (infer.ts).
  'containerd-pasta-alone',
  // Rootless containerd shown, and nothing else read (core.ts): the next step asks for its settings, not for docker version (next-step.ts).
  'containerd-alone',
  // The unit of rootless containerd shown without any of its settings (recognisers/env.ts): its script picks the network driver, never pasta.
  'containerd-net-unset',
  // Rootless containerd shown beside what else was read (core.ts): a link carries it, so that its fixes and steps are those of containerd.
  'containerd-shown',
  // Rootless containerd's RootlessKit set aside beside a rootful Docker (rules/containerd-beside-docker.ts): a reset may be this problem in
  // containerd, which the rootful verdict does not rule out, as a link carries too.
  'containerd-beside-rootful',
  // nerdctl typed as root at a prompt (recognisers/nerdctl.ts): it asks the system-wide containerd, not the rootless one of the user.
  'nerdctl-as-root',
  // nerdctl typed at the prompt of a user without sudo (recognisers/nerdctl.ts), kept beside nerdctl-as-root alone (core.ts): its
  // containers are those of rootless containerd, and a link carries it, so that sudo nerdctl beside it decides as in the paste.
  'nerdctl-as-user',
  // pasta's version is a package's (what is installed), or another pasta's version is shown beside it (rules/link-signals.ts): alone, it
  // does not say that the pasta a rootless daemon runs is older than the change, as a link carries too.
  'pasta-unsure',
  // pasta is the network driver only by the settings' lines (rules/link-signals.ts): a daemon whose RootlessKit has no pasta driver did not
  // start with them, as a link carries too.
  'pasta-set-only',
  // sudo systemctl restart docker typed: the rootful daemon restarted, not the rootless one (recognisers/rootful-restart.ts), as a link carries too.
  'rootful-restarted',
  // A CI job's service named (recognisers/ci-service.ts): the job cannot enter the network namespace of a daemon there (rules/findings.ts).
  'ci-service',
  // GitLab Runner's Docker executor (recognisers/ci-service.ts): a job's services are containers apart from its own, whose 127.0.0.1 is its
  // own (rules/findings.ts, the reset's note).
  'docker-executor',
  // docker:dind-rootless's entrypoint reads the settings (rules/entrypoint.ts): the port driver goes in FLAGS, and the image has no passt.
  'dind-entrypoint',
  // That image is the official one, which installs no passt, and no Dockerfile shown adds it (rules/entrypoint.ts): pasta cannot start there.
  'stock-image',
  // A setting of dockerd-rootless.sh passed to that entrypoint, which never reads it (rules/entrypoint.ts).
  'entrypoint-unread',
] as const;

/** Markers that pass only between recognisers and the rules that read them (local-again.ts, installed.ts, overcome.ts, flags.ts, core.ts); core.ts removes them after those rules: never a result's or a link's. */
export const markers = [
  // A RootlessKit version with a letter where a digit goes ("2.3.l", OCR's 2.3.1), left unread (facts.ts): the next step says so (core.ts).
  'version-misread',
  // Rootless containerd's setup tool, run to its end (overcome.ts).
  'containerd-installed',
  // The user service stopped and started (two-daemons.ts).
  'rootless-stopped',
  'rootless-started',
  'remote-host',
  'remote-dial',
  'remote-once',
  'session-start',
  'shell-start',
  'shell-failed',
  'ssh-once',
  'session-end',
  'session-closed',
  'session-failed',
  'host-local',
  'context-local',
  'context-other',
  'settings-shown',
  // systemctl status's Drop-In: list naming drop-ins of a directory other than the user's own (recognisers/drop-ins.ts): a fix's drop-in
  // must sort after them (flags.ts fixDropIn).
  'drop-in-listed',
  'configuration-named',
  'flags-set',
  'flags-with-option',
  'rootlesskit-elsewhere',
  'userns-clone-off',
  'userns-clone-on',
  'userns-max-off',
  'userns-max-on',
  'daemon-restarted',
  // Rootless containerd's RootlessKit, or nerdctl or its setup tool typed (recognisers/nerdctl.ts), or its settings (rules/containerd-settings.ts):
  // the fixes are containerd's (apply.ts).
  'containerd-rootless',
  // A line that sets one of containerd-rootless.sh's variables (recognisers/env.ts), which rules/containerd-settings.ts weighs.
  'containerd-settings',
  // A line about the user unit of Docker, or of rootless containerd (recognisers/nerdctl.ts): nerdctl typed beside the failure of the
  // unit of Docker alone leaves Docker the daemon in question (apply.ts).
  'docker-unit-named',
  'containerd-unit-named',
  // nerdctl typed as the user to publish a port (recognisers/nerdctl.ts): the reader uses rootless containerd, whose facts then decide
  // beside the failure of the unit of Docker (rules/containerd-beside-docker.ts).
  'nerdctl-published',
  // doas typed at a prompt, or its password prompt (recognisers/doas.ts): the fixes run their root commands with doas (doas.ts).
  'doas-shown',
  // The daemon's default address for published ports set to a loopback one, and the ports published without one (daemon-ip.ts).
  'daemon-ip',
  'published-default',
] as const;

/** What an installed package tells the checker; `vendor` says whether Docker or a distribution built it. */
export interface PackageRole {
  /** "podman-docker": its docker command runs Podman, so the host's docker is Podman's. */
  role: 'engine' | 'rootless-extras' | 'rootlesskit' | 'passt' | 'slirp4netns' | 'podman-docker';
  vendor?: 'docker' | 'distribution';
  source: Source;
}

/**
 * Package names the checker reads. Only Docker's own rootless extras let the bundled RootlessKit be inferred from the
 * Docker version; a distribution's (Alpine's docker-rootless-extras 27.3.1 ships RootlessKit 2.3.5) may differ.
 */
export const packageRoles: Readonly<Record<string, PackageRole>> = {
  'docker-ce': { role: 'engine', vendor: 'docker', source: 'mobyRootlesskitInstaller' },
  'docker-ce-rootless-extras': { role: 'rootless-extras', vendor: 'docker', source: 'mobyRootlesskitInstaller' },
  docker: { role: 'engine', vendor: 'distribution', source: 'mobyRootlesskitInstaller' },
  'docker.io': { role: 'engine', vendor: 'distribution', source: 'debianDockerIo' },
  'moby-engine': { role: 'engine', vendor: 'distribution', source: 'fedoraMobyEngine' },
  'docker-engine': { role: 'engine', vendor: 'distribution', source: 'alpineDockerApkbuild' },
  'docker-rootless-extras': { role: 'rootless-extras', vendor: 'distribution', source: 'mobyRootlesskitInstaller' },
  rootlesskit: { role: 'rootlesskit', source: 'rootlesskitReleases' },
  passt: { role: 'passt', source: 'passtTags' },
  slirp4netns: { role: 'slirp4netns', source: 'rootlesskitNetworkDoc' },
  'podman-docker': { role: 'podman-docker', source: 'podmanDockerShim' },
};

/**
 * The package manager whose package "docker" is not Docker: apt's (Debian's "docker" is a transitional package for wmdocker, the docklet
 * tray; Docker there is docker.io or Docker's docker-ce). Where a list of packages names each one's manager (an inventory's "source",
 * Ansible's package_facts), a "docker" another manager lists (rpm, pacman, apk, portage) is read as Docker, as their listings' rows are;
 * where it names none, it may be either, and is not.
 */
export const dockletTray: { manager: string; source: Source } = { manager: 'apt', source: 'debianDocker' };

/** Ubuntu releases whose AppArmor stops pasta under RootlessKit until the documented workaround is applied. */
export const appArmorUbuntu = {
  releases: ['Ubuntu 23.10', 'Ubuntu 24.04'],
  source: 'launchpad2077158' satisfies Source,
} as const;
