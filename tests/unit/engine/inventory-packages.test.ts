import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, type Result } from '../../../src/engine/index.ts';

// Review R139 24: an inventory agent's YAML lists the installed packages ("- name: passt" / "version: …"), which were not read, so
// the installed passt's date was missing. Its own labels ("server_version:", "rootless:") stay unread: a script's labels are no tool's output.
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const PACKAGE_FACTS = ['dockerServerVersion', 'rootlessExtrasVersion', 'dockerPackaging', 'rootlesskitVersion', 'pastaVersion', 'pastaDate', 'slirp4netnsVersion'] as const;
/** The facts that packages give, with the lines they were read from. */
const packaged = (r: Result) => Object.fromEntries(PACKAGE_FACTS.map((k) => [k, [r.facts[k], r.evidence[k]?.map((e) => e.line) ?? []]]));

describe('an inventory’s YAML list of packages', () => {
  test('review R139 24: the agent’s list read as installed packages; the verdict still from the running slirp4netns argv', () => {
    const r = analyze(fixture('inventory-agent-yaml-cmdline-rootlesskit-slirp4netns.txt'));
    expect([r.verdict, r.certainty, r.facts.networkDriver]).toEqual(['not-affected', 'confirmed', 'slirp4netns']);
    // Docker's from the docker-ce item's version (line 9), not the agent's "server_version:" label (line 18).
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['28.0.4', [9]], rootlessExtrasVersion: ['28.0.4', [11]], pastaDate: ['2023-03-09', [13]], slirp4netnsVersion: ['1.2.0', [15]] });
  });

  test('an item gives what a dpkg -l row of the same package gives', () => {
    const yaml = 'packages:\n  - name: docker-ce-rootless-extras\n    version: "5:28.0.4-1~debian.12~bookworm"\n  - name: passt\n    version: "0.0~git20230309.7c7625d-1"';
    const dpkg = '$ dpkg -l | grep ^ii\nii  docker-ce-rootless-extras 5:28.0.4-1~debian.12~bookworm amd64 Rootless support for Docker.\nii  passt 0.0~git20230309.7c7625d-1 amd64 user-mode networking daemons';
    const [a, b] = [analyze(yaml), analyze(dpkg)];
    expect(a.facts).toEqual(b.facts);
    expect([a.facts.rootlessExtrasVersion, a.facts.pastaDate]).toEqual(['28.0.4', '2023-03-09']);
    expect([a.verdict, a.certainty, a.unseen]).toEqual([b.verdict, b.certainty, b.unseen]);
  });

  test('version before name, quoted, in the compact form (the list in the key’s column); a services: list after it is none', () => {
    const r = analyze(fixture('inventory-yaml-packages-version-before-name-compact-list.txt'));
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['28.1.1', [6]], rootlessExtrasVersion: ['28.1.1', [8]], rootlesskitVersion: ['2.3.4', [10]], pastaDate: ['2025-02-17', [12]] });
  });

  test('Ansible’s package_facts in its YAML callback: each item’s keys sorted, under the package’s own key', () => {
    const r = analyze(fixture('ansible-yaml-callback-package-facts-sorted-keys-passt-docker-ce.txt'));
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['27.3.1', [18]], pastaDate: ['2024-02-20', [32]] });
  });

  test('Ansible’s package_facts as JSON: name, version and rpm’s release of each package', () => {
    const r = analyze(fixture('ansible-package-facts-json-rpm-moby-engine-passt-release-apart.txt'));
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['27.3.1', [12]], dockerPackaging: ['distribution', [12]], pastaVersion: ['0^20250217.ga1e48a0-1.fc41', [22]], pastaDate: ['2025-02-17', [22]] });
  });
});

describe('name: and version: keys that are no list of packages', () => {
  const none = Object.fromEntries(PACKAGE_FACTS.map((k) => [k, [null, []]]));

  test('a Kubernetes Deployment whose containers are named passt and rootlesskit: no package', () => {
    expect(packaged(analyze(fixture('kubernetes-manifest-container-named-passt-no-package-list.txt')))).toEqual(none);
  });

  test('labels of an inventory’s own outside any list item, a version nested deeper in an item, or after the list: none', () => {
    const labels = 'host: app-03\ndocker:\n  rootless: true\n  server_version: "28.0.4"\n  name: docker-ce\n  version: "5:28.0.4-1~debian.12~bookworm"';
    const nested = 'packages:\n- name: docker-ce\n  with:\n    version: 28.0.4\n- name: passt\n  source:\n    version: "0.0~git20230309.7c7625d-1"';
    const after = 'packages:\n- name: docker-ce\nhost:\n  version: 28.0.4';
    for (const text of [labels, nested, after]) expect(packaged(analyze(text))).toEqual(none);
  });
});

