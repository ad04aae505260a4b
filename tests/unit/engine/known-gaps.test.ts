/** Gaps that earlier stops' closing notes listed, closed since. */
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
const verdict = (text: string) => [analyze(text).verdict, analyze(text).certainty];

test("oh-my-zsh's prompts are prompts: the pasta shown through ssh is the server's, not this machine's", () => {
  for (const prompt of ['➜  ~ ', '➜  app git:(main) ✗ ', '> ➜  ~ ']) {
    const text = `${prompt}pasta --version\npasta 2024_09_06.6b38f07\n${prompt}ssh server\nalice@server:~$ pasta --version\npasta 2025_03_20.32f6212\nalice@server:~$ exit\nlogout\n${prompt}docker version\n${dv}`;
    expect([prompt, ...verdict(text)]).toEqual([prompt, 'not-affected', 'confirmed']);
  }
});
