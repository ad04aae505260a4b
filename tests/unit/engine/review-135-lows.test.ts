// Review R135, its lows: rootless containerd's RootlessKit beside a rootful Docker is not Docker's, and a reset beside it may be this
// problem there, which the rootful verdict does not rule out.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/synthetic/${name}`, import.meta.url), 'utf8');
const reset = (r: Result): string => r.findings.find((f) => f.id === 'connection-reset-seen')!.detail;

test("a reset beside nerdctl's RootlessKit and a rootful Docker: the note names rootless containerd, not a cause elsewhere", () => {
  const [en, zh] = both(fixture('nerdctl-rootlesskit-pasta-2.3.1-beside-rootful-docker-info.txt'));
  expect(en!.verdict).toBe('not-rootless');
  expect(reset(en!)).toContain('rootless containerd');
  expect(reset(en!)).not.toContain('comes from elsewhere');
  expect(reset(zh!)).toContain('rootless containerd');
  expect(reset(zh!)).not.toContain('重置来自别处');
});

test('a reset beside a rootful Docker alone is still ruled out', () => {
  const text = fixture('nerdctl-rootlesskit-pasta-2.3.1-beside-rootful-docker-info.txt').split('\n').filter((l) => !/rootlesskit|^pasta/.test(l)).join('\n');
  for (const r of both(text)) expect(r.verdict).toBe('not-rootless');
  expect(reset(analyze(text))).toContain('comes from elsewhere');
});
