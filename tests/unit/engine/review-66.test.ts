// What the sixty-sixth review found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { decodeShare, shareDamaged } from '../../../src/engine/share.ts';

const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
const stops = (text: string) => analyze(text).findings.filter((f) => f.id === 'userns-unavailable').map((f) => f.evidence.map((e) => e.line));

test('a shell named at a prompt that did not start opens nothing: the next exit leaves the ssh session', () => {
  for (const [typed, error] of [
    ['zsh', '-bash: zsh: command not found'],
    ['fish', "Command 'fish' not found, but can be installed with:"],
    ['bash -c', 'bash: -c: option requires an argument'],
    ['ksh', 'sh: 1: ksh: not found'],
  ]) {
    const text = `$ ssh server\n$ ${typed}\n${error}\n$ docker version\n${dv}\n$ pasta --version\npasta 2025_01_21.4f2c8e7\n$ exit\n$ pasta --version\npasta 2024_09_06.6b38f07`;
    expect([typed, analyze(text).verdict]).toEqual([typed, 'affected']);
  }
});

test("a number after the user namespace commands is no setting's answer when the command went on (an exit status, a count) or was a file's text", () => {
  for (const command of [
    'cat /proc/sys/kernel/unprivileged_userns_clone > /dev/null; echo $?',
    'sysctl -n kernel.unprivileged_userns_clone >/dev/null 2>&1 ; echo $?',
    'cat /proc/sys/user/max_user_namespaces | grep -c "^0$"',
  ])
    expect([command, stops(`$ ${command}\n0`)]).toEqual([command, []]);
  expect(stops("$ cat > check.sh <<'EOF'\ncat /proc/sys/kernel/unprivileged_userns_clone\n0\nEOF\n$ cat /proc/sys/user/max_user_namespaces\n0")).toEqual([[5, 6]]);
  expect(stops('$ cat <<< "x"\n$ cat /proc/sys/user/max_user_namespaces\n0')).toEqual([[2, 3]]);
});

test('after a 0, another value and a 0 again, the evidence is the last answer, not the 0 it overrode', () => {
  const text = '$ cat /proc/sys/kernel/unprivileged_userns_clone\n0\n$ sudo sysctl kernel.unprivileged_userns_clone=1\nkernel.unprivileged_userns_clone = 1\n$ cat /proc/sys/kernel/unprivileged_userns_clone\n0';
  expect(stops(text)).toEqual([[5, 6]]);
});

test('a link cut inside a percent escape is damaged; one whose ampersands a mail escaped reads as meant (review 108 #5)', () => {
  expect(shareDamaged('#v=1&os=Debian%2')).toBe(true);
  expect(shareDamaged('#v=1&amp;net=pasta')).toBe(false);
  expect(decodeShare('#v=1&amp;net=pasta')).toEqual({ networkDriver: 'pasta' });
  expect(shareDamaged('#v=1&os=Debian%20GNU%2FLinux%2012')).toBe(false);
});

test('no network driver found: dockerd-rootless.sh is said to try pasta too, from the Docker that falls back to it', () => {
  const finding = analyze('dockerd-rootless.sh[2570]: Either slirp4netns (>= v0.4.0) or vpnkit needs to be installed').findings.find((f) => f.id === 'network-driver-missing')!;
  expect(finding.detail).toContain('picks slirp4netns, then (from Docker 28.5.2) pasta, then vpnkit, and found none.');
});

// What the sixty-seventh review found in the setup written by hand, and in the fixes above.
test('a version without its patch, a label that is no setup, YAML and images, and two lists that disagree offer nothing of what they say', () => {
  const written = (text: string) => analyze(text).written;
  expect(written('rootlesskit 2.3, pasta')).toEqual({ rootless: true, networkDriver: 'pasta' });
  expect(written('docker 27.5, rootlesskit 2, pasta')).toEqual({ rootless: true, networkDriver: 'pasta' });
  for (const text of ['Required: rootlesskit 2.3.2 and pasta 2024_10_30.ee7d0b6', 'Minimum: docker 27.5.1', 'image: docker:27.3.1-dind', 'docker: 27.3.1\nrootlesskit: 2.3.1'])
    expect([text, written(text)]).toEqual([text, undefined]);
  expect(written('docker 28.0.1 with slirp4netns\ndocker 28.0.1 with pasta')).toBeUndefined();
  expect(written('rootlesskit 2.3.1, pasta\nrootlesskit 2.3.2, pasta')).toBeUndefined();
});

