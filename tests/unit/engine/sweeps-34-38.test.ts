// What sweeps 34 to 38 of public pastes, a thirty-second review and this stop's own reading found the engine misreading.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const components = (rootlesskit: string) =>
  `[{"Name":"Engine","Version":"27.3.1","Details":{"ApiVersion":"1.47"}},{"Name":"containerd","Version":"1.7.22"}${rootlesskit}]`;
const pasta = ',{"Name":"rootlesskit","Version":"2.3.1","Details":{"ApiVersion":"1.1.1","NetworkDriver":"pasta","StateDir":"/run/user/1000/dockerd-rootless"}}';

describe("docker version's components alone ({{json .Server.Components}}, as scripts ask for them)", () => {
  test('are read as docker version: the drivers and versions of a rootless daemon, or a rootful daemon', () => {
    expect(analyze(`$ docker version --format '{{json .Server.Components}}'\n${components(pasta)}`)).toMatchObject({
      verdict: 'affected',
      facts: { rootless: true, networkDriver: 'pasta', rootlesskitVersion: '2.3.1', dockerServerVersion: '27.3.1' },
    });
    expect(analyze(components('')).facts.rootless).toBe(false);
  });
  test('also pretty-printed (jq), and cut short: then no rootful conclusion', () => {
    const pretty = JSON.stringify(JSON.parse(components(pasta)), null, 2);
    expect(analyze(pretty).facts).toMatchObject({ networkDriver: 'pasta', rootlesskitVersion: '2.3.1' });
    expect(analyze(components('').slice(0, -1)).facts.rootless).toBeNull();
  });
  test("other arrays are not read as components: docker inspect's container environment is a container's, not the daemon's settings (R158 H4)", () => {
    const inspect = '[{"Name":"/dind","Config":{"Env":["DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta","DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"]}}]';
    expect(analyze(inspect).facts).toMatchObject({ rootless: null, networkDriver: null, portDriver: null, dockerServerVersion: null });
  });
});

describe("docker info's security options alone (jq .SecurityOptions)", () => {
  test('pretty-printed over several lines, whole or cut after "name=rootless": a rootless daemon', () => {
    const options = '[\n  "name=seccomp,profile=builtin",\n  "name=rootless",\n  "name=cgroupns"\n]';
    expect(analyze(`$ docker system info -f json | jq .SecurityOptions -r\n${options}`).facts.rootless).toBe(true);
    expect(analyze(options.slice(0, options.indexOf('"name=cgroupns') + 7)).facts.rootless).toBe(true);
    expect(analyze(options.replace('  "name=rootless",\n', '')).facts.rootless).toBe(false);
    // Cut before the list ends, without it: the rest may name it.
    expect(analyze('[\n  "name=apparmor",\n  "name=seccomp,profile=builtin",\n  "name=c').facts.rootless).toBeNull();
  });
});

test("a diff's removed settings are not the machine's (docker/docs#19107's review)", () => {
  const diff = '```diff\n-[Service]\n-Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\n-Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\n+[Service]\n+Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\n```';
  expect(analyze(diff).facts).toMatchObject({ networkDriver: 'slirp4netns', portDriver: null });
  // A flag's dash is no diff's.
  expect(analyze('docker run -d \\\n-e DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta docker:dind-rootless').facts.networkDriver).toBe('pasta');
});

describe('package listings', () => {
  test("apt's history.log: what a run installed or upgraded to, not what it removed", () => {
    const log =
      'Start-Date: 2022-09-13  10:02:11\nCommandline: apt upgrade\nUpgrade: dmidecode:amd64 (3.3-3, 3.3-3ubuntu0.1), docker-ce:amd64 (5:20.10.17~3-0~ubuntu-jammy, 5:20.10.18~3-0~ubuntu-jammy), containerd.io:amd64 (1.6.7-1, 1.6.8-1)\nEnd-Date: 2022-09-13  10:02:40';
    expect(analyze(log)).toMatchObject({ verdict: 'not-affected', facts: { dockerServerVersion: '20.10.18', dockerPackaging: 'docker' } });
    expect(analyze('Install: passt:amd64 (0.0~git20250503.587980c-2, automatic), slirp4netns:amd64 (1.2.1-1)').facts).toMatchObject({ pastaDate: '2025-05-03', slirp4netnsVersion: '1.2.1' });
    expect(analyze('Remove: docker-ce:amd64 (5:27.3.1-1~ubuntu.24.04~noble)').facts.dockerServerVersion).toBeNull();
  });
  test('a listing kept as a comment in notes', () => {
    expect(analyze('# docker.io/noble-updates,noble-security,now 29.1.3-0ubuntu3~24.04.2 amd64 [installed]').facts.dockerServerVersion).toBe('29.1.3');
  });
});

