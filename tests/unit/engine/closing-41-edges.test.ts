// Three small wrong answers left at the closing note of stop 41: review 106's "cannot assign requested address" dropped beside a port
// manager inferred from another line, a user's "[Warning]" log line taken for a finding quoted alone, and a Dockerfile's ENV line given
// the user service's drop-in as its fix.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const both = [undefined, { messages: zhCn }];

describe("review 106: a specific host IP refused by the implicit port driver's userland proxy beside a port refused on the namespace's address", () => {
  // The first infers RootlessKit's port manager (a hint from moby's code); the second is implicit's own error, of the daemon that printed it.
  const paste = [
    'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web (3f2c): failed to bind host port 10.0.2.100:3000/tcp: address already in use',
    'docker: Error response from daemon: driver failed programming external connectivity on endpoint web: Error starting userland proxy: listen tcp4 192.168.1.10:8080: bind: cannot assign requested address.',
  ].join('\n');
  test('the finding stays, quoting its line, in either language, while the port manager stays inferred', () => {
    for (const options of both) {
      const r = analyze(paste, options);
      expect(r.facts.portManager).toBe(true);
      expect(r.findings.find((f) => f.id === 'cannot-assign-address')?.evidence.map((e) => e.line)).toEqual([2]);
    }
  });
  test('a port driver with the port manager shown running (docker version) still rules it out', () => {
    const shown = `${paste}\nServer: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    slirp4netns\n  PortDriver:       builtin`;
    expect(analyze(shown).findings.map((f) => f.id)).not.toContain('cannot-assign-address');
  });
});
