// What review R160 (the incomplete path: short pastes, then the answers and the next paste) found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

test("the probe's failure alone says this pasta predates the change, as its old version alone does: not affected (R160 M1)", () => {
  const probe = '$ pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo $?\n1';
  expect([analyze(probe).verdict, analyze(probe).findings[0]!.id]).toEqual(['not-affected', 'pasta-predates-change']);
  expect(analyze('pasta 2024_08_21.1d6142f').verdict).toBe('not-affected');
  // The probe's 0 alone decides nothing: the network driver and RootlessKit do.
  expect(analyze(probe.replace(/1$/, '0')).verdict).toBe('incomplete');
});

test("what the answer pasta would mean keeps pasta's condition where no pasta version is shown, in both languages (R160 M2)", () => {
  const paste = '$ pasta --version\npasta unknown version';
  const step = (messages?: typeof zhCn) => analyze(paste, { messages }).findings.find((f) => f.id === 'need-network-driver')!.detail;
  expect(step()).toContain('before 2.3.2 affected if pasta is 2024_10_30.ee7d0b6 or later, from 2.3.2 fixed');
  expect(step(zhCn)).toContain('早于 2.3.2 且 pasta 为 2024_10_30.ee7d0b6 或更新时受影响');
  // With a new pasta shown, RootlessKit alone decides.
  expect(analyze('pasta 2025_01_21.4f2c8e7').findings.find((f) => f.id === 'need-network-driver')!.detail).toContain('before 2.3.2 affected, from 2.3.2 fixed');
});
