// What review R145 found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const engine = (commit: string): string => `Server:\n Engine:\n  Version:          27.5.1\n  Git commit:       ${commit}\n`;
const json = (commit: string): string =>
  JSON.stringify({ Server: { Components: [{ Name: 'Engine', Version: '28.1.1', Details: { GitCommit: commit } }, { Name: 'rootlesskit', Version: '2.3.1', Details: { NetworkDriver: 'pasta' } }] } });

test("an Engine whose Git commit is a distribution's package version is the distribution's build, in text and JSON (R145 02, 07)", () => {
  for (const commit of ['27.5.1-0ubuntu3~24.04.2', '26.1.5+dfsg1-9', '1.fc42']) expect(analyze(engine(commit)).facts.dockerPackaging).toBe('distribution');
  expect(analyze(json('1.fc42')).facts.dockerPackaging).toBe('distribution');
  // Docker's own builds name a commit.
  expect(analyze(engine('4c9b3b0')).facts.dockerPackaging).not.toBe('distribution');
  expect(analyze(json('4c9b3b0')).facts.dockerPackaging).not.toBe('distribution');
});
