import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { dockerRoot, scanJson } from '../../../src/engine/json-scan.ts';

const scan = (text: string) => scanJson(clean(text).lines, 0);

describe('scanJson', () => {
  test('reads scalars by path and knows closed containers', () => {
    const s = scan('{"a":{"b":[1,"two",true,null,{"c":"d\\"e"}]},"f":-1.5e3}');
    expect(s.values.get('a.b.0')?.value).toBe(1);
    expect(s.values.get('a.b.1')?.value).toBe('two');
    expect(s.values.get('a.b.2')?.value).toBe(true);
    expect(s.values.get('a.b.3')?.value).toBeNull();
    expect(s.values.get('a.b.4.c')?.value).toBe('d"e');
    expect(s.values.get('f')?.value).toBe(-1500);
    expect(s.closed.has('a.b')).toBe(true);
    expect(s.end).toBe(1);
  });

  test('keeps what is there when the JSON is cut short', () => {
    const s = scan('{"ServerVersion":"27.3.1","SecurityOptions":["name=seccomp","name=root\n# [cut]\nnext');
    expect(s.values.get('ServerVersion')?.value).toBe('27.3.1');
    expect(s.values.get('SecurityOptions.0')?.value).toBe('name=seccomp');
    expect(s.closed.has('SecurityOptions')).toBe(false);
    expect(s.end).toBe(1); // the cut line is not JSON
  });

  test('follows pretty-printed JSON over lines and stops at its end', () => {
    const s = scan('{\n  "Server": {\n    "Version": "29.1.3"\n  }\n}\nafter');
    expect(s.values.get('Server.Version')?.value).toBe('29.1.3');
    expect(s.values.get('Server.Version')?.line.n).toBe(3);
    expect(s.end).toBe(5);
  });

  test("reads a string holding a JSON object as that object, at the string's key and line, and goes on after it", () => {
    const s = scan('{"message":"x","stdout":"{\\"Server\\":{\\"Components\\":[{\\"Name\\":\\"rootlesskit\\"}]}}","exit":0}');
    expect(s.values.get('stdout.Server.Components.0.Name')).toMatchObject({ value: 'rootlesskit', line: { n: 1 } });
    expect(s.closed.has('stdout.Server.Components')).toBe(true);
    expect(s.values.get('exit')?.value).toBe(0);
    expect(scan('{"a":"{ not json"}').values.get('a')?.value).toBe('{ not json');
  });

  test('stops at nesting deeper than its limit', () => {
    const s = scan(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`);
    expect(s.values.size).toBe(0);
  });
});

describe('dockerRoot', () => {
  test("finds docker info's and docker version's JSON at the top or nested in a log record, and nothing in other JSON", () => {
    expect(dockerRoot(scan('{"ID":"x","ServerVersion":"27.3.1"}'))).toBe('');
    expect(dockerRoot(scan('{"Client":{},"Server":{"Components":[{"Name":"Engine"}]}}'))).toBe('');
    expect(dockerRoot(scan('{"stream":"stdout","log":{"Server":{"Components":[{"Name":"Engine"}]}}}'))).toBe('log.');
    expect(dockerRoot(scan('{"host":{"pasta":{"version":"pasta 2025_01_21"}},"version":{"Version":"5.3.1"}}'))).toBeNull();
  });
});
