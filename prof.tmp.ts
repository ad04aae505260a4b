import { analyze } from './src/engine/index.ts';
import { allFixtures } from './tests/fixtures/fixtures.ts';
const all = allFixtures().map((f) => f.text).join('\n');
const mb = all.repeat(Math.ceil(1_048_576 / all.length)).slice(0, 1_048_576);
for (let i = 0; i < 60; i++) analyze(mb);