test('podman info goes on after an empty "registries: {}" (its version comes after)', () => {
  const info = 'host:\n  arch: amd64\n  pasta:\n    executable: /usr/bin/pasta\n    version: |\n      pasta 2024_10_30.ee7d0b6\nregistries: {}\nstore:\n  graphDriverName: overlay\nversion:\n  APIVersion: 4.4.4\n  Version: 4.4.4\n';
  expect(analyze(info).facts).toMatchObject({ podmanVersion: '4.4.4', pastaDate: '2024-10-30' });
});

test("an error in a JSON answer is read, with the socket it names", () => {
  const json = '{"message":"Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?"}';
  const result = analyze(json);
  expect(result.facts.rootless).toBe(true);
  expect(result.findings.map((f) => f.id)).toContain('daemon-not-running');
});

describe('after a thirty-second review', () => {
  test("a script's comment naming what it was tested with is no installed package", () => {
    const script = '#!/bin/sh\n# Tested with:\n# rootlesskit 2.3.1\n# passt 2024_09_06.6b38f07\nprintf \'[Service]\\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\\n\' > override.conf';
    expect(analyze(script).facts).toMatchObject({ rootlesskitVersion: null, pastaDate: null });
    expect(analyze('# ii  rootlesskit  2.3.5-1  amd64  RootlessKit').facts.rootlesskitVersion).toBe('2.3.5');
  });
  test("apt's history: a package a later run removed, or upgraded from, is not installed, in whatever order the runs were pasted", () => {
    const install = 'Install: docker-ce-rootless-extras:amd64 (5:27.3.1-1~ubuntu.24.04~noble), passt:amd64 (0.0~git20250503.587980c-2)';
    expect(analyze(`${install}\nPurge: passt:amd64 (0.0~git20250503.587980c-2)`).facts.pastaDate).toBeNull();
    // zgrep prints the current log before the rotated one.
    const upgrades =
      'Upgrade: docker-ce:amd64 (5:27.5.1-1~ubuntu.24.04~noble, 5:28.0.1-1~ubuntu.24.04~noble)\nInstall: docker-ce:amd64 (5:27.3.1-1~ubuntu.24.04~noble)\nUpgrade: docker-ce:amd64 (5:27.3.1-1~ubuntu.24.04~noble, 5:27.5.1-1~ubuntu.24.04~noble)';
    const result = analyze(upgrades);
    expect(result.facts.dockerServerVersion).toBe('28.0.1');
    expect(result.findings.map((f) => f.id)).not.toContain('facts-disagree');
  });
  test("docker context ls --format json: a rootless context that is not the current one says nothing of the daemon", () => {
    const contexts = (current: boolean) =>
      `{"Current":${!current},"Description":"","DockerEndpoint":"unix:///var/run/docker.sock","Error":"","Name":"default"}\n{"Current":${current},"Description":"Rootless mode","DockerEndpoint":"unix:///run/user/1000/docker.sock","Error":"","Name":"rootless"}`;
    expect(analyze(contexts(false)).facts.rootless).toBeNull();
    expect(analyze(contexts(true)).facts.rootless).toBe(true);
  });
  test("nerdctl's security options, in Docker's JSON format, are not a Docker daemon's", () => {
    expect(analyze('$ nerdctl info --format \'{{json .SecurityOptions}}\'\n["name=seccomp,profile=default","name=cgroupns","name=rootless"]').facts.rootless).toBeNull();
  });
  test("a diff's removed ExecStart= and indented export lines are gone too", () => {
    const diff = ' [Service]\n-ExecStart=/usr/bin/rootlesskit --net=pasta --port-driver=implicit /usr/bin/dockerd\n+ExecStart=/usr/bin/rootlesskit --net=slirp4netns --port-driver=builtin /usr/bin/dockerd';
    expect(analyze(diff).findings.map((f) => f.id)).not.toContain('facts-disagree');
    expect(analyze('-  export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n+  export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns').findings.map((f) => f.id)).not.toContain('facts-disagree');
  });
});

