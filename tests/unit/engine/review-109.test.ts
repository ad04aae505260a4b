// Review 109 #5, #6 and #11: another tool's components read as Docker's daemon, a written table's "pasta | version" row offered as the
// network driver, and two {{range .Server.Components}} forms left unread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatHuman, formatJson } from '../../../src/cli/format.ts';
import { guideAddress } from '../../../src/cli/main.ts';
import { words } from '../../../src/cli/words.ts';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, 'review-109', name), 'utf8');
const both = (text: string) => [analyze(text), analyzeWith(zhCn, text)];

// nerdctl's components, as jq -c prints them one to a line, without their command.
const NERDCTL = paste('j07-nerdctl-json.txt');
const OBJECTS = NERDCTL.split('\n').slice(1).join('\n');
const ENGINE = '{"Name":"Engine","Version":"27.3.1","Details":{"ApiVersion":"1.47","MinAPIVersion":"1.24","Os":"linux"}}';

test("nerdctl's components cut out with jq are not Docker's rootless daemon, nor are components no command or engine shows to be Docker's", () => {
  const after = (command: string): string => `${command} -f json | jq -c '.Server.Components[]'\n${ENGINE}\n${OBJECTS}`;
  for (const text of [NERDCTL, OBJECTS, after('$ podman version'), after('nerdctl version'), after('docker-compose version')]) {
    for (const r of both(text)) {
      expect(r.verdict, text).toBe('incomplete');
      expect(r.facts, text).toMatchObject({ rootless: null, rootlesskitVersion: null, networkDriver: null, portDriver: null });
    }
  }
});

test("the same components are Docker's after a docker command, or beside the engine with no command shown", () => {
  for (const text of [`$ docker version -f json | jq -c '.Server.Components[]'\n${OBJECTS}`, `${ENGINE}\n${OBJECTS}`]) {
    for (const r of both(text)) {
      expect(r.facts, text).toMatchObject({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'slirp4netns', portDriver: 'builtin' });
      expect(r.verdict, text).toBe('not-affected');
    }
  }
});

test("a written table's pasta row is pasta's version: neither the network driver nor a rootless daemon (en and zh-cn tables)", () => {
  for (const name of ['e01-md-table.txt', 'n11-version-table-zh.txt']) {
    for (const r of both(paste(name))) {
      // The table does not answer the question: it is asked, as before the table was read.
      expect(r.findings[0]!.id).toBe('need-network-driver');
      expect(r.written, name).toMatchObject({ rootlesskitVersion: '2.3.1' });
      expect(r.written?.networkDriver, name).toBeUndefined();
      expect(r.written?.rootless, name).toBeUndefined();
    }
  }
  const human = formatHuman(analyze(paste('e01-md-table.txt')), guideAddress({}), words.en);
  expect(human).not.toMatch(/Network driver +pasta|Rootless daemon +yes/);
  const zh = formatHuman(analyzeWith(zhCn, paste('n11-version-table-zh.txt')), guideAddress({}, 'zh-cn'), words['zh-cn']);
  expect(zh).not.toMatch(/pasta$/m);
});

test('a table row that names the network driver, or says rootless, still gives it', () => {
  const table = '## Environment\n\n| Component | Version |\n|---|---|\n| Docker | 27.3.1 (rootless) |\n| RootlessKit | 2.3.1 |\n| pasta | 2025_01_21.4f2c8e7 |\n';
  for (const row of ['| Network driver | pasta |', '| NetworkDriver | pasta |']) {
    for (const r of both(`${table}${row}\n`)) expect(r.written, row).toMatchObject({ networkDriver: 'pasta', rootless: true, rootlesskitVersion: '2.3.1' });
  }
});

test("--json stays exactly the contract's four keys, also where a setup written by hand is offered (the text report shows it)", () => {
  const table = paste('e01-md-table.txt').replace('| OS ', '| Network driver | pasta |\n| OS ');
  const result = analyze(table);
  expect(result.written).toEqual({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'pasta', operatingSystem: 'Debian 12' });
  expect(Object.keys(JSON.parse(formatJson(result)))).toEqual(['verdict', 'certainty', 'facts', 'findings']);
  expect(Object.keys(JSON.parse(formatJson(analyze(NERDCTL))))).toEqual(['verdict', 'certainty', 'facts', 'findings']);
});

test('{{range .Server.Components}} with {{.Details}} last, or all on one line, is read as docker version prints it', () => {
  for (const r of both(paste('d02-range-details.txt'))) {
    expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '27.5.1', rootlesskitVersion: '2.3.2', networkDriver: 'pasta' });
    expect(r.verdict).toBe('fixed');
  }
  for (const r of both(paste('d04-range-oneline.txt'))) expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '29.1.3', rootlesskitVersion: '2.3.5' });
});

test('those forms read nothing where a line is not what the template prints', () => {
  const details = "$ docker version -f '{{range .Server.Components}}{{.Name}}: {{.Version}} {{.Details}}{{println}}{{end}}'";
  const oneLine = "$ docker version --format '{{range .Server.Components}}{{.Name}}={{.Version}} {{end}}'";
  const others = [
    // A detail with a blank in its value, and a map cut short: which key follows is unknown.
    `${details}\nEngine: 27.5.1 map[Os:linux]\nrootlesskit: 2.3.2 map[NetworkDriver:pasta and more StateDir:/run]`,
    `${details}\nEngine: 27.5.1 map[Os:linux]\nrootlesskit: 2.3.2 map[NetworkDriver:pasta`,
    // {{.Details}} before another field; the one-line form wrapped onto a second line, or with a part that is not name=version.
    "$ docker version -f '{{range .Server.Components}}{{.Details}} {{.Name}}{{println}}{{end}}'\nmap[NetworkDriver:pasta] rootlesskit",
    `${oneLine}\nEngine=29.1.3 containerd=v2.2.0\nrootlesskit=2.3.5`,
    `${oneLine}\nEngine=29.1.3 rootlesskit 2.3.5`,
  ];
  for (const text of others) expect(analyze(text).facts, text).toMatchObject({ rootless: null, rootlesskitVersion: null, networkDriver: null });
});
