// Review 107 #2: Environment= lines that systemd never applies to the rootless daemon (under [Unit], below systemctl edit's discard marker,
// in the rootful unit's directory, in another unit's drop-in) were read as in force, and a pasta daemon's verdict and fixes followed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const INFO = "$ docker info -f '{{.ServerVersion}} {{.SecurityOptions}}'\n27.3.1 [name=seccomp,profile=builtin name=rootless name=cgroupns]";
const SETTINGS = `Environment="${P}NET=pasta"\nEnvironment="${P}PORT_DRIVER=implicit"`;
const MOVED = `cat >> ~/.config/systemd/user/docker.service.d/override.conf <<'EOF'\n\n[Service]\n${SETTINGS}\nEOF\nsystemctl --user daemon-reload && systemctl --user restart docker`;

/** What a reader sees: the verdict, the network driver, the findings, and the not-applied finding in both languages. */
const seen = (paste: string) => {
  const [en, zh] = [analyze(paste), analyzeWith(zhCn, paste)];
  const finding = (r: typeof en) => r.findings.find((f) => f.id === 'setting-not-applied');
  return { verdict: en.verdict, net: en.facts.networkDriver, ids: en.findings.map((f) => f.id), en: finding(en), zh: finding(zh) };
};

test.each([
  ['drop-in-environment-under-unit-section.txt', 'systemd reads Environment= only under [Service]', 'systemd 只在 [Service] 段下读取 Environment='],
  ['drop-in-environment-under-unit-section-alone.txt', 'systemd reads Environment= only under [Service]', 'systemd 只在 [Service] 段下读取 Environment='],
  ['systemctl-edit-below-discard-marker.txt', 'lines below "### Edits below this comment will be discarded" never reach the drop-in', '“### Edits below this comment will be discarded”下面的行不会写进 drop-in'],
  ['drop-in-in-system-unit-directory.txt', "/etc/systemd/system/docker.service.d/ (where `sudo systemctl edit docker` writes) is the rootful daemon's", '/etc/systemd/system/docker.service.d/（`sudo systemctl edit docker` 写入的位置）属于 rootful 守护进程'],
  ['drop-in-of-another-unit-name.txt', "the rootless daemon's is docker.service, whose directory is docker.service.d", 'rootless 守护进程的 unit 是 docker.service，它的目录是 docker.service.d'],
])('%s: the settings are not in force, and a finding says why and moves them where systemd reads them', (name, en, zh) => {
  const r = seen(fixture(name));
  // Docker 27.3.1 never picks pasta by itself (FACTS §2): without NET in force, docker version decides.
  expect(r).toMatchObject({ verdict: 'incomplete', net: null, ids: ['need-network-driver', 'setting-not-applied'] });
  expect(r.en!.detail).toContain(en);
  expect(r.zh!.detail).toContain(zh);
  expect(r.en!.fix).toContain(MOVED);
  expect(r.zh!.fix).toBe(r.en!.fix);
  expect(spawnSync('bash', ['-n'], { input: r.en!.fix }).status).toBe(0);
  expect(r.en!.evidence.map((e) => e.text)).toEqual(SETTINGS.split('\n'));
});

test('the same lines where systemd applies them are read as before: the verdict follows pasta', () => {
  const applied = [
    // A bare paste without any file's name or section.
    `${SETTINGS}\n${INFO}`,
    `[Service]\n${SETTINGS}\n${INFO}`,
    // systemctl --user cat: the unit's own [Install] section, then the drop-in, whose header starts a file of its own.
    `$ systemctl --user cat docker\n# /home/u/.config/systemd/user/docker.service\n[Unit]\nDescription=Docker\n[Install]\nWantedBy=default.target\n\n# /home/u/.config/systemd/user/docker.service.d/override.conf\n${SETTINGS}\n${INFO}`,
    // Above the discard marker, in systemctl --user edit's buffer.
    `### Editing /home/u/.config/systemd/user/docker.service.d/override.conf\n### Anything between here and the comment below will become the contents of the drop-in file\n[Service]\n${SETTINGS}\n### Edits below this comment will be discarded\n${INFO}`,
    // /etc/systemd/user/ is the user manager's too; a user unit of another name is the daemon's where the paste runs it.
    `$ cat /etc/systemd/user/docker.service.d/pasta.conf\n[Service]\n${SETTINGS}\n${INFO}`,
    `$ cat ~/.config/systemd/user/rootless-docker.service.d/override.conf\n[Service]\n${SETTINGS}\n$ systemctl --user restart rootless-docker\n${INFO}`,
    // The [Unit] shown was another command's answer: a typed command ends it.
    `$ cat /etc/wsl.conf\n[Unit]\n$ cat ~/.config/systemd/user/docker.service.d/override.conf\n${SETTINGS}\n${INFO}`,
  ];
  for (const paste of applied) expect(seen(paste), paste).toMatchObject({ verdict: 'affected', net: 'pasta', en: undefined });
});

test('grep -r quoting the rootful unit\'s drop-in by its path: not in force', () => {
  const grep = `$ sudo grep -r ROOTLESSKIT /etc/systemd/system/\n/etc/systemd/system/docker.service.d/override.conf:Environment="${P}NET=pasta"\n${INFO}`;
  expect(seen(grep)).toMatchObject({ net: null, ids: ['need-network-driver', 'setting-not-applied'] });
});

test("grep -r quoting the user's drop-in by its path beside the rootful unit's: only the rootful unit's line is set aside", () => {
  const grep = `$ sudo grep -r ROOTLESSKIT /etc/systemd/system/ /home/u/.config/systemd/user/\n/etc/systemd/system/docker.service.d/override.conf:Environment="${P}PORT_DRIVER=builtin"\n/home/u/.config/systemd/user/docker.service.d/override.conf:Environment="${P}NET=pasta"\n/home/u/.config/systemd/user/docker.service.d/override.conf:Environment="${P}PORT_DRIVER=implicit"\n${INFO}`;
  expect(seen(grep)).toMatchObject({ verdict: 'affected', net: 'pasta', en: { evidence: [{ line: 2 }] } });
});

test('a driver RootlessKit refuses, set under [Unit], stops nothing: systemd never passes it on', () => {
  const paste = `$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Unit]\nEnvironment="${P}PORT_DRIVER=pasta"\n${INFO}`;
  expect(seen(paste)).toMatchObject({ ids: ['need-network-driver', 'setting-not-applied'] });
});

test('a section header with trailing blanks is still the section, not a log tag cleaned away', () => {
  const paste = `$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Unit]   \n${SETTINGS}\n${INFO}`;
  expect(seen(paste)).toMatchObject({ net: null, ids: ['need-network-driver', 'setting-not-applied'] });
});
