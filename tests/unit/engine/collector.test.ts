import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mine, PASTA_NAMES } from '../../../src/engine/argv.ts';
import { PS } from '../../../src/engine/commands.ts';
import { collectorCommands } from '../../../src/engine/collector-commands.ts';
import { collectorLine, collectorScript } from '../../../src/engine/collector.ts';
import { analyze, type FactKey } from '../../../src/engine/index.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';
import { tempDir } from '../../support/temp-dir.ts';

/** A command's "$ …" line in the transcript: its argv, unquoted. */
const header = (argv: readonly string[]): string => argv.join(' ');
const rootlesskitArgv =
  'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
const pastaArgv =
  'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2120';

/** What each collector command prints on a rootless host running pasta with Docker 27.3.1 (RootlessKit 2.3.1), and the fact it must yield. */
const outputs: Record<string, { text: string; fact: FactKey }> = {
  'docker version': {
    text: readFileSync(join(fixturesDir, 'synthetic/docker-version-pasta-27.3.1.txt'), 'utf8').split('$ docker ps')[0]!,
    fact: 'networkDriver',
  },
  'docker info': { text: readFileSync(join(fixturesDir, 'real/docker-info-rootless-27.3.1-ubuntu24.04-tls-warnings-1.txt'), 'utf8'), fact: 'rootless' },
  'rootlesskit --version': { text: 'rootlesskit version 2.3.1\n', fact: 'rootlesskitVersion' },
  'pasta --version': { text: 'pasta 2025_01_21.4f2c8e7\nCopyright Red Hat\nGNU General Public License, version 2 or later\n', fact: 'pastaVersion' },
  'slirp4netns --version': { text: 'slirp4netns version 1.2.1\ncommit: 09e31e92fa3d2a1d3ca261adaeb012c8d75a8194\nlibslirp: 4.7.0\n', fact: 'slirp4netnsVersion' },
  [header(mine('rootlesskit'))]: { text: `2101 ${rootlesskitArgv}\n`, fact: 'portDriver' },
  [header(mine(PASTA_NAMES))]: { text: `2120 ${pastaArgv}\n`, fact: 'hostLoToNsLo' },
  'systemctl --user show docker --property=Environment --no-pager': {
    text: 'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n',
    fact: 'networkDriver',
  },
  'systemctl --user status docker --no-pager --full': {
    text: `● docker.service - Docker Application Container Engine (Rootless)\n     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service\n             ├─2101 ${rootlesskitArgv}\n             ├─2120 ${pastaArgv.replace(/ 2120$/, ' 2111')}\n             └─2140 dockerd\n`,
    fact: 'networkDriver',
  },
};

/** A folder of stand-ins for docker, rootlesskit, pasta, slirp4netns, ps and systemctl that print `outputs`. */
function fakeTools(): string {
  const dir = tempDir('collector-');
  for (const tool of new Set(collectorCommands.map((c) => c.argv[0]!))) {
    const cases = collectorCommands
      .filter((c) => c.argv[0] === tool && !c.probe)
      .map((c) => {
        const file = join(dir, `${c.argv.join('_').replace(/\W/g, '_')}.out`);
        writeFileSync(file, outputs[c.argv.join(' ')]!.text);
        return `  "${c.argv.slice(1).join(' ')}") cat '${file}' ;;`;
      });
    // The probe: this pasta accepts --host-lo-to-ns-lo.
    const probe = tool === 'pasta' ? ['  "--host-lo-to-ns-lo --version") exit 0 ;;'] : [];
    writeFileSync(join(dir, tool), ['#!/bin/sh', 'case "$*" in', ...probe, ...cases, '  *) echo "unexpected: $*" >&2; exit 2 ;;', 'esac', ''].join('\n'));
    chmodSync(join(dir, tool), 0o755);
  }
  return dir;
}

/** Runs a form of the collector with the stand-ins first on PATH; returns what it prints. */
function run(script: string, tools: string): string {
  const out = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8', env: { PATH: `${tools}:/usr/bin:/bin` } });
  expect(out.status).toBe(0);
  return out.stdout;
}

