// systemctl status's "Active: active (running)" says the daemon runs only where it is the status of a daemon the checker reads, or of
// no unit named ("| grep Active"): another unit running (PipeWire) says nothing of it (review 118).
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const pipewire =
  '$ systemctl --user status pipewire --no-pager | head -3\n● pipewire.service - PipeWire Multimedia Service\n' +
  '     Loaded: loaded (/usr/lib/systemd/user/pipewire.service; enabled; preset: enabled)\n' +
  '     Active: active (running) since Fri 2026-12-04 09:00:00 UTC; 1 day ago\n';
const docker = '$ systemctl --user status docker | grep Active\n     Active: active (running) since Fri 2026-12-04 09:01:00 UTC; 1 day ago\n';

test("another unit's status running is not the daemon running; a status of no unit named after it is", () => {
  expect(analyze(pipewire).signals).not.toContain('unit-running');
  expect(analyze(`${pipewire}${docker}`).signals).toContain('unit-running');
  expect(analyze(docker).signals).toContain('unit-running');
  // pasta not found beside a daemon shown running on pasta: the daemon found one on its own PATH, so nothing stops it.
  const missing = '$ pasta --version\nbash: pasta: command not found\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\n';
  expect(analyze(`${missing}${pipewire}${docker}`).stops).toBe(0);
  expect(analyze(`${missing}${pipewire}`).stops).toBe(1);
});
