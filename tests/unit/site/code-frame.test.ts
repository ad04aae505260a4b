import { expect, test } from 'vitest';
import { codeFrameKind } from '../../../src/integrations/shiki-code-frame.ts';

test('a text block quotes output, and wraps', () => {
  expect(codeFrameKind('text', '')).toEqual({ kind: 'output', name: '', wrap: true });
  expect(codeFrameKind('text', 'title="Error message"')).toEqual({ kind: 'output', name: 'Error message', wrap: true });
  // An argument list, read token by token, is code whose lines stay whole; "nowrap" inside a title is a word of the label.
  expect(codeFrameKind('text', 'nowrap title="Synopsis"')).toEqual({ kind: 'code', name: 'Synopsis', wrap: false });
  expect(codeFrameKind('text', 'title="nowrap"').wrap).toBe(true);
});

test('`file` in the meta marks a file to create, never output: a text file is labelled by code.css, a language names itself', () => {
  expect(codeFrameKind('text', 'file')).toEqual({ kind: 'file', name: '', wrap: false });
  expect(codeFrameKind('ini', 'file')).toEqual({ kind: 'file', name: 'ini', wrap: true });
  // "file" inside a title is a word of the label, not the marker.
  expect(codeFrameKind('text', 'title="A file"').kind).toBe('output');
});

test('code is labelled with its language; only configuration files wrap', () => {
  expect(codeFrameKind('html', '')).toEqual({ kind: 'code', name: 'html', wrap: false });
  expect(codeFrameKind('sh', '{2}')).toEqual({ kind: 'code', name: 'sh', wrap: false });
  expect(codeFrameKind('ini', '')).toEqual({ kind: 'code', name: 'ini', wrap: true });
});