describe('collector', () => {
  const tools = fakeTools();
  const printed = run(collectorScript, tools);

  test('both forms are valid POSIX shell, print the same, and print the probe line the engine reads', () => {
    expect(spawnSync('sh', ['-n', '-c', collectorScript]).status).toBe(0);
    expect(collectorLine).not.toContain('\n');
    expect(run(collectorLine, tools)).toBe(printed);
    expect(printed).toContain('\nhost-lo-to-ns-lo probe: 0\n');
    expect(printed).not.toContain('unexpected');
  });

  test('the engine reads something from every command’s output, and the probe line', () => {
    // The transcript, cut at the "$ <command>" lines the collector prints, gives each command's output.
    const blocks = printed.split(/^\$ /m).slice(1);
    expect(blocks).toHaveLength(collectorCommands.length - 1);
    for (const block of blocks) {
      const command = block.slice(0, block.indexOf('\n'));
      const output = block.slice(command.length + 1).replace(/^host-lo-to-ns-lo probe: \d+\n/m, '');
      expect(analyze(output).facts[outputs[command]!.fact], command).not.toBeNull();
    }
    expect(analyze('host-lo-to-ns-lo probe: 0').facts.pastaAcceptsHostLoToNsLo).toBe(true);
  });

  test('the whole transcript gives the verdict, with each deciding fact seen rather than inferred', () => {
    const result = analyze(printed);
    expect(result.verdict).toBe('affected');
    expect(result.certainty).toBe('confirmed');
    expect(result.facts).toMatchObject({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'pasta', portDriver: 'implicit', hostLoToNsLo: false, pastaAcceptsHostLoToNsLo: true, mtu: 65520 });
  });

  test('finds pasta under each name it runs as: its AVX2 build (passt.avx2 or pasta.avx2, most x86-64 machines) or pasta', () => {
    // A pgrep that, like procps's with -x, matches the whole process name against the pattern: here the one name pasta runs as.
    const pgrep = join(tools, 'pgrep');
    const fake = readFileSync(pgrep, 'utf8');
    for (const name of ['passt.avx2', 'pasta.avx2', 'pasta']) {
      writeFileSync(pgrep, `#!/bin/sh\necho '${name}' | grep -Eqx "$5" && echo '4242 ${pastaArgv}'\nexit 0\n`);
      expect(analyze(run(collectorScript, tools)).facts.hostLoToNsLo, name).toBe(false);
    }
    writeFileSync(pgrep, fake);
  });

  test("the real pgrep finds this user's pasta by its AVX2 name and prints it as the engine reads it", async () => {
    const program = join(tempDir('pgrep-'), 'pasta.avx2');
    copyFileSync('/bin/sleep', program);
    const child = spawn(program, ['30']);
    await new Promise((resolve) => child.once('spawn', resolve));
    try {
      expect(spawnSync('/bin/sh', ['-c', PS], { encoding: 'utf8' }).stdout).toBe(`${child.pid} ${program} 30\n`);
      // Another user's processes stay out.
      expect(spawnSync('/bin/sh', ['-c', PS.replace('"$(id -u)"', '65534')], { encoding: 'utf8' }).stdout).toBe('');
    } finally {
      child.kill();
    }
  });

  test('the terminal’s echo of the pasted commands (prompt, then "> " continuation lines) changes nothing', () => {
    const [first, ...rest] = collectorScript.split('\n');
    const echoed = [`user@host:~$ ${first}`, ...rest.map((line) => `> ${line}`), printed].join('\n');
    const plain = analyze(printed);
    const withEcho = analyze(echoed);
    expect(withEcho.verdict).toBe(plain.verdict);
    expect(withEcho.facts).toEqual(plain.facts);
    expect(withEcho.findings.map((f) => f.id)).toEqual(plain.findings.map((f) => f.id));
  });
});
