// RootlessKit runs rootless BuildKit's daemon as it runs Docker's: where a paste shows BuildKit's, what stops RootlessKit is said to stop it.
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze, type Messages, type Result } from '../../../src/engine/index.ts';
import { en } from '../../../src/engine/messages/en.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { decodeSignals, encodeShare } from '../../../src/engine/share.ts';
import { headline, stoppedLine } from '../../../src/islands/checker/finding-groups.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const wild = labelledFixtures('wild');
const fixture = (start: string) => wild.find((f) => f.file.startsWith(start))!.text;
const BUILDKIT = /^BuildKit's daemon \(buildkitd\) cannot (?:run like this: see "|start as set up)/;
const DOCKER = /^Docker's daemon cannot (?:run like this: see "|start as set up)/;
// The sentence that names the daemon a stop keeps from running: the headline where nothing is decided, else the note under it.
const named = (r: Result, m: Messages = en): string | undefined => stoppedLine(r, m) && (r.verdict === 'incomplete' ? headline(r, m) : stoppedLine(r, m));

test.each([
  'buildkit3217-', // GKE Autopilot: the rootless image named
  'buildkit3297-', // docker run moby/buildkit:master-rootless
  'harborbox-notes-coolify-', // "Rootless BuildKit" in notes
  'kimia-harness-notes-', // Kimia's log: "buildkitd failed to become ready"
  'kimia-rootless-buildkit-2026-',
  'previewforge-buildkit-', // moby/buildkit:rootless inspected
  'rootless-buildkit-k8s-lock-', // buildkitd.lock
  'wave-docs-buildkit-', // buildkitd.sock
])("what stops RootlessKit is said to stop BuildKit's daemon where the paste shows only it: %s…", (start) => {
  expect(named(analyze(fixture(start)))).toMatch(BUILDKIT);
});

test("beside Docker's rootless daemon (dockerd named, or its facts), what stops RootlessKit stays Docker's", () => {
  // The rootless setup tool run in a BuildKit step; dockerd-rootless.sh in RootlessKit's argv.
  expect(named(analyze(fixture('arc3586-')))).toMatch(DOCKER);
  expect(named(analyze(fixture('buildkit1904-')))).toMatch(DOCKER);
  const error = '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 15 [0 1000 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted';
  const buildkit = 'docker run -d --name buildkitd moby/buildkit:rootless --oci-worker-no-process-sandbox';
  expect(named(analyze(`${buildkit}\n${error}`))).toMatch(BUILDKIT);
  expect(named(analyze(`${buildkit}\n${error}\nJan 10 10:00:00 host dockerd-rootless.sh[812]: ${error}`))).toMatch(DOCKER);
  expect(named(analyze(`${buildkit}\n${error}\nDOCKER_HOST=unix:///run/user/1000/docker.sock`))).toMatch(DOCKER);
  // A rootful BuildKit image is no sign of its RootlessKit, nor are buildx's flags for BuildKit's daemon, nor "not rootless BuildKit".
  expect(named(analyze(`docker buildx create --driver-opt image=moby/buildkit:buildx-stable-1\n${error}`))).toMatch(DOCKER);
  expect(named(analyze(`docker buildx create --use --buildkitd-flags '--allow-insecure-entitlement network.host'\n${error}`))).toMatch(DOCKER);
  expect(named(analyze(`Running rootless docker (not rootless buildkit).\n${error}`))).toMatch(DOCKER);
  // Docker's unit, docker:dind-rootless, or the rootless installer run in a build step: Docker's daemon, whatever BuildKit is named.
  for (const docker of [
    'Job for docker.service failed because the control process exited with error code.',
    '  - name: docker:27-dind-rootless',
    '#12 [2/4] RUN curl -fsSL https://get.docker.com/rootless | sh',
  ])
    expect(named(analyze(`I also run rootless BuildKit on this host and that one works fine.\n${docker}\n${error}`))).toMatch(DOCKER);
});

test('BuildKit named is no output the checker reads, and nothing is said to stop; a setup written beside it in prose is not offered', () => {
  const result = analyze('My setup: docker 27.3.1, rootlesskit 2.3.1, pasta\nI run rootless BuildKit (moby/buildkit:v0.17.0-rootless) beside it.');
  expect([result.findings[0]?.id, result.written, named(result)]).toEqual(['nothing-recognised', undefined, undefined]);
});

