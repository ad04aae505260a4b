import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

// Debian's and Ubuntu's package "docker" is the docklet tray (wmdocker), not Docker: every apt and dpkg form reads it so.
test.each([
  ['apt-cache policy', '$ apt-cache policy docker\ndocker:\n  Installed: 1.5-2\n  Candidate: 1.5-2\n  Version table:\n *** 1.5-2 500'],
  ['dpkg -s', '$ dpkg -s docker\nPackage: docker\nStatus: install ok installed\nVersion: 1.5-2'],
  ['apt show', '$ apt show docker\nPackage: docker\nVersion: 1.5-2\nAPT-Manual-Installed: yes'],
  ['dpkg -l', '$ dpkg -l docker\nii  docker  1.5-2  amd64  System tray for KDE3/GNOME2 docklet applications'],
  ['apt history.log', 'Start-Date: 2025-03-01  10:00:00\nInstall: docker:amd64 (1.5-2)\nEnd-Date: 2025-03-01  10:00:02'],
])("%s of Debian's docker names no Docker Engine", (_, text) => {
  const r = analyze(text);
  expect([r.facts.dockerPackaging, r.facts.dockerServerVersion]).toEqual([null, null]);
});

test("rpm's docker is the distribution's Docker Engine, as before", () => {
  const r = analyze('$ rpm -qi docker\nName        : docker\nVersion     : 26.1.5\nRelease     : 1.fc40\nInstall Date: Tue 04 Mar 2025 10:00:00 AM UTC');
  expect(r.facts.dockerPackaging).toBe('distribution');
});