test('two rootful daemons that disagree (two hosts, or snap and apt) get no advice to restart the rootless unit', () => {
  const info = (version: string) => `Server:\n Server Version: ${version}\n Security Options:\n  apparmor\n  seccomp\n   Profile: builtin\n Docker Root Dir: /var/lib/docker`;
  const rootful = analyze(`${info('18.06.1-ce')}\n\n${info('19.03.2')}`).findings.find((f) => f.id === 'facts-disagree');
  expect(rootful).toBeDefined();
  expect(rootful?.fix).toBeUndefined();
  expect(rootful?.detail).not.toContain('Restart');
  const rootless = analyze(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"').findings.find((f) => f.id === 'facts-disagree');
  expect(rootless?.fix).toContain('systemctl --user daemon-reload');
});

test("GitHub's CLI log (gh run view --log: job, step and time before each line) is read", () => {
  const log = ['Server:', ' Server Version: 28.0.4', ' Security Options:', '  apparmor', '  seccomp', '   Profile: builtin', ' Docker Root Dir: /var/lib/docker']
    .map((line, i) => `publish\tBuild and optionally push image\t2026-03-29T20:52:18.01${i}Z ${line}`)
    .join('\n');
  expect(analyze(log)).toMatchObject({ verdict: 'not-rootless', facts: { rootless: false, dockerServerVersion: '28.0.4' } });
});

test('docker info flattened onto one line (a page that lost its newlines) is read, rootless or not', () => {
  const info = (options: string) =>
    `docker info: Client: Version: 24.0.9 Context: default Debug Mode: false Server: Containers: 1 Running: 1 Server Version: 24.0.9 Storage Driver: overlay2 Security Options: ${options} Kernel Version: 6.8.0-71-generic Operating System: Ubuntu 24.04 LTS OSType: linux Docker Root Dir: /var/lib/docker`;
  expect(analyze(info('apparmor seccomp Profile: builtin cgroupns'))).toMatchObject({ verdict: 'not-rootless', facts: { rootless: false, dockerServerVersion: '24.0.9' } });
  expect(analyze(info('seccomp Profile: builtin rootless cgroupns')).facts.rootless).toBe(true);
});

test('docker info kept as a comment in notes ("#Client:", "# Version: …") is read; a root prompt\'s commands are not uncommented', () => {
  const commented = '$ docker info\n#Client:\n# Version:    28.5.2\n# Context:    orbstack\n#\n#Server:\n# Server Version: 28.5.2\n# Security Options:\n#  seccomp\n#   Profile: builtin\n#  cgroupns\n# Kernel Version: 6.17.8-orbstack\n';
  expect(analyze(commented)).toMatchObject({ verdict: 'not-rootless', facts: { rootless: false, dockerServerVersion: '28.5.2' } });
  expect(analyze('# docker info\n# systemctl --user start docker').facts.rootless).toBeNull();
});

test("Podman's own words for a missing slirp4netns are Podman's, not Docker 29.5's stop (fedora-silverblue/issue-tracker#547)", () => {
  const podman = 'Error: unable to start container "7df5cc": could not find slirp4netns, the network namespace can\'t be configured: exec: "slirp4netns": executable file not found in $PATH';
  const ids = analyze(podman).findings.map((f) => f.id);
  expect(ids).toContain('podman-not-docker');
  expect(ids).not.toContain('slirp4netns-not-found');
  expect(analyze('[rootlesskit:parent] error: failed to setup network &{binary:slirp4netns}: exec: "slirp4netns": executable file not found in $PATH').findings.map((f) => f.id)).toContain('slirp4netns-not-found');
});

describe('after a thirty-third review', () => {
  test('a --format line with both keys is no flattened docker info: its options list decides, and its version is one word', () => {
    const format = "$ docker info --format 'Server Version: {{.ServerVersion}} Security Options: {{.SecurityOptions}}'\nServer Version: 27.3.1 Security Options: [name=apparmor name=seccomp,profile=builtin name=cgroupns]";
    expect(analyze(format)).toMatchObject({ verdict: 'not-rootless', facts: { rootless: false, dockerServerVersion: '27.3.1' } });
  });
  test('prose naming both keys, and "not rootless" after the options, says nothing of rootless', () => {
    expect(analyze('The docker info there says Server Version: 27.3.1 and Security Options: apparmor seccomp cgroupns so it is not rootless and -p 127.0.0.1:8080:80 works.').facts.rootless).toBeNull();
  });
  test("apt's history counts where it ends: a later listing beats it; the last run decides, by date", () => {
    const history = 'Start-Date: 2024-11-02  10:00:00\nInstall: rootlesskit:amd64 (2.3.1-1)\nEnd-Date: 2024-11-02  10:00:05';
    expect(analyze(`${history}\n$ dpkg -l rootlesskit\nii  rootlesskit  2.3.5-1  amd64  RootlessKit`).facts.rootlesskitVersion).toBe('2.3.5');
    const cycle = `${history}\nStart-Date: 2024-12-02  10:00:00\nRemove: rootlesskit:amd64 (2.3.1-1)\nEnd-Date: 2024-12-02  10:00:05\nStart-Date: 2025-01-02  10:00:00\nInstall: rootlesskit:amd64 (2.3.1-1)\nEnd-Date: 2025-01-02  10:00:05`;
    expect(analyze(cycle).facts.rootlesskitVersion).toBe('2.3.1');
  });
  test("a list's items are no diff's removed lines (a CI job's script, Markdown bullets)", () => {
    expect(analyze('script:\n  - export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n  - export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit').facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'implicit' });
    expect(analyze('- ExecStart=/usr/bin/rootlesskit --net=pasta --port-driver=implicit /usr/bin/dockerd').facts.networkDriver).toBe('pasta');
  });
  test('settings commented out after a "#Server: …" comment stay commented out', () => {
    const dropIn = '[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\n#Server: to go back to pasta, swap these in:\n#Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"';
    expect(analyze(dropIn).facts.networkDriver).toBe('slirp4netns');
    expect(analyze('#Server:\n# Server Version: 28.5.2\n#export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta').facts.networkDriver).toBeNull();
  });
  test('a JSON context list re-printed with a space after the colon ("Current": true)', () => {
    expect(analyze('{"Current": true, "DockerEndpoint": "unix:///run/user/1000/docker.sock", "Name": "rootless"}').facts.rootless).toBe(true);
  });
});