test("a rootful Docker beside rootless BuildKit runs in no RootlessKit: its errors are buildkitd's", () => {
  const error = '[rootlesskit:parent] error: child exited: exit status 1';
  expect(named(analyze(`I run rootless buildkitd next to my rootful docker.service on the same host.\n${error}`))).toMatch(BUILDKIT);
  expect(named(analyze(`sudo systemctl restart docker.service\nI also run rootless buildkitd.\n${error}`))).toMatch(BUILDKIT);
  // The rootless one named after dockerd is BuildKit's; "not rootless" is rootful (seventy-eighth review).
  for (const rootful of [
    'I run rootful dockerd and rootless buildkitd on this host.',
    'sudo dockerd and rootless buildkitd on the same box',
    'rootful docker.service plus a rootless buildkitd',
    'dockerd (rootful) + rootless buildkit',
    'docker.service is not rootless',
  ])
    expect([rootful, named(analyze(`${rootful}\nI also run rootless buildkitd.\n${error}`))]).toEqual([rootful, expect.stringMatching(BUILDKIT)]);
  // A rootless one, "not rootful", runs in RootlessKit.
  for (const docker of [
    'My docker.service is rootless, not rootful',
    "dockerd isn't rootful",
    'dockerd-rootless.sh: sudo is not needed',
    'dockerd runs rootless, no sudo needed',
    'docker.service is rootless (installed without sudo)',
  ])
    expect(named(analyze(`${docker}\nI also run rootless buildkitd.\n${error}`))).toMatch(DOCKER);
});

test("what RootlessKit's errors say of the program it runs names buildkitd for BuildKit's, in English and Chinese", () => {
  const pod = '$ kubectl logs buildkitd-0\n[rootlesskit:child ] error: executing [[buildkitd --addr tcp://0.0.0.0:1234]]: exit status 1';
  const idMap = '$ kubectl logs buildkitd-0\n[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 15 [0 1000 1 1 100000 65536] failed: : exit status 1';
  for (const text of [pod, idMap]) {
    const [finding] = analyze(text).findings;
    expect([finding!.id, finding!.detail]).toEqual(['rootlesskit-failed', expect.stringMatching(/\bbuildkitd\b/)]);
    expect(finding!.detail).not.toMatch(/\bdockerd\b/);
    expect(analyze(text, { messages: zhCn }).findings[0]!.detail).toMatch(/buildkitd/);
  }
});

test("user namespaces refused stop buildkitd in BuildKit's pastes, dockerd in Docker's", () => {
  const detail = (text: string, messages = en) => analyze(text, { messages }).findings.find((f) => f.id === 'userns-unavailable')!.detail;
  expect(detail(fixture('harborbox-notes-coolify-'))).toMatch(/^RootlessKit runs buildkitd in a user namespace/);
  expect(detail(fixture('harborbox-notes-coolify-'), zhCn)).toMatch(/^RootlessKit 在自己的用户命名空间里运行 buildkitd/);
  expect(detail(fixture('arc3586-'))).toMatch(/^RootlessKit runs dockerd in a user namespace/);
  // Docker's own container and build-step advice is no BuildKit container's (seventy-eighth review).
  for (const messages of [en, zhCn]) {
    expect(detail(fixture('harborbox-notes-coolify-'), messages)).not.toMatch(/dind-rootless|--force/);
    expect(detail(fixture('arc3586-'), messages)).toMatch(/dind-rootless[^]*--force/);
  }
});

test("ID maps refused in BuildKit's container point to BuildKit's documentation, not to dind-rootless", () => {
  const detail = (start: string, messages = en) => analyze(fixture(start), { messages }).findings.find((f) => f.id === 'id-map-failed')!.detail;
  for (const messages of [en, zhCn]) {
    expect(detail('buildkit3297-', messages)).not.toMatch(/dind-rootless/);
    expect(detail('buildkit3297-', messages)).toMatch(/BuildKit/);
    expect(detail('docker-library296-', messages)).toMatch(/dind-rootless/);
  }
});

test("RootlessKit's child that exited is buildkitd, whose log is its container's or pod's, not Docker's unit's", () => {
  const finding = analyze(fixture('rootless-buildkit-k8s-lock-')).findings[0]!;
  expect([finding.id, finding.detail.includes('runs buildkitd for rootless BuildKit'), finding.detail.includes('kubectl logs'), finding.fix]).toEqual([
    'rootlesskit-failed',
    true,
    true,
    undefined,
  ]);
});

test("the CLI, the Chinese checker and a shared link say BuildKit's daemon too", () => {
  const paste = fixture('buildkit3297-');
  const cli = spawnSync(process.execPath, [join(import.meta.dirname, '../../../src/cli/netcheck.ts')], {
    input: paste,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  expect(cli.stdout).toContain(`\n  BuildKit's daemon (buildkitd) cannot start as set up: the fix below comes first\n  See "newuidmap or newgidmap failed, so RootlessKit cannot start" below.`);
  expect(named(analyze(paste, { messages: zhCn }), zhCn)).toMatch(/^BuildKit 守护进程（buildkitd）按现在的设置无法启动/);
  const result = analyze(paste);
  const link = encodeShare({}, [], result.signals);
  expect(named(analyze('', { signals: decodeSignals(link) }))).toMatch(BUILDKIT);
});
