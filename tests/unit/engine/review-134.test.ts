// Review R134: the AppArmor finding beside a daemon that answered with pasta came back where nothing of pasta failed (AppArmor denying
// another program a file named after pasta, sudo docker missing the rootful socket, a denial from before the workaround above the answer),
// and a reply's nested <blockquote> ended the quote at its inner end tag, so that the rest of another's docker version was the reader's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const fixture = (file: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', file), 'utf8');
const ids = (r: Result): string[] => r.findings.map((f) => f.id);

test.each([
  'ubuntu-2404-pasta-answered-dmesg-denied-other-program-file-named-pasta.txt',
  'ubuntu-2404-pasta-answered-sudo-docker-unreachable.txt',
])('no AppArmor finding beside a daemon that answered with pasta where nothing below shows pasta failing: %s', (file) => {
  for (const r of both(fixture(file))) expect(ids(r)).not.toContain('ubuntu-apparmor');
});

// A denial from before the workaround, above the daemon's answer with pasta and pgrep's pasta (not a fixture: a link carries no order).
const DENIED_BEFORE = [
  "$ lsb_release -d",
  "Description:\tUbuntu 24.04.1 LTS",
  "$ sudo dmesg | grep -i pasta",
  "[   41.100000] audit: type=1400 audit(1741160000.100:50): apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"pasta\" name=\"/proc/2113/ns/user\" pid=2120 comm=\"pasta.avx2\" requested_mask=\"r\" denied_mask=\"r\" fsuid=1000 ouid=1000",
  "$ # yesterday, before I loaded the profile. Now:",
  "$ docker version | grep -A5 rootlesskit",
  " rootlesskit:",
  "  Version:          2.3.4",
  "  ApiVersion:       1.1.1",
  "  NetworkDriver:    pasta",
  "  PortDriver:       implicit",
  "$ pgrep -a pasta",
  "2120 pasta.avx2 --config-net --host-lo-to-ns-lo --ns-ifname tap0 --mtu 65520 -t none -u none -T none -U none --no-map-gw --quiet --netns /proc/2113/ns/net --userns /proc/2113/ns/user",
].join('\n');

test('a denial above the answer with pasta is older than it: no AppArmor finding', () => {
  for (const r of both(DENIED_BEFORE)) expect(ids(r)).not.toContain('ubuntu-apparmor');
});

// A mail's reply (Gmail's markup): the reader's own docker version, then Bob's quote, which quotes Carol's question before Bob's output.
const REPLY = [
  '<div>Still broken for me. docker version on my box:<br>',
  'rootlesskit:<br>',
  'Version:          2.3.1<br>',
  'NetworkDriver:    pasta<br>',
  'PortDriver:       implicit<br></div>',
  '<div class="gmail_quote">On Tue, Mar 4, 2025 at 10:12 AM Bob &lt;bob@example.org&gt; wrote:<br>',
  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex;padding-right:1ex">',
  '<div>On Mon, Mar 3, 2025 Carol &lt;carol@example.org&gt; wrote:<br></div>',
  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div>Which version are you on?</div></blockquote>',
  '<div>Upgraded and it works now:<br>',
  'rootlesskit:<br>',
  'Version:          2.3.4<br>',
  'NetworkDriver:    pasta<br>',
  'PortDriver:       implicit<br></div>',
  '</blockquote></div>',
].join('\n');

test("a reply's nested quotes stay another's after the inner one ends: the reader's RootlessKit 2.3.1 is affected", () => {
  for (const r of both(REPLY)) expect([r.verdict, r.facts.rootlesskitVersion]).toEqual(['affected', '2.3.1']);
});
