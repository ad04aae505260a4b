// Task C8: containerd-rootless.sh defaults CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER to builtin whatever the network driver, so
// NET=pasta alone is refused by RootlessKit; the note of an implicit port driver inferred for rootless containerd names no docker version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const finding = (r: Result, id: string) => r.findings.find((f) => f.id === id);

test("NET=pasta alone in containerd's drop-in, containerd not shown running: builtin by the script, refused, port driver implicit added there", () => {
  for (const r of both(fixture('nerdctl-containerd-rootless-systemctl-cat-drop-in-net-pasta-alone.txt'))) {
    expect(r.facts.portDriver).toBe('builtin');
    const f = finding(r, 'pasta-port-driver-mismatch')!;
    expect(f.detail).toContain('containerd-rootless.sh');
    expect(f.detail).not.toContain('dockerd-rootless.sh');
    expect(f.fix).toContain('Environment="CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"');
    expect(f.fix).toMatch(/^systemctl --user daemon-reload && systemctl --user restart containerd$/m);
    expect(finding(r, 'port-driver-assumed-implicit')).toBeUndefined();
  }
});

test('NET=pasta exported alone before containerd-rootless.sh: the exports gain port driver implicit', () => {
  for (const r of both(fixture('nerdctl-containerd-rootless-exports-net-pasta-alone.txt'))) {
    expect(finding(r, 'pasta-port-driver-mismatch')!.fix).toContain('export CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit');
  }
});

test('containerd running with NET=pasta alone: implicit inferred, its note worded for containerd, not docker version', () => {
  const paste = fixture('nerdctl-containerd-rootless-drop-in-net-pasta-alone-reset.txt');
  // (Published on all addresses: a reset there does not show the port driver.)
  for (const r of both(paste.replace('-p 127.0.0.1:8080:80', '-p 8080:80'))) {
    expect(r.facts.portDriver).toBe('implicit');
    const note = finding(r, 'port-driver-assumed-implicit')!;
    expect(note.detail).not.toContain('docker version');
    expect(note.detail).toContain('containerd');
  }
  // The reset on the port published on 127.0.0.1 shows it: none forwards no port (review R157 M2).
  for (const r of both(paste)) {
    expect(r.facts.portDriver).toBe('implicit');
    expect(finding(r, 'port-driver-assumed-implicit')).toBeUndefined();
  }
});

test("Docker's NET=pasta alone keeps its own reading: implicit inferred from docker version, no refusal (near miss)", () => {
  const text = "$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n$ docker version --format '{{.Server.Version}}'\n28.0.1\n";
  for (const r of both(text)) {
    expect(r.facts.portDriver).toBe('implicit');
    expect(finding(r, 'pasta-port-driver-mismatch')).toBeUndefined();
    expect(finding(r, 'port-driver-assumed-implicit')!.detail).toContain('docker version');
  }
});

test("containerd's NET=pasta beside Docker's rootless daemon is set aside: no port driver read from it (near miss)", () => {
  const text = "$ cat ~/.config/systemd/user/containerd.service.d/override.conf\n[Service]\nEnvironment=CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n$ docker info --format '{{.ServerVersion}} {{.SecurityOptions}}'\n27.3.1 [name=seccomp,profile=builtin name=rootless name=cgroupns]\n";
  for (const r of both(text)) {
    expect(r.facts.portDriver).toBeNull();
    expect(finding(r, 'pasta-port-driver-mismatch')).toBeUndefined();
  }
});
