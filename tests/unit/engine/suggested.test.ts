import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

// The reader's daemon answering docker version with pasta and RootlessKit 2.3.1: affected, unless a setting read beside it disagrees.
const DOCKER_VERSION = [' rootlesskit:', '  Version:          2.3.1', '  ApiVersion:       1.1.1', '  NetworkDriver:    pasta', '  PortDriver:       implicit', '  StateDir:         /run/user/1000/dockerd-rootless'];
const SET = 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns';
const ids = (text: string): string[] => analyze(text).findings.map((f) => f.id);

test.each([
  `Try adding \`Environment=${SET}\` to your override.conf, then restart the service.`,
  `You can set ${SET} and restart the user service.`,
  `Or just switch to slirp4netns: ${SET}`,
  `I'd suggest ${SET} with the builtin port driver.`,
  `Add Environment="${SET}" to your drop-in.`,
  ['Go back to slirp4netns:', SET, 'DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin'].join('\n'),
  ['Try this in your override.conf:', '[Service]', `Environment="${SET}"`].join('\n'),
  `\u53ef\u4ee5\u8bbe\u7f6e ${SET} \u8bd5\u8bd5`,
  `\u628a NET \u6539\u6210 ${SET} \u5c31\u884c`,
  ['\u5efa\u8bae\u6362\u56de slirp4netns\uff1a', SET].join('\n'),
])('a setting another suggests below the output is not the reader\'s: %s', (advice) => {
  const found = ids([...DOCKER_VERSION, '', advice].join('\n'));
  expect(found).toContain('affected');
  expect(found).not.toContain('facts-disagree');
});

test.each([
  `I tried adding \`Environment=${SET}\` to my override.conf and restarted.`,
  `Set Environment="${SET}" as the issue says, restarted:`,
  `\u6211\u6539\u6210\u4e86 ${SET}`,
  `\u6539\u6210 ${SET} \u4e4b\u540e\u8fd8\u662f\u4e0d\u884c`,
  ['My override.conf:', '[Service]', `Environment="${SET}"`].join('\n'),
  `As you can see, ${SET} is in the drop-in.`,
  `\u6309\u6587\u6863\u5efa\u8bae\uff0c\u8bbe\u7f6e\u4e86 ${SET}`,
])('the reader\'s own setting is still read beside the output: %s', (own) => {
  expect(ids([own, '', ...DOCKER_VERSION].join('\n'))).toContain('facts-disagree');
});
