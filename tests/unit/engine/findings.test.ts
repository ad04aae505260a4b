import { describe, expect, test } from 'vitest';
import { docsAnchors } from '../../../src/engine/docs-anchors.ts';
import { findingMeta } from '../../../src/engine/findings.ts';
import { analyze, en, type Messages } from '../../../src/engine/index.ts';
import type { MessageId } from '../../../src/engine/messages/types.ts';

describe('findings', () => {
  test('every finding links to a listed docs anchor, and every listed anchor is used', () => {
    const used = new Set(Object.values(findingMeta).map((m) => m.docs));
    for (const docs of used) expect(docsAnchors).toContain(docs);
    expect([...used].sort()).toEqual([...docsAnchors].sort());
  });

  test('troubleshooting anchors are the finding ids', () => {
    for (const [id, meta] of Object.entries(findingMeta)) {
      if (meta.docs.startsWith('/troubleshooting/')) expect(meta.docs).toBe(`/troubleshooting/#${id}`);
    }
  });

  test('the English catalogue has a message for every id, and findingMeta an entry', () => {
    expect(Object.keys(en.findings).sort()).toEqual(Object.keys(findingMeta).sort());
  });

  test('findings render with another catalogue of the same type', () => {
    const upper = {
      verdict: en.verdict,
      certainty: en.certainty,
      findings: Object.fromEntries(
        Object.entries(en.findings).map(([id, render]) => [id, (p: never) => ({ ...(render as (p: never) => { title: string; detail: string }) (p), title: `X ${id}` })]),
      ),
    } as Messages;
    const r = analyze('rootlesskit version 1.1.1', { messages: upper });
    expect(r.findings[0]!.title).toBe('X rootlesskit-without-pasta');
  });

  test('neighbouring problems from configuration alone', () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id as MessageId);
    expect(ids('rootlesskit --net=pasta --port-driver=builtin dockerd')).toContain('pasta-port-driver-mismatch');
    expect(ids('rootlesskit --net=slirp4netns --port-driver=implicit dockerd')).toContain('implicit-without-pasta');
    expect(ids('Server:\n Engine:\n  Version:          28.0.0\n rootlesskit:\n  Version: 2.3.2\n  NetworkDriver: slirp4netns\n  PortDriver: slirp4netns')).toContain('slirp4netns-port-driver-tcp');
    expect(ids(' rootlesskit:\n  Version: 3.1.0\n  NetworkDriver: pasta')).not.toContain('host-loopback-leak');
    expect(ids(' rootlesskit:\n  Version: 3.0.1\n  NetworkDriver: pasta\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=false"')).not.toContain('host-loopback-leak');
    expect(ids('rootlesskit --net=pasta --port-driver=implicit dockerd\n[::1]:8080->80/tcp')).toContain('ipv6-loopback-not-forwarded');
    expect(ids(' rootlesskit:\n  Version: 3.2.0\n  NetworkDriver: pasta\n[::1]:8080->80/tcp')).not.toContain('ipv6-loopback-not-forwarded');
    expect(ids(' rootlesskit:\n  Version: 3.2.0\n  NetworkDriver: pasta\n127.0.0.2:8080->80/tcp\npasta 2026_07_16.090d739')).not.toContain('secondary-loopback');
  });

  test('the affected verdict comes with the upgrade and both workarounds, errors first', () => {
    const r = analyze(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta\nDual stack forward, but IPv6 not enabled');
    expect(r.findings.map((f) => f.id)).toEqual([
      'affected',
      'passt-dual-stack-failure',
      'host-loopback-leak',
      'port-driver-assumed-implicit',
      'workaround-slirp4netns',
      'workaround-nftables',
    ]);
    expect(r.findings[0]!.fix).toContain('docker-ce-rootless-extras');
  });

  test('finding texts carry no unrendered placeholders', () => {
    const r = analyze('', { answers: { networkDriver: 'pasta', rootlesskitVersion: '2.3.1' } });
    for (const f of r.findings) expect(`${f.title} ${f.detail} ${f.fix ?? ''}`).not.toMatch(/undefined|null|\[object/);
  });
});