// Task C62: package_facts printed as a result on one line (ansible -o; ansible-playbook -v) was read as nothing: the JSON after "=> "
// was not a document of its own.
describe('Ansible’s package_facts as a result on one line', () => {
  const facts = (r: Result) => Object.fromEntries(PACKAGE_FACTS.map((k) => [k, r.facts[k]]));

  test('ansible-playbook -v’s "ok: [app-03] => {…}" gives what its YAML callback’s items give', () => {
    const r = analyze(fixture('ansible-playbook-v-package-facts-one-line-apt-docker-ce-passt.txt'));
    expect(facts(r)).toEqual(facts(analyze(fixture('ansible-yaml-callback-package-facts-sorted-keys-passt-docker-ce.txt'))));
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['27.3.1', [10]], pastaDate: ['2024-02-20', [10]] });
    expect([r.verdict, r.facts.operatingSystem]).toEqual(['not-affected', 'Ubuntu 24.04']);
  });

  test('ansible -o’s "app-03 | SUCCESS => {…}" gives what its JSON over many lines gives', () => {
    const r = analyze(fixture('ansible-one-line-package-facts-rpm-moby-engine-passt.txt'));
    expect(facts(r)).toEqual(facts(analyze(fixture('ansible-package-facts-json-rpm-moby-engine-passt-release-apart.txt'))));
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['27.3.1', [2]], pastaVersion: ['0^20250217.ga1e48a0-1.fc41', [2]] });
  });

  test('ansible -o -m debug’s indented JSON with its newlines taken out, pacman’s packages', () => {
    const r = analyze(fixture('ansible-one-line-debug-package-facts-pacman-docker-rootlesskit-passt.txt'));
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['27.3.1', [4]], rootlesskitVersion: ['2.3.1', [4]], pastaDate: ['2025-01-21', [4]] });
  });

  test('each package’s keys in any order: version before name, as package_facts’ own deb sample has them', () => {
    const line = 'ok: [deb-01] => {"ansible_facts": {"packages": {"passt": [{"version": "0.0~git20230309.7c7625d-1", "source": "apt", "arch": "amd64", "name": "passt"}]}}, "changed": false}';
    expect(analyze(`TASK [Gather the package facts] ****\n${line}`).facts.pastaDate).toBe('2023-03-09');
  });

  test('a result on one line that holds no package_facts is no package (a debug of a name and version)', () => {
    const line = 'ok: [app-03] => {"changed": false, "docker_pkg": {"name": "docker-ce", "version": "5:27.3.1-1~ubuntu.24.04~noble"}}';
    expect(facts(analyze(line))).toEqual(Object.fromEntries(PACKAGE_FACTS.map((k) => [k, null])));
  });
});

// Task C62: Debian's package "docker" is the docklet tray (a transitional package for wmdocker), not Docker, as dpkg -l's and apt's own
// forms already read it; an inventory's item is read as Docker's only where it names a manager whose "docker" is Docker.
describe('a package named docker in an inventory: Docker only where its manager is not apt', () => {
  const docker = (source: string) => `ok: [h] => {"ansible_facts": {"packages": {"docker": [{"arch": "x86_64", "name": "docker", "source": "${source}", "version": "27.3.1"}]}}, "changed": false}`;

  test('Debian’s docker (apt’s) in package_facts on one line: no Docker, not even its packaging; the packages beside it still read', () => {
    const r = analyze(fixture('ansible-playbook-v-package-facts-one-line-apt-docker-is-docklet-tray.txt'));
    expect(packaged(r)).toMatchObject({ dockerServerVersion: [null, []], dockerPackaging: [null, []], pastaDate: ['2023-03-09', [12]], slirp4netnsVersion: ['1.2.0', [12]] });
  });

  test('in package_facts’ JSON, rpm’s, pacman’s and apk’s docker is Docker, apt’s is not', () => {
    for (const source of ['rpm', 'pacman', 'apk', 'portage']) expect(analyze(docker(source)).facts).toMatchObject({ dockerServerVersion: '27.3.1', dockerPackaging: 'distribution' });
    expect(analyze(docker('apt')).facts).toMatchObject({ dockerServerVersion: null, dockerPackaging: null });
  });

  test('in a YAML list, an item that names apt is none, one that names pacman is Docker, also where its source comes after its version', () => {
    const item = (source: string, last = false) =>
      last ? `packages:\n  docker:\n  - name: docker\n    version: 1:27.3.1-1\n    source: ${source}` : `packages:\n  docker:\n  - arch: x86_64\n    name: docker\n    source: ${source}\n    version: 1:27.3.1-1`;
    for (const last of [false, true]) {
      expect(analyze(item('pacman', last)).facts.dockerServerVersion).toBe('27.3.1');
      expect(analyze(item('apt', last)).facts).toMatchObject({ dockerServerVersion: null, dockerPackaging: null });
    }
  });

  test('an item that names no manager may be either: its docker is not read, docker-ce beside it is', () => {
    expect(analyze('packages:\n  - name: docker\n    version: "1:27.3.1-1"').facts).toMatchObject({ dockerServerVersion: null, dockerPackaging: null });
    const r = analyze('packages:\n  - name: docker\n    version: "1.5-2"\n  - name: docker-ce\n    version: "5:27.3.1-1~debian.12~bookworm"');
    expect(packaged(r)).toMatchObject({ dockerServerVersion: ['27.3.1', [5]], dockerPackaging: ['docker', [5]] });
  });
});