test('an answer taken back is offered again, even where another answer lets the engine infer it', () => {
  const text = 'docker 27.3.1, rootlesskit 2.3.2, pasta';
  expect(analyze(text, { answers: { dockerServerVersion: '27.3.1', networkDriver: 'pasta', rootless: true } }).written).toMatchObject({ rootlesskitVersion: '2.3.2' });
});

test("the user namespace answer after errors sent away is still read; an arithmetic shift starts no here-document", () => {
  expect(stops('$ cat /proc/sys/kernel/unprivileged_userns_clone 2>/dev/null\n0')).toEqual([[1, 2]]);
  expect(stops('$ echo $((1 << SHIFT))\n2\n$ cat /proc/sys/kernel/unprivileged_userns_clone\n0')).toEqual([[3, 4]]);
});

// What the sixty-eighth review found.
test('passt beside slirp4netns names no driver; a label or heading that is no setup, and lists that disagree, offer nothing', () => {
  const written = (text: string) => analyze(text).written;
  expect(written('rootlesskit 2.3.1, passt 2025_03_20.32f6212, slirp4netns 1.2.0')).not.toHaveProperty('networkDriver');
  for (const text of [
    'Versions fixed: rootlesskit 2.3.2, pasta',
    'Setup that works: rootlesskit 2.3.2 with pasta',
    'Required:\n- rootlesskit 2.3.2 with pasta',
    'To fix it, upgrade to:\n1. rootlesskit 2.3.2 and pasta',
    'Setup A: rootlesskit 2.3.2, slirp4netns\nSetup B: docker 27.3.1, pasta',
    'rootlesskit 2.3.1, slirp4netns\ndocker 27.3.1, pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
  for (const text of ['环境：docker 27.3.1, rootlesskit 2.3.1, pasta', 'My setup:\n- docker 27.3.1\n- rootlesskit 2.3.1 with pasta'])
    expect([text, written(text)]).toEqual([text, { rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' }]);
});

test('errors sent away from several settings asked at once leave their answers unread; a here-document on a line with a loop is one', () => {
  expect(stops('$ sysctl -n kernel.unprivileged_userns_clone kernel.apparmor_restrict_unprivileged_userns user.max_user_namespaces 2>/dev/null\n0\n63457')).toEqual([]);
  expect(stops('$ for ((i=0;i<2;i++)); do cat <<EOF\n$ cat /proc/sys/user/max_user_namespaces\n0\nEOF')).toEqual([]);
});

// What the sixty-ninth review found.
test('a list under a heading that is none of the reader’s, however it is marked, is not theirs; nor one after a label that says so, nor one beside them', () => {
  const written = (text: string) => analyze(text).written;
  for (const text of [
    'Required:\n* rootlesskit 2.3.2\n* docker 27.5.1',
    'Required:\n+ rootlesskit 2.3.2',
    'Required:\n`rootlesskit 2.3.2, pasta 2025_01_21.4f2c8e7`',
    'Fixed in:\ndocker 27.5.1, rootlesskit 2.3.2',
    '## Fixed versions\n- docker 27.5.1\n- rootlesskit 2.3.2',
    '**Required:**\n- rootlesskit 2.3.2',
    'Required versions\n- rootlesskit 2.3.2',
    'Fixed in: rootlesskit 2.3.2',
    'My setup:\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta\nRequired:\n- rootlesskit 2.3.2',
    'docker 27.3.1, rootlesskit 2.3.1, pasta\n\nFixed in:\n- rootlesskit 2.3.2',
    'Required:\n- rootlesskit 2.3.2\n\ndocker 27.3.1, rootlesskit 2.3.1, pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
  const own = { rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' };
  for (const text of [
    'My setup is:\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta',
    "Here's my setup:\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta",
    '版本： docker 27.3.1， rootlesskit 2.3.1、pasta',
  ])
    expect([text, written(text)]).toEqual([text, own]);
});

test('a list that names one tool twice, or that another line names otherwise, offers nothing; passt beside slirp4netns on other lines names no driver', () => {
  const written = (text: string) => analyze(text).written;
  for (const text of [
    'rootlesskit 2.3.1, pasta\nnow: rootlesskit 2.3.2',
    'rootlesskit 2.3.1, pasta 2024_09_06.6b38f07, passt 2025_01_21.4f2c8e7',
    'rootlesskit 2.3.2 / rootlesskit 2.3.1, pasta',
    '- docker 28.0.1 with slirp4netns\n- docker 28.0.1 with pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
  expect(written('- slirp4netns 1.2.0\n- passt 2025_01_21.4f2c8e7\n- rootlesskit 2.3.1')).not.toHaveProperty('networkDriver');
});

test('arithmetic shifts of every form start no here-document', () => {
  expect(stops('$ (( mask = 1 << SHIFT ))\n$ cat /proc/sys/kernel/unprivileged_userns_clone\n0')).toEqual([[2, 3]]);
  expect(stops('$ echo $(( (1 << SHIFT) + 1 ))\n9\n$ cat /proc/sys/kernel/unprivileged_userns_clone\n0')).toEqual([[3, 4]]);
});

// What the seventieth review found, and the forms of issue templates.
test('a list of versions that are nobody’s in particular (affected, last good, in the docs) is never offered as the reader’s, nor one beside it', () => {
  const written = (text: string) => analyze(text).written;
  for (const text of [
    'Versions affected: rootlesskit 2.3.1, pasta\nMy setup: docker 28.0.1, pasta',
    '## Affected versions\n- rootlesskit 2.3.1\n\nMy setup: docker 28.0.1, pasta',
    '受影响的版本：rootlesskit 2.3.1\n我的环境：docker 28.0.1，pasta',
    'My setup: docker 27.3.1, pasta\nRootlessKit version in the docs: rootlesskit 2.3.2',
    'Last good version: pasta 2024_09_06.6b38f07\nMy setup: rootlesskit 2.3.1, pasta',
    'Known good versions:\n- rootlesskit 2.3.2\n- pasta',
    '之前的环境：docker 27.3.1，pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
  expect(written('Affected system: Debian 13, docker 27.3.1, rootlesskit 2.3.1, pasta')).toBeUndefined();
});

test('an issue template’s fields, the system among the tools and “reproduced on” keep a setup whole', () => {
  const written = (text: string) => analyze(text).written;
  const setup = { rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' };
  for (const [text, os] of [
    ['Reproduced on:\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta'],
    ['**Environment**\n- OS: Ubuntu 24.04\n- Docker version: 27.3.1\n- RootlessKit version: 2.3.1\n- Network driver: pasta', 'Ubuntu 24.04'],
    ['### Environment\n\nDocker 27.3.1 (rootless), RootlessKit 2.3.1, pasta'],
    ['Environment: Debian 12, Docker 27.3.1, RootlessKit 2.3.1, pasta', 'Debian 12'],
  ])
    expect([text, written(text!)]).toEqual([text, os ? { ...setup, operatingSystem: os } : setup]);
  // Alone, "docker: 27.3.1" is YAML's.
  expect(written('docker: 27.3.1\nrootlesskit: 2.3.1\npasta')).toBeUndefined();
});

// What the seventy-first review found.
test('a version after a Markdown bullet without a release is written, not pacman’s: a fix’s list under a drop-in decides nothing', () => {
  const dropIn = '[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\n\n';
  expect(analyze(`${dropIn}Fixed in:\n* rootlesskit 2.3.2`).verdict).toBe('incomplete');
  expect(analyze(`${dropIn}* rootlesskit 2.3.2-1`).verdict).toBe('fixed');
  expect(analyze('My setup:\n* docker 27.3.1\n* rootlesskit 2.3.1\n* pasta').written).toEqual({ rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
});

test('a labelled list with two versions of a tool, a part it cannot read, a range, a rootful daemon or prose beside it offers nothing; common headings keep it', () => {
  const written = (text: string) => analyze(text).written;
  for (const text of [
    'Environment: rootlesskit 2.3.1 / 2.3.2, pasta 2025_01_21.4f2c8e7',
    'Setup: pasta 2025_01_21.4f2c8e7, rootlesskit 2.3.1, 2.3.2',
    'Tested on: pasta 2024_09_06.6b38f07 / 2025_01_21.4f2c8e7, rootlesskit 2.3.1',
    'Environment: Docker 27.3.1, rootlesskit 2.3.2 built from source, pasta',
    'Environment: Docker 27.3.1 (rootful), pasta 2025_01_21.4f2c8e7',
    '- Docker 27.3.1 (rootful)\n- pasta',
    'Environment: Ubuntu 24.04.3, Docker v29.5.0~v29.5.2 (rootless)',
    'Previous setup:\n- rootlesskit 2.3.1\n- pasta 2025_01_21.4f2c8e7',
    'My setup: Docker 27.3.1 + RootlessKit 2.3.1 (upgraded by hand) + pasta',
    "This was fixed in Docker 27.5.1 but I can't upgrade yet.\n\nMy setup: Docker 27.3.1, rootlesskit 2.3.1, pasta",
    '官方说 rootlesskit 2.3.2 已修复。\n\n环境：docker 27.3.1，rootlesskit 2.3.1，pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
  const setup = { rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' };
  for (const text of [
    'Version info:\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta',
    '## Version information\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta',
    '版本信息：\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta',
    '## 环境\n- docker 版本：27.3.1\n- rootlesskit 版本：2.3.1\n- 网络驱动：pasta',
    '- Network driver: pasta (rootless)\n- Docker version: 27.3.1\n- RootlessKit version: 2.3.1',
  ])
    expect([text, written(text)]).toEqual([text, setup]);
});

test('a reader who says they upgraded is not offered the setup from before: "affected" would tell a fixed reader otherwise', () => {
  const written = (text: string) => analyze(text).written;
  const before = 'My setup: docker 27.3.1, rootlesskit 2.3.1, pasta\n';
  for (const text of [
    `${before}I upgraded to docker 27.5.1 and rootlesskit 2.3.2 and the problem is gone`,
    `${before}After upgrading to rootlesskit 2.3.2 it still resets.`,
    `${before}EDIT: now on docker 27.5.1, rootlesskit 2.3.2 - fixed`,
    `${before}Works with rootlesskit 2.3.2`,
    `${before}Update: upgraded rootlesskit to 2.3.2, now it works`,
    '环境：docker 27.3.1，rootlesskit 2.3.1，pasta\n升级到 rootlesskit 2.3.2 之后还是不行',
    '环境：docker 27.3.1，rootlesskit 2.3.1，pasta\n我升级到 rootlesskit 2.3.2 已修复',
    // Seventy-third review: versions named apart from their tools, a change in other words, everything upgraded.
    `${before}Now running 28.0.1, works.`,
    `${before}EDIT: solved by moving to docker-ce 28.0.1`,
    '环境：docker 27.3.1，rootlesskit 2.3.1，pasta\n已升级到 28.0.1，问题解决。',
    `${before}Fixed after installing rootlesskit 2.3.2 from GitHub releases.`,
    'Versions:\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta\nUpgraded everything yesterday, still broken.',
    // A note that says an item is no longer what runs, and with it its whole list.
    'Docker 27.3.1 / RootlessKit 2.3.1 / pasta (old setup)',
    '我的环境：docker 27.3.1，rootlesskit 2.3.1（旧版本），pasta',
    '- Docker 27.3.1 (old)\n- RootlessKit 2.3.1\n- pasta 2025_01_21.4f2c8e7',
    '- Docker 27.3.1（旧）\n- RootlessKit 2.3.1\n- pasta 2025_01_21.4f2c8e7',
    // Upstream's environment, quoted.
    'Upstream bug environment (moby#48838):\n- Docker 27.3.1\n- RootlessKit 2.3.1\n- pasta 2024_11_21.238c69f',
    // Seventy-fourth review: a list said to be from before, a tool upgraded without its version, to the latest.
    'docker 27.3.1, rootlesskit 2.3.1 (before the upgrade), pasta 2024_11_27.c0fbc7e',
    'docker 27.3.1, rootlesskit 2.3.1（之前）, pasta 2024_11_27.c0fbc7e',
    `${before}I upgraded rootlesskit since then and it still resets.`,
    `${before}Update: upgraded to the latest docker-ce, still the same.`,
    '环境：docker 27.3.1，rootlesskit 2.3.1，pasta\n已经升级到最新版本了，还是不行',
    // Seventy-fifth review: any change the reader states, done or of what runs now, even beside another program or with a question,
    // leaves the setup unoffered (the reader answers instead: a wrong offer would decide).
    ...[
      'Ubuntu 24.04 host, upgraded to 28.0.1 this morning.',
      'Upgraded to 28.0.1 in March.',
      'I upgraded to 27.5.1, is that enough?',
      'Currently on 28.0.1.',
      "I'm on 28.0.1 now.",
      'Reinstalled 28.0.1 from get.docker.com',
      'Upgraded to v28.0.1.',
      '后来升到 28.0.1 了',
      '目前是 28.0.1',
      'UPDATE: upgraded, works now',
      "I went to 28.0.1 and don't update often.",
      'Kernel updated to 6.8.0 last week.',
      'Should I upgrade to rootlesskit 2.3.2?',
    ].map((line) => `${before}${line}`),
    // Seventy-sixth review: a change in any tense or spelling, back to an older version too, or what works now with a version.
    ...[
      'After the upgrade it works.',
      'EDIT: apt upgrade fixed it',
      '更新后好了',
      '升了级就好了',
      "I'm on 28 now",
      '已升級至 v28',
      'upgarded to 28.0.1',
      "now it's 28.0.1",
      'EDIT: works on 28.0.1',
      'fixed with docker v28',
      'replaced the rootlesskit binary, works now',
      '装了 28.0.1 就好了',
    ].map((line) => `${before}${line}`),
    ...[
      'Downgraded to 27.3.1 and it broke again',
      'rolled back to 27.3.1, resets again',
      'went back to 27.3.1',
      'pinned docker to 27.3.1',
      '降级到 27.3.1 后又坏了',
      '回退到 27.3.1',
      'I replaced rootlesskit with 2.3.1 from the distro',
    ].map((line) => `My setup: docker 28.0.1, rootlesskit 2.3.2, pasta\n${line}`),
    'docker 28.0.1, rootlesskit 2.3.2, pasta (planned)',
    // Seventy-seventh review: any version outside the lists that they do not hold, in any language or note, or a newer tool installed.
    ...[
      'Edit: back to 27.3.1',
      'Edit: 又回到 27.3.1',
      'zurück auf 27.3.1',
      'Edit: docker 27.3 again, broken',
    ].map((line) => `My setup: docker 28.0.1, rootlesskit 2.3.2, pasta\n${line}`),
    ...[
      'Jetzt läuft 2.3.2, alles gut',
      'Mis à jour vers 2.3.2, ça marche',
      'Обновил до 2.3.2, всё работает',
      '2.3.2にアップグレードしたら直った',
      'Edit: ２.３.２ now',
      'rootlesskit 2.3.1 -> 2.3.2 fixed it',
      '已经是 2.3.2 了',
      'Edit: upgraded to docker 28, works',
      'Edit: newer docker fixed it',
      '$ sudo apt install docker-ce-rootless-extras',
      "I don't want to upgrade to 28.0.1 yet.",
    ].map((line) => `${before}${line}`),
    'My setup:\n- docker 27.3.1\n- rootlesskit 2.3.1 (now 2.3.2)\n- pasta',
    'My setup:\n- docker 27.3.1\n- rootlesskit 2.3.1 (已升级到 2.3.2)\n- pasta',
    'docker 27.3.1, rootlesskit 2.3.1, pasta (before upgrading)',
    'docker 27.3.1, rootlesskit 2.3.1, pasta (was)',
    // Upstream's setup, quoted.
    'Setup in the upstream thread: docker 27.3.1, rootlesskit 2.3.1, pasta',
    "Upstream's setup: docker 27.3.1, rootlesskit 2.3.1, pasta",
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
});

test("the reader's own labels, template fields and the system keep a setup whole; rootful said of it, or anything written beside it, offers nothing", () => {
  const written = (text: string) => analyze(text).written;
  const setup = { rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' };
  for (const [text, os] of [
    ['我的环境：docker 27.3.1（rootless），rootlesskit 2.3.1，pasta'],
    ['Docker version: 27.3.1\nRootlessKit version: 2.3.1\nNetwork driver: pasta'],
    ['Docker 版本：27.3.1\nRootlessKit 版本：2.3.1\n网络驱动：pasta'],
    ['My setup: docker 27.3.1, rootlesskit 2.3.1, pasta\nKernel: 6.8.0-45'],
    ['OS: Debian GNU/Linux 12\nKernel: 6.1.0-26-amd64\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta', 'Debian GNU/Linux 12'],
    ['**Environment**\n- OS: Ubuntu 24.04.1 LTS\n- Docker version: 27.3.1\n- RootlessKit version: 2.3.1\n- Network driver: pasta', 'Ubuntu 24.04.1 LTS'],
  ])
    expect([text, written(text!)]).toEqual([text, os ? { ...setup, operatingSystem: os } : setup]);
  for (const text of [
    'Affected system: Debian 13, docker 27.3.1, rootlesskit 2.3.1, pasta',
    'Bug environment: docker 27.3.1, rootlesskit 2.3.1, pasta',
    'My setup: docker 27.3.1 (rootful), pasta',
    'It works with rootful docker.\nMy setup: docker 27.3.1, rootlesskit 2.3.1, pasta',
    '环境：docker 27.3.1，rootlesskit 2.3.1，pasta\n用 rootful docker 没问题',
    'Environment (upstream packages): docker 27.3.1, rootlesskit 2.3.1, pasta',
    '**My setup (now on 28):**\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta',
    'docker 27.3.1, rootlesskit 2.3.1 (from Debian), pasta',
    'My setup: docker 27.3.1, rootlesskit 2.3.1, pasta\nThe docs say rootlesskit 2.3.2 fixes it',
    'My setup: docker 27.3.1, rootlesskit 2.3.1, pasta\nInstalled nginx and published it on 127.0.0.1:8080, curl resets.',
    'My setup: docker 27.3.1, rootlesskit 2.3.1, pasta\n目前还没升级',
    'OS: Ubuntu 24.04 upgraded\ndocker 27.3.1, rootlesskit 2.3.1, pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
});

// What the seventy-eighth review found: words outside the lists kept finding new ways to say the setup had changed ("Docker 28 fixed it
// for me", "又回到 27", "That was last year", "(until yesterday)", "rootlesskit:2.3.2"). A setup is now offered only where the text is
// nothing but it: whatever else is written may say that what runs is not what the lists say.
test('a setup is offered only where the text is nothing but it: any other line or note, in any language, leaves it unoffered', () => {
  const written = (text: string) => analyze(text).written;
  const affected = 'docker 27.3.1, rootlesskit 2.3.1, pasta';
  const fixed = 'docker 28.0.1, rootlesskit 2.3.2, pasta';
  for (const line of [
    '现在是 28',
    'Ahora tengo docker 28',
    'Jetzt: docker 28',
    'migrated to docker 28 last week',
    'Docker 28 fixed it for me',
    'since v28 all good',
    'That list was my old setup, it\'s all fine now',
    'That was last year.',
    '这是以前的版本',
    '已经修复',
    'I ugpraded docker to 28 yesterday',
    'Mittlerweile läuft rootlesskit:2.3.2',
    'Mittlerweile docker-ce-rootless-extras=5:28.0.1-1~ubuntu.24.04~noble',
  ])
    expect([line, written(`${affected}\n${line}`)]).toEqual([line, undefined]);
  for (const line of ['now back on docker 27', '又回到 27', 'вернулся на docker 27', "That's the plan for tomorrow; today still the old one.", '下周准备装这个'])
    expect([line, written(`${fixed}\n${line}`)]).toEqual([line, undefined]);
  for (const note of ['(no longer)', '（以前）', '(earlier)', '(until yesterday)'])
    expect([note, written(`docker 27.3.1, rootlesskit 2.3.1 ${note}, pasta`)]).toEqual([note, undefined]);
  expect(written('My setup was:\n- docker 27.3.1\n- pasta')).toBeUndefined();
  expect(written(`### My setup\n\n${affected}`)).toEqual({ rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
});

test("a Markdown list that gives pasta's version is read for it, and its other items offered", () => {
  const result = analyze('* Docker 28.0.1\n* RootlessKit 2.3.1\n* pasta 2025_03_20.32f6212');
  expect([result.facts.pastaDate, result.written]).toEqual(['2025-03-20', { rootless: true, dockerClientVersion: '28.0.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' }]);
  // pasta's version read from output is no hand-written list's.
  expect(analyze('$ pasta --version\npasta 2025_03_20.32f6212\n* Docker 28.0.1\n* RootlessKit 2.3.1').written).toBeUndefined();
});

// What the seventy-ninth review found: headings and labels that named a setup in words the rules did not know ("Original setup", "His
// setup", "上周的环境"), a system's note, two machines, a quote and a version's word. Only whole common headings count now, one list, no prefix.
test('a setup under any heading but a plain one of the reader’s, beside another, quoted, or with a word for its version offers nothing', () => {
  const written = (text: string) => analyze(text).written;
  const affected = '- docker 27.3.1, rootlesskit 2.3.1, pasta';
  for (const heading of [
    '## Setup yesterday',
    '## Original setup',
    '## Initial setup',
    '## Setup at the time',
    '## Had installed',
    '## Not my setup',
    "## Colleague's setup",
    '## Setup on the other machine',
    '## Setup v1',
    '# Setup #1',
    '## ~~My setup~~',
    '## Ｏｌｄ setup',
    '## 上周的环境',
    '## 朋友的环境',
    '## 环境 v1',
    '## Intended setup',
  ])
    expect([heading, written(`${heading}\n${affected}`)]).toEqual([heading, undefined]);
  for (const text of [
    'Original setup: docker 27.3.1, rootlesskit 2.3.1, pasta',
    'My setup yesterday: docker 27.3.1, rootlesskit 2.3.1, pasta',
    `${affected}\n- Debian 12 (previously)`,
    `${affected}\n- OS: Ubuntu 24.04 (formerly)`,
    '## Host A\n- rootlesskit 2.3.1\n## Host B\n- pasta 2025_01_21.4f2c8e7',
    'Environment: Debian 12, docker 27.3.1, pasta\nEnvironment: Debian 13, rootlesskit 2.3.1',
    '- docker 27.3.1, pasta\n\n- rootlesskit 2.3.1',
    `> ${affected}`,
    '> My setup: docker 27.3.1, rootlesskit 2.3.1, pasta',
    '- rootlesskit 2.3.1-old, pasta',
    '- rootlesskit 2.3.1-before-upgrade, pasta',
    '- rootlesskit 2.3.1+upgraded, pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
  // A build's suffix is a version's, and the system between the list's items is part of it.
  expect(written('- rootlesskit 2.3.1+dev, pasta')).toMatchObject({ rootlesskitVersion: '2.3.1+dev' });
  expect(written('## My setup\n- OS: Ubuntu 24.04\n- docker 27.3.1\n- Kernel: 6.8.0-45-generic\n- rootlesskit 2.3.1-1.fc42\n- pasta')).toEqual({
    rootless: true,
    dockerClientVersion: '27.3.1',
    rootlesskitVersion: '2.3.1-1.fc42',
    networkDriver: 'pasta',
    operatingSystem: 'Ubuntu 24.04',
  });
});

// What the eightieth review found: a pasta version the checker cannot read, two systems, "Affected versions" and a word after a build's
// suffix were still offered; a release's codename was refused.
test('a pasta version unread, a second system, affected versions or a word anywhere in a version offer nothing; a codename does not', () => {
  const written = (text: string) => analyze(text).written;
  for (const text of [
    'docker 27.3.1, rootlesskit 2.3.1, pasta 2024_09',
    'docker 27.3.1, rootlesskit 2.3.1, pasta 0^20240906.g6b38f07-1.fc40-replaced',
    '- Ubuntu 24.04\n- rootlesskit 2.3.1\n- Fedora 41\n- pasta 2025_03_20.32f6212',
    'OS: Fedora 41\nOS: Debian 12\ndocker 27.3.1, rootlesskit 2.3.1, pasta',
    'Environment: Ubuntu 24.04, Fedora 41, rootlesskit 2.3.1, pasta 2025_03_20.32f6212',
    'Affected versions: rootlesskit 2.3.1, pasta 2024_10_30.ee7d0b6',
    'Affected setup:\n- rootlesskit 2.3.1\n- pasta',
    '- docker 27.3.1\n- rootlesskit 2.3.1-1.patched\n- pasta',
    '- docker 27.3.1\n- rootlesskit 2.3.1-rc.fixed\n- pasta',
    '- docker 27.3.1\n- rootlesskit 2.3.1-1+hostlo-patched\n- pasta',
    '- docker 27.3.1\n- rootlesskit 2.3.1-dev-old\n- pasta',
  ])
    expect([text, written(text)]).toEqual([text, undefined]);
  const setup = { rootless: true, dockerClientVersion: '27.3.1', networkDriver: 'pasta' };
  expect(written('My setup:\n- OS: Debian GNU/Linux 12 (bookworm)\n- Docker version: 27.3.1\n- pasta')).toEqual({ ...setup, operatingSystem: 'Debian GNU/Linux 12 (bookworm)' });
  expect(written('- OS: Ubuntu 24.04.1 LTS (Noble Numbat)\n- Kernel: 6.8.0-45-generic\n- Arch: x86_64\n- docker 27.3.1\n- pasta')).toEqual({
    ...setup,
    operatingSystem: 'Ubuntu 24.04.1 LTS (Noble Numbat)',
  });
  expect(written('docker 27.3.1, rootlesskit 2.3.1-0ubuntu1, pasta 0.0~git20230309.7c7625d-1')).toMatchObject({ rootlesskitVersion: '2.3.1-0ubuntu1', pastaDate: '2023-03-09' });
});

// What the eighty-first review found: under "Installed versions" a tool is installed, not the driver that runs; Fedora's pasta ends its
// version with its own name; a word after a release's codename is a note.
test('installed versions, a word after a codename offer nothing; Fedora’s pasta version as it prints it is read', () => {
  const written = (text: string) => analyze(text).written;
  for (const text of ['Installed versions:\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta 2025_03_20.32f6212', '- Debian 12 (bookworm previously)\n- docker 27.3.1\n- pasta'])
    expect([text, written(text)]).toEqual([text, undefined]);
  expect(written('My setup:\n- Docker 27.3.1\n- RootlessKit 2.3.1\n- pasta 0^20240906.g6b38f07-1.fc40.x86_64-pasta')).toMatchObject({ pastaDate: '2024-09-06' });
});
