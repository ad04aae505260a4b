// Output wrapped by what ran it (review R139): Python's repr of a subprocess's output, an inventory's cmdline key, bash -x's trace of a
// command substitution's assignment.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

test("Python's repr of subprocess output (bytes with \\n escapes) is read as the lines it holds", () => {
  const components = '[{"Name":"Engine","Version":"27.3.1","Details":{"ApiVersion":"1.47","Os":"linux"}},{"Name":"rootlesskit","Version":"2.3.1","Details":{"ApiVersion":"1.1.1","NetworkDriver":"pasta","StateDir":"/run/user/1000/dockerd-rootless"}}]';
  const r = analyze(`>>> subprocess.check_output(["docker", "version", "--format", "{{json .Server.Components}}"])\nb'${components}\\n'\n>>> subprocess.run(["pasta", "--version"], capture_output=True)\nCompletedProcess(args=['pasta', '--version'], returncode=0, stdout=b'pasta 2025_01_21.4f2c8e7\\nCopyright Red Hat\\n', stderr=b'')`);
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.pastaDate]).toEqual(['affected', '2.3.1', 'pasta', '2025-01-21']);
});

test('a cmdline key\'s quoted string (an inventory\'s YAML) is read as the argv of the process', () => {
  const r = analyze('docker:\n  rootless: true\nprocesses:\n  - pid: 1432\n    cmdline: "rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --port-driver=builtin --copy-up=/etc dockerd"');
  expect([r.verdict, r.facts.networkDriver, r.facts.portDriver]).toEqual(['not-affected', 'slirp4netns', 'builtin']);
});

test("bash -x's assignment of rootlesskit --version's output is RootlessKit's version where it is one whole", () => {
  const traced = (set: string) => analyze(`$ bash -x ./check.sh\n++ rootlesskit --version\n++ awk '{print $3}'\n+ ${set}\n+ echo done\ndone`).facts.rootlesskitVersion;
  expect(traced('RK=2.3.6')).toBe('2.3.6');
  expect(traced("RK='rootlesskit version 2.3.1'")).toBe('2.3.1');
  // Another field of its output, or the version cut: not the version.
  expect(traced('RK=version')).toBe(null);
  expect(traced('RK=2.3')).toBe(null);
});
