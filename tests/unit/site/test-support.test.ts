import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findChromium } from '../../support/browser.ts';
import { brokenLinkReason } from '../../support/links.ts';
import { fileForPath } from '../../support/server.ts';
import { staticImports } from '../../support/weight.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('links-');
mkdirSync(join(dir, 'problem'));
writeFileSync(join(dir, 'index.html'), '');
writeFileSync(join(dir, 'problem', 'index.html'), '');
const targets = { dir, base: '/kb/', idsByFile: new Map([[join(dir, 'problem', 'index.html'), new Set(['symptom'])]]) };

test('the link checker accepts links that resolve, and skips off-site ones', () => {
  expect(brokenLinkReason('/kb/problem/', '/kb/', targets)).toBeNull();
  expect(brokenLinkReason('/kb/problem/#symptom', '/kb/', targets)).toBeNull();
  expect(brokenLinkReason('#symptom', '/kb/problem/', targets)).toBeNull();
  expect(brokenLinkReason('https://example.org/missing', '/kb/', targets)).toBeNull();
});

test('the link checker reports each way a link can break', () => {
  expect(brokenLinkReason('/problem/', '/kb/', targets)).toMatch(/base/);
  expect(brokenLinkReason('/kb/missing/', '/kb/', targets)).toMatch(/no such/);
  expect(brokenLinkReason('/kb/problem', '/kb/', targets)).toMatch(/no such/);
  expect(brokenLinkReason('/kb/problem/#nothing', '/kb/', targets)).toMatch(/id "nothing"/);
  expect(brokenLinkReason('#nothing', '/kb/problem/', targets)).toMatch(/id "nothing"/);
});

test('the static server maps URLs to files and never outside its root', () => {
  expect(fileForPath('/srv', '/kb/', '/kb/')).toBe('/srv/index.html');
  expect(fileForPath('/srv', '/kb/', '/kb/problem/')).toBe('/srv/problem/index.html');
  expect(fileForPath('/srv', '/kb/', '/kb/_astro/a.css')).toBe('/srv/_astro/a.css');
  expect(fileForPath('/srv', '/kb/', '/problem/')).toBeNull();
  expect(fileForPath('/srv', '/', '/%2e%2e/etc/passwd')).toBeNull();
});

test('Chromium is looked up at CHROME_PATH first', () => {
  expect(findChromium({ CHROME_PATH: '/nonexistent/chrome' })).toBeNull();
  expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
});

test('the JavaScript budget follows static imports but not dynamic ones', () => {
  const code = 'import{t as e}from"./preload-helper.js";import"./side.js";export{x}from"../y.js";const z=import(`./later.js`);';
  expect(staticImports(code)).toEqual(['./preload-helper.js', './side.js', '../y.js']);
});

let madeInATest = '';
test('a temporary folder asked for inside a test exists during it', () => {
  madeInATest = tempDir('inside-');
  expect(existsSync(madeInATest)).toBe(true);
});

test('… and is gone once that test has ended', () => {
  expect(madeInATest).not.toBe('');
  expect(existsSync(madeInATest)).toBe(false);
});
