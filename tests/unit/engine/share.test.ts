import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, decodeShare, decodeSignals, encodeShare } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { shareDamaged } from '../../../src/engine/share.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

describe('share links', () => {
  test('encodes known facts in a fixed order', () => {
    expect(encodeShare({ dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta', portDriver: 'implicit', pastaDate: '2025-01-21' })).toBe(
      'v=1&docker=27.3.1&rk=2.3.1&net=pasta&port=implicit&pasta=2025-01-21',
    );
  });

  test('leaves out inferred facts (the engine derives them again) and nulls', () => {
    expect(encodeShare({ dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', rootless: null }, ['rootlesskitVersion'])).toBe('v=1&docker=27.3.1');
  });

  test('decodes with or without "#", ignoring unknown keys and invalid values', () => {
    expect(decodeShare('#v=1&docker=27.3.1&net=pasta&hl=1&rootless=0&mtu=1500&evil=<script>&rk=2.3.1%3Cx%3E&pasta=2025-13-40&port=builtinx')).toEqual({
      dockerServerVersion: '27.3.1',
      networkDriver: 'pasta',
      hostLoToNsLo: true,
      rootless: false,
      mtu: 1500,
    });
    expect(decodeShare('v=2&docker=27.3.1')).toEqual({});
    expect(decodeShare('docker=27.3.1')).toEqual({});
    expect(decodeShare('v=1&docker=%E0%A4%A')).toEqual({});
    expect(decodeShare('v=1&pv=0.0~git20250503.587980c-2%2Bdeb13u1')).toEqual({ pastaVersion: '0.0~git20250503.587980c-2+deb13u1' });
  });

  test('carries what findings and the next step read besides: the OS name, more versions, pasta\'s "unknown version"', () => {
    const facts = { operatingSystem: 'Debian GNU/Linux 12 (bookworm)', dockerClientVersion: '27.3.1', slirp4netnsVersion: '1.2.0', podmanVersion: '4.9.3', pastaVersion: 'unknown version' };
    const fragment = encodeShare(facts);
    expect(fragment).toBe('v=1&pv=unknown%20version&os=Debian%20GNU%2FLinux%2012%20(bookworm)&client=27.3.1&slirp=1.2.0&podman=4.9.3');
    expect(decodeShare(fragment)).toEqual(facts);
    // An OS name is the one free-form value: only words, numbers and a few signs, never markup, and not too long.
    expect(decodeShare('v=1&os=%3Cscript%3E&pv=unknown')).toEqual({});
    expect(decodeShare(`v=1&os=${'a'.repeat(101)}`)).toEqual({});
    expect(decodeShare(`v=1&os=${'a'.repeat(100)}`)).toEqual({ operatingSystem: 'a'.repeat(100) });
  });

  test('never throws on arbitrary fragments', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => typeof decodeShare(s) === 'object'));
    fc.assert(fc.property(fc.string(), (s) => typeof decodeShare(`v=1&${s}`) === 'object'));
  });

  test('encodes signal ids after the facts, once each, in a fixed order', () => {
    // The ids are the link's format: renaming one breaks the links that carry it.
    expect(encodeShare({ networkDriver: 'pasta' }, [], ['published-secondary-loopback', 'connection-reset', 'connection-reset'])).toBe(
      'v=1&net=pasta&sig=connection-reset.published-secondary-loopback',
    );
    expect(encodeShare({}, [], ['podman-info', 'no-such-signal' as never])).toBe('v=1&sig=podman-info');
  });

  test('decodes signal ids strictly: unknown, garbled or repeated ids ignored; never throws', () => {
    expect(decodeSignals('#v=1&net=pasta&sig=published-secondary-loopback.connection-reset')).toEqual(['connection-reset', 'published-secondary-loopback']);
    expect(decodeSignals('v=1&sig=connection-reset..evil.<script>.reset.connection-reset.Published-Loopback.published-loopback%20')).toEqual(['connection-reset']);
    expect(decodeSignals('v=1&sig=connection-reset&sig=podman-info')).toEqual(['connection-reset']);
    expect(decodeSignals('v=1&sig=connection-reset%2Epodman-info')).toEqual(['connection-reset', 'podman-info']);
    expect(decodeSignals('v=2&sig=connection-reset')).toEqual([]);
    expect(decodeSignals('sig=connection-reset')).toEqual([]);
    expect(decodeSignals('v=1&sig=%E0%A4%A')).toEqual([]);
    expect(decodeShare('v=1&net=pasta&sig=connection-reset')).toEqual({ networkDriver: 'pasta' });
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(decodeSignals(`v=1&sig=${s}`))));
    // Whatever reaches the engine as shared signals (e.g. from a caller of analyze), only known ids count.
    expect(analyze('', { signals: ['evil', 42, null] as never }).signals).toEqual([]);
    expect(analyze('', { signals: 'connection-reset' as never }).signals).toEqual([]);
  });

  test('a link made before signals were shared opens exactly as before', () => {
    const old = '#v=1&rootless=1&docker=27.3.1&net=pasta&pasta=2025-01-21';
    expect(decodeSignals(old)).toEqual([]);
    const opened = analyze('', { answers: decodeShare(old), signals: decodeSignals(old) });
    expect(opened).toEqual(analyze('', { answers: decodeShare(old) }));
    // As such a link opened before signals were shared (measured then).
    expect([opened.verdict, opened.certainty, opened.findings.map((f) => f.id)]).toEqual([
      'affected',
      'inferred',
      ['affected', 'host-loopback-leak', 'port-driver-assumed-implicit', 'rootlesskit-from-docker-version', 'workaround-slirp4netns', 'workaround-nftables'],
    ]);
    expect(opened.signals).toEqual([]);
  });

  test("a link carries rootless containerd's RootlessKit beside a rootful Docker: the reset's note says it may be this problem there, as the paste's did; a link made before opens as before (task C43)", () => {
    const text = allFixtures().find((f) => f.name.endsWith('nerdctl-rootlesskit-pasta-2.3.1-beside-rootful-docker-info.txt'))!.text;
    const note = (r: ReturnType<typeof analyze>): string | undefined => r.findings.find((f) => f.id === 'connection-reset-seen')?.detail;
    for (const messages of [undefined, zhCn]) {
      const pasted = analyze(text, { messages });
      const link = `#${encodeShare(pasted.facts, pasted.inferred, pasted.signals)}`;
      expect(link).toMatch(/^#v=1&.*&sig=.*\bcontainerd-beside-rootful\b/);
      const again = analyze('', { answers: decodeShare(link), signals: decodeSignals(link), messages });
      expect([again.verdict, note(again)]).toEqual(['not-rootless', note(pasted)]);
    }
    expect(note(analyze(text))).toContain('rootless containerd');
    // As such a link opened before it was carried: the generic note.
    const old = '#v=1&rootless=0&docker=28.0.1&client=28.0.1&sig=connection-reset.published-loopback.loopback-request';
    expect(note(analyze('', { answers: decodeShare(old), signals: decodeSignals(old) }))).toBe(
      'The verdict rules this problem out as its cause, so the reset comes from elsewhere, such as the application in the container.',
    );
  });

  test("shared signals stand in only for a paste that shows none of its own, and add no evidence", () => {
    const shared = analyze('', { signals: ['connection-reset'] });
    expect(shared.findings.find((f) => f.id === 'connection-reset-seen')?.evidence).toEqual([]);
    const own = analyze('curl: (56) Recv failure: Connection reset by peer', { signals: ['published-secondary-loopback'] });
    expect(own.signals).toEqual(['connection-reset']);
    expect(own.findings.map((f) => f.id)).not.toContain('secondary-loopback');
    expect(analyze('Client: Docker Engine - Community\n Version:           27.3.1', { signals: ['connection-reset'] }).signals).toEqual(['connection-reset']);
  });

  test('a link reproduces the verdict, certainty and findings of every fixture', () => {
    // What a verdict takes as given without a fact for it (verdict-rules.ts's assumed): the network driver, as that the script of rootless
    // containerd picks.
    const ASSUMED: readonly string[] = ['pastaVersion', 'pastaInstalled', 'networkDriver'];
    // Findings a link cannot reproduce, because they are about the paste rather than the set-up it shows.
    const aboutThePaste = new Set([
      // The paste was cut at the engine's limit; a link is never cut.
      'input-truncated',
      // The paste shows two values for one fact; a link carries the one the engine chose.
      'facts-disagree',
      // The paste shows two machines that disagree on what decides; a link carries neither value.
      'machines-apart',
      // Of those machines, the one alone that shows the reset decided; a link carries its values alone.
      'machine-with-reset',
      // The paste deduced the port driver (pasta's --tcp-ports=auto), which is an inference and so stays out of the link,
      // as answers count as confirmed; the link's engine infers the same value again by default, and this note says so.
      'port-driver-assumed-implicit',
      // A package log shows a downgrade below the fix: a link carries the versions the engine chose, not the log's history.
      'downgraded-below-fix',
      // The unit's files shown set pasta, which the daemon that answers cannot have started with: a link carries no settings.
      'pasta-set-alone',
    ]);
    const ids = (r: ReturnType<typeof analyze>, from: number): string[] => r.findings.slice(from).map((f) => f.id).filter((id) => !aboutThePaste.has(id)).sort();
    for (const { name, text } of allFixtures()) {
      const r = analyze(text);
      const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
      const again = analyze('', { answers: decodeShare(link), signals: decodeSignals(link) });
      // A version only a package showed (installed, so never confirmed) is an answer in a link, which counts as the reader's word.
      const packagedOnly = r.unseen.every((k) => !r.inferred.includes(k) && !ASSUMED.includes(k));
      const certainty = r.certainty === 'inferred' && r.unseen.length && packagedOnly ? 'confirmed' : r.certainty;
      // A setup written by hand is the paste's offer, never a fact, so no link carries it: the link's page takes its own first step.
      const from = r.findings[0]?.id === 'written-setup' ? 1 : 0;
      // Beside machines apart, the paste asks no step whose answer it shows for each machine: the link, which carries neither value, does.
      const step = r.findings[0]?.id === 'machines-apart' && !r.findings.some((f) => f.id === again.findings[0]?.id) ? 1 : 0;
      expect([name, again.verdict, again.certainty, ids(again, from + step)]).toEqual([name, r.verdict, certainty, ids(r, from)]);
    }
  });

  test('a link shows the facts list the sharer saw: every fact the paste showed, and those inferred again', () => {
    for (const { name, text } of allFixtures()) {
      const r = analyze(text);
      const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
      // The signals too: a docker version that only suggests rootful comes back from one.
      const again = analyze('', { answers: decodeShare(link), signals: decodeSignals(link) });
      // docker info's "<unknown>" operating system says nothing, and its "<" fails the link's check.
      const shown = { ...r.facts, operatingSystem: r.facts.operatingSystem === '<unknown>' ? null : r.facts.operatingSystem };
      expect([name, again.facts]).toEqual([name, shown]);
    }
  });
});

test('a shared link that lost something on the way is told apart from a whole one and from a plain anchor', () => {
  const whole = encodeShare(analyze('Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta').facts);
  expect(shareDamaged(`#${whole}`)).toBe(false);
  // A newer checker's key is none of this one's business; an anchor is no link.
  for (const fragment of [`#${whole}&new=1`, '#chk-collector', '#connection-reset-by-peer', '', '#']) expect([fragment, shareDamaged(fragment)]).toEqual([fragment, false]);
  // Cut inside a value or a key, without its format (or with another), or edited into a value its field refuses.
  for (const fragment of ['#v=1&rootless=1&docker=27.3.1&net=pas', '#v=1&rootless=1&doc', '#docker=27.3.1&net=pasta', '#v=9&net=pasta', '#v=1&net=pastry', '#v=1&rootless=yes'])
    expect([fragment, shareDamaged(fragment)]).toEqual([fragment, true]);
});

describe('a link as a wiki, a mail or a sentence leaves it (review 108 #5, #9)', () => {
  const link = 'v=1&rootless=1&docker=27.3.1&net=pasta&os=Debian%20GNU%2FLinux%2012%20(bookworm)&client=27.3.1&sig=connection-reset.published-loopback';
  const meant = decodeShare(link);
  const signals = decodeSignals(link);

  test('an HTML-escaped or Markdown-escaped link reads as the link itself, with no damage note', () => {
    for (const escaped of [link.replace(/&/g, '&amp;'), link.replace(/&/g, '&amp;amp;'), link.replace(/&/g, '&#38;'), link.replace(/&/g, '\\&'), link.replace(/&/g, '%5C&')]) {
      expect([escaped, decodeShare(`#${escaped}`), decodeSignals(`#${escaped}`), shareDamaged(`#${escaped}`)]).toEqual([escaped, meant, signals, false]);
    }
  });

  test("the sentence's punctuation after a link is not taken into its last value", () => {
    const byClient = 'v=1&rootless=1&docker=27.3.1&net=pasta&client=27.3.1';
    for (const tail of ['.', ',', ')', ').', ']', '>', '"', "'", '”', '%22', '%E2%80%9D', '。', '%E3%80%82', '!']) {
      const fragment = `#${byClient}${tail}`;
      expect([tail, decodeShare(fragment).dockerClientVersion, shareDamaged(fragment)]).toEqual([tail, '27.3.1', false]);
    }
    expect(decodeSignals(`#${link}.`)).toEqual(signals);
  });

  test('a dot after a version of one or two numbers is where the link was cut: damaged, not read; a flag or an MTU before a dot is read', () => {
    for (const cut of ['#v=1&rootless=1&docker=27.', '#v=1&rootless=1&rk=2.']) expect([cut, shareDamaged(cut), decodeShare(cut)]).toEqual([cut, true, { rootless: true }]);
    expect(decodeShare('#v=1&rootless=1&pi=1.')).toEqual({ rootless: true, pastaInstalled: true });
    expect([decodeShare('#v=1&rootless=1&mtu=65520.').mtu, shareDamaged('#v=1&rootless=1&mtu=65520.')]).toEqual([65520, false]);
  });

  test("an operating system's own closing bracket stays when the link ends with it", () => {
    const byOs = 'v=1&net=pasta&os=Debian%20GNU%2FLinux%2012%20(bookworm)';
    for (const fragment of [byOs, `${byOs}.`, `${byOs})`, `${byOs}).`]) {
      expect([fragment, decodeShare(fragment).operatingSystem, shareDamaged(fragment)]).toEqual([fragment, 'Debian GNU/Linux 12 (bookworm)', false]);
    }
  });
});
