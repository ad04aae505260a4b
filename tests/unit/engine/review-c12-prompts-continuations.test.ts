// Review C12: a Windows client (PowerShell, cmd) driving a remote rootless daemon types at its own prompts, which are read as prompts;
// a command continued by a backslash takes its indented options, on a line of its own under a sentence or after words on its line.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { typedAt } from './prompted.ts';

test.each([
  ['PowerShell', 'PS C:\\Users\\me> '],
  ['PowerShell without a path', 'PS> '],
  ['cmd, with no blank after its prompt', 'C:\\Users\\me>'],
])('docker context show typed at the prompt of %s answers the rootless context, and the server version is read', (_name, prompt) => {
  const { facts } = analyze(typedAt(prompt));
  expect(facts.rootless).toBe(true);
  expect(facts.dockerServerVersion).toBe('28.1.1');
});

test('the same commands after quote markers, or written in prose after a path of Windows, are no prompt: no rootless context is read', () => {
  expect(analyze(typedAt('> ')).facts.rootless).toBeNull();
  expect(analyze(typedAt('The context files are under C:\\Users\\me\\.docker\\contexts -> ')).facts.rootless).toBeNull();
});

test('a command under a sentence takes its indented options after its backslash', () => {
  const r = analyze(
    [
      'The docs say the port driver has to be given to rootlesskit, so my script starts it like this:',
      'rootlesskit --net=pasta \\',
      '    --port-driver=implicit --copy-up=/etc --copy-up=/run dockerd-rootless.sh',
      'and published ports on 127.0.0.1 reset.',
    ].join('\n'),
  );
  expect([r.facts.networkDriver, r.facts.portDriver, r.facts.rootless]).toEqual(['pasta', 'implicit', true]);
});

test('a sentence that goes on to the command of the reader keeps the options after its backslash (review R120)', () => {
  const r = analyze(
    [
      'My wrapper script runs: rootlesskit --net=pasta --disable-host-loopback \\',
      '    --port-driver=builtin --copy-up=/etc --copy-up=/run dockerd',
      'Ports published on 127.0.0.1 still reset. curl: (56) Recv failure: Connection reset by peer',
    ].join('\n'),
  );
  // RootlessKit refuses pasta with port driver builtin: the daemon does not start like this.
  expect([r.facts.networkDriver, r.facts.portDriver, r.findings[0]?.id]).toEqual(['pasta', 'builtin', 'pasta-port-driver-mismatch']);
});
