// Settings typed before dockerd-rootless.sh: the fix is that command typed again, its settings changed (rules/settings-source.ts `run`).
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { retyped } from '../../../src/engine/retyped.ts';

const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';

test('a setting typed is changed in its place, one not typed is added after the others, and the rest of the command is kept', () => {
  expect(retyped(`${P}NET=host dockerd-rootless.sh`, ['NET=slirp4netns', 'PORT_DRIVER=builtin'])).toBe(`${P}NET=slirp4netns ${P}PORT_DRIVER=builtin dockerd-rootless.sh`);
  expect(retyped(`env PATH=/usr/bin:$PATH ${P}PORT_DRIVER=builtin ${P}NET=pasta nohup ~/bin/dockerd-rootless.sh --experimental >log 2>&1 &`, ['PORT_DRIVER=implicit'])).toBe(
    `env PATH=/usr/bin:$PATH ${P}PORT_DRIVER=implicit ${P}NET=pasta nohup ~/bin/dockerd-rootless.sh --experimental >log 2>&1 &`,
  );
});

test('FLAGS is quoted as one value, and left out where the fix empties it', () => {
  const typed = `${P}FLAGS=--net=pasta ${P}MTU=1500 dockerd-rootless.sh`;
  const kept = retyped(typed, ['NET=pasta', 'FLAGS=--copy-up=/opt --mtu=65520']);
  expect(kept).toBe(`${P}FLAGS='--copy-up=/opt --mtu=65520' ${P}MTU=1500 ${P}NET=pasta dockerd-rootless.sh`);
  // Run with a stand-in for the script, the shell hands it FLAGS whole.
  const env = spawnSync('bash', ['-c', `dockerd-rootless.sh() { printenv ${P}FLAGS; }\n${kept}`], { encoding: 'utf8', env: {} }).stdout;
  expect(env).toBe('--copy-up=/opt --mtu=65520\n');
  expect(retyped(typed, ['FLAGS='])).toBe(`${P}MTU=1500 dockerd-rootless.sh`);
});

test('settings not typed are added in one order, NET, PORT_DRIVER, MTU, FLAGS, whatever order the fixes give them in', () => {
  expect(retyped(`${P}NET=host dockerd-rootless.sh`, ['MTU=65520', 'FLAGS=--copy-up=/opt', 'PORT_DRIVER=builtin'])).toBe(
    `${P}NET=host ${P}PORT_DRIVER=builtin ${P}MTU=65520 ${P}FLAGS='--copy-up=/opt' dockerd-rootless.sh`,
  );
});