describe('after a thirty-fourth review', () => {
  test("apt's history in pieces (grep of the current log, then zgrep of a rotated one) is read as a whole", () => {
    const pieces = '$ grep rootlesskit /var/log/apt/history.log\nUpgrade: rootlesskit:amd64 (2.3.1-1, 2.3.5-1)\n$ zgrep rootlesskit /var/log/apt/history.log.1.gz\nInstall: rootlesskit:amd64 (2.3.1-1)';
    expect(analyze(pieces).facts.rootlesskitVersion).toBe('2.3.5');
    // A dated run, then undated lines: the date does not carry over.
    const dated = "Start-Date: 2025-06-01  10:00:00\nInstall: passt:amd64 (0.0~git20250503.587980c-2)\nEnd-Date: 2025-06-01  10:00:05\n$ zgrep -h '^Upgrade' /var/log/apt/history.log.*.gz\nUpgrade: rootlesskit:amd64 (2.3.1-1, 2.3.5-1)\nUpgrade: rootlesskit:amd64 (2.0.2-1, 2.3.1-1)";
    expect(analyze(dated).facts.rootlesskitVersion).toBe('2.3.5');
  });
  test('flattened docker info with four keys, bullets or a wider "Profile:" keeps its options as they are', () => {
    expect(analyze('Server Version: 27.3.1 Storage Driver: overlay2 Security Options: apparmor seccomp Profile: builtin cgroupns Kernel Version: 6.8.0-51-generic').facts.rootless).toBe(false);
    const info = (options: string) => `Client: Context: default Server: Containers: 1 Server Version: 27.3.1 Storage Driver: overlay2 Security Options: ${options} Kernel Version: 6.8.0 Docker Root Dir: /home/alice/.local/share/docker`;
    expect(analyze(info('• seccomp Profile: builtin • rootless • cgroupns')).facts.rootless).toBe(true);
    expect(analyze(info('seccomp Profile:  builtin rootless cgroupns')).facts.rootless).toBe(true);
  });
  test("a diff's removed line with a tab after its dash is removed", () => {
    expect(analyze('-\texport DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n+\texport DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns').facts.networkDriver).toBe('slirp4netns');
    expect(analyze('-\tEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"').facts.networkDriver).toBeNull();
  });
  test("a commented docker info's indented labels do not end it", () => {
    expect(analyze('#Server:\n# Server Version: 27.3.1\n# Labels:\n#  ENV=prod\n# Security Options:\n#  seccomp\n#  rootless\n# Kernel Version: 6.8.0').facts.rootless).toBe(true);
  });
});
