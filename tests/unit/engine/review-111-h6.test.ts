// Review 111 #2–#5: "fixed, confirmed" beside a pasta running without the flag, daemon.json's "ip" on 127.0.0.1 read as all addresses,
// the MTU warning for lxc-user-nic, and the IPv6 finding contradicting pasta's argv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string) => [analyze(text), analyzeWith(zhCn, text)];

const STALE = paste('rk-2.3.4-argv-without-flag-beside-newer-pasta-installed.txt');
const CURL_RESET = paste('dnf-upgrade-passt-rk-2.3.4-argv-without-flag-curl-loopback-reset.txt');
const PS = 'pgrep -a -u "$(id -u)" -x';

test('RootlessKit with the fix beside a pasta running without the flag is never "fixed, confirmed": the newer pasta installed is not the one that runs', () => {
  for (const r of both(STALE)) {
    expect([r.verdict, r.certainty]).toEqual(['not-affected', 'inferred']);
    const [main] = r.findings;
    expect(main?.id).toBe('pasta-predates-change');
    expect(main?.detail).toContain('0^20250217.ga1e48a0-1.fc41.x86_64-pasta');
    // A restart runs the pasta installed: pgrep then tells whether RootlessKit passes the flag.
    expect(main?.fix?.split('\n')).toEqual(['systemctl --user restart docker', expect.stringContaining('--host-lo-to-ns-lo'), expect.stringContaining(PS)]);
  }
});

test('a reset on curl 127.0.0.1:PORT beside that pasta is the probe missed, whether or not the port is shown published', () => {
  const published = CURL_RESET.replace('$ curl 127.0.0.1:8080', '$ docker run -d -p 127.0.0.1:8080:80 nginx\n$ curl 127.0.0.1:8080');
  // Another port on all addresses says nothing of the one asked.
  const other = `$ docker ps --format '{{.Ports}}'\n0.0.0.0:8081->80/tcp\n${CURL_RESET}`;
  for (const text of [CURL_RESET, published, other, paste('rk-2.3.4-argv-without-flag-newer-pasta-published-loopback-reset.txt')]) {
    // pasta's release from the package dnf installed, which is what is installed, not seen running: inferred.
    const certainty = text.includes('dnf upgrade') ? 'inferred' : 'confirmed';
    for (const r of both(text)) {
      expect([r.verdict, r.certainty], text).toEqual(['affected', certainty]);
      expect(r.findings.find((f) => f.id === 'connection-reset-seen')?.detail).not.toMatch(/rules this problem out|排除/);
    }
  }
});

test('a reset on 127.0.0.1 where only a port on all addresses is shown does not show the probe missed', () => {
  const all = CURL_RESET.replace('$ curl 127.0.0.1:8080', '$ docker run -d -p 8080:80 nginx\n$ curl 127.0.0.1:8080');
  for (const r of both(all)) expect([r.verdict, r.findings[0]?.id]).toEqual(['not-affected', 'pasta-predates-change']);
});

const IP_JSON = paste('daemon-json-ip-127-publish-without-address-reset.txt');
const ALL_ADDRESSES = /published on all addresses, which this leaves alone|发布在所有地址上/;

test('with the daemon\'s "ip" (daemon.json, or dockerd --ip) on 127.0.0.1, -p 8080:80 publishes on 127.0.0.1: no all-addresses note, and the workaround names 0.0.0.0', () => {
  const unit = IP_JSON.replace(/\$ cat ~\/\.config\/docker\/daemon\.json\n[^$]*/, 'ExecStart=/usr/bin/dockerd-rootless.sh --ip=127.0.0.1\n');
  for (const text of [IP_JSON, paste('daemon-json-ip-127-publish-without-address-docker-ps.txt'), unit]) {
    for (const r of both(text)) {
      expect(r.verdict, text).toBe('affected');
      expect(r.findings.find((f) => f.id === 'affected')?.detail, text).not.toMatch(ALL_ADDRESSES);
      const workaround = r.findings.find((f) => f.id === 'workaround-nftables');
      expect(workaround?.fix, text).toContain('docker run -d -p 0.0.0.0:8080:80 nginx:alpine');
      expect(workaround?.detail, text).toContain('-p 0.0.0.0:8080:80');
    }
  }
  // The daemon's "ip" on all addresses, or a container's --ip, leaves -p 8080:80 on all addresses.
  for (const text of [IP_JSON.replace('"ip": "127.0.0.1"', '"ip": "0.0.0.0"'), IP_JSON.replace(/\$ cat[^$]*/, '$ docker run -d --ip 127.0.0.1 alpine\n')]) {
    const r = analyze(text);
    expect(r.findings.find((f) => f.id === 'affected')?.detail, text).toMatch(ALL_ADDRESSES);
    expect(r.findings.map((f) => f.id), text).not.toContain('workaround-nftables');
  }
});

test('MTU 1500 is no warning with lxc-user-nic, which is as fast at 1500; it still is with slirp4netns', () => {
  const lxc = paste('rootlesskit-lxc-user-nic-mtu-1500.txt');
  for (const r of both(lxc)) expect(r.findings.map((f) => f.id)).not.toContain('mtu-1500');
  expect(analyze(lxc.replace('--net=lxc-user-nic', '--net=slirp4netns')).findings.map((f) => f.id)).toContain('mtu-1500');
});

test("pasta running without --ipv4-only: the ::1 finding says RootlessKit's pasta IPv6 before 3.2.0, which an upgrade fixes, not that --ipv6 is never passed", () => {
  for (const name of ['flags-ipv6-argv-without-ipv4-only-publish-ipv6-loopback.txt', 'publish-ipv6-loopback-rk-2.3.4-argv-without-ipv4-only.txt']) {
    const [en, zh] = both(paste(name)).map((r) => r.findings.find((f) => f.id === 'ipv6-loopback-not-forwarded')!);
    expect(en!.detail).toContain('upgrading RootlessKit to 3.2.0 or later fixes this');
    expect(en!.detail).not.toContain('never passes --ipv6');
    expect(zh!.detail).toContain('升级到 3.2.0 或更新版本就能解决');
    expect(zh!.detail).not.toContain('从不传 --ipv6');
    // The argv without --ipv4-only is quoted.
    expect(en!.evidence.some((e) => e.text.includes(' pasta --stderr '))).toBe(true);
  }
});
