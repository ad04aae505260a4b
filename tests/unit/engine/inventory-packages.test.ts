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
