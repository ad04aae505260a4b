/**
 * The words of the checker in English: those of the island itself (island-strings-en.ts) and of a result (result-strings-en.ts), and
 * those made of the catalogue and data of the engine, which the page gives the island at build time (CheckerIsland.astro) so that its
 * script does not load the engine with them.
 */
import { PS } from '../../engine/commands.ts';
import { rootlesskit } from '../../engine/data/core/rootlesskit.ts';
import { en as messages } from '../../engine/messages/en.ts';
import { reportWords } from '../../engine/messages/report-words.ts';
import { en as own } from './island-strings-en.ts';
import { en as result } from './result-strings-en.ts';
import type { BuiltStrings, CheckerStrings } from './strings.ts';

export const built: BuiltStrings = {
  facts: messages.facts,
  questions: {
    networkDriver: {
      text: 'Do you know which network driver your daemon uses?',
      choices: { pasta: 'pasta', slirp4netns: 'slirp4netns', vpnkit: 'vpnkit' },
    },
    portDriver: {
      text: 'Which port driver does your daemon use?',
      choices: { implicit: 'implicit', builtin: 'builtin', slirp4netns: 'slirp4netns', none: 'none' },
    },
    rootlesskitVersion: { text: 'RootlessKit version (rootlesskit --version)', placeholder: `e.g. ${rootlesskit.hostLoToNsLo.version}` },
    hostLoToNsLo: {
      text: `Does ${PS} show --host-lo-to-ns-lo?`,
      choices: { true: 'yes, it does', false: 'no, it does not' },
    },
    pastaAcceptsHostLoToNsLo: {
      text: 'What did the probe print?',
      choices: { true: '0 (accepted)', false: 'another number' },
    },
    rootless: { text: 'Is the daemon rootless?', choices: { true: 'yes', false: 'no, it runs as root' } },
  },
  severity: reportWords.en.severity,
  fixLabel: reportWords.en.commands,
  docsLink: reportWords.en.guide,
  markdown: { heading: 'Rootless Docker: loopback-published ports', facts: 'Facts', findings: 'Findings', link: reportWords.en.link },
};

export const en: CheckerStrings = { ...own, ...result, ...built };
