// What the hundred-and-second review found: docker context show's answer that the client uses the rootless context. (Other clients'
// words for the reset are in client-resets.test.ts; Docker's Nix store path was left out after review 105: old store generations listed
// changed verdicts.)
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

test('docker context show answering "rootless" says the client uses the rootless context, so a compose error beside it is recognised', () => {
  // /tmp/r102/19.
  const paste = `$ docker compose up
Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint app-db-1 (b7c2e1f0a9d8): failed to bind host port 127.0.0.1:5432/tcp: address already in use
$ docker context show
rootless
$ ss -ltnp | grep 5432
LISTEN 0      244        127.0.0.1:5432       0.0.0.0:*    users:(("postgres",pid=1011,fd=7))`;
  const r = analyze(paste);
  expect(r.facts.rootless).toBe(true);
  expect(r.evidence.rootless?.map((e) => e.line)).toEqual([4]);
  expect(r.findings[0]!.id).not.toBe('nothing-recognised');
  // Another context, an answer that is not the very next line, or the word without the command: nothing.
  expect(analyze('$ docker context show\ndefault').facts.rootless).toBeNull();
  expect(analyze('$ docker context show\n\nrootless').facts.rootless).toBeNull();
  expect(analyze('rootless').facts.rootless).toBeNull();
  expect(analyze('$ echo docker context show\nrootless').facts.rootless).toBeNull();
});
