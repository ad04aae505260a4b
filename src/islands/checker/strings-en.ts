/** The checker island's own words in English. */
import { PS } from '../../engine/commands.ts';
import { rootlesskit } from '../../engine/data/core/rootlesskit.ts';
import { en as messages } from '../../engine/messages/en.ts';
import type { CheckerStrings } from './strings.ts';

export const en: CheckerStrings = {
  pasteLabel: 'Paste the output of your commands',
  pasteHint:
    'docker version, docker info, rootlesskit --version, pasta --version, ps or systemctl status: any mix. It is read in your browser and never sent, stored or put in a link. You can also drop a text file here.',
  fileTooBig: (limitMb) => `That file is larger than ${limitMb} MB; paste the relevant part instead.`,
  fileNotText: 'That is not a text file. Drop the saved command output (.txt or .log).',
  fileUnreadable: 'The file could not be read.',
  clear: 'Clear',
  samplesLabel: 'Or try an example:',
  samples: {
    affected: 'Affected (composed example)',
    fixed: 'Fixed (composed example)',
    'not-affected': 'slirp4netns (real)',
    'not-rootless': 'Rootful Docker (real)',
    incomplete: 'docker info only (real)',
  },
  fromLink: 'Showing a shared result: it holds only the facts below and which known errors and symptoms were seen, no paste.',
  linkUnreadable: 'This link’s result could not be read (it may be cut short or from another version of the checker). Paste your output instead.',
  certaintyBy: {
    answers: { alone: 'Decided by your answers', withPaste: 'Decided by what you pasted and your answers' },
    link: { alone: 'Decided by the facts in the shared link', withPaste: 'Decided by what you pasted and the shared link' },
  },
  empty: 'Paste your output above, or try an example',
  factsHeading: 'What the checker found',
  facts: messages.facts,
  yes: 'yes',
  no: 'no',
  packaging: { docker: 'Docker', distribution: 'a distribution' },
  showLine: (line) => `line ${line}`,
  showLineLabel: (line) => `Show line ${line} of the paste`,
  answered: 'your answer',
  forgetLabel: (fact) => `Remove your answer for ${fact}`,
  linked: 'from the link',
  forgetLinkedLabel: (fact) => `Remove ${fact} from the link`,
  inferred: 'inferred',
  nextHeading: 'Next step',
  startTitle: 'Start with docker version',
  collectorIntro: [
    'Or gather everything at once with ',
    'the collector',
    ': run it as the user that runs rootless Docker, then paste all of its output above. It changes nothing.',
  ],
  collectorLabel: 'Collector',
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
  dontKnow: 'I don’t know: run the collector',
  apply: 'Apply',
  notUnderstood: 'That is not a version the checker understands.',
  findingsHeading: 'Findings',
  alsoHeading: 'Also worth knowing',
  severity: { error: 'Problem', warning: 'Warning', info: 'Note' },
  colon: ': ',
  brackets: [' (', ')'],
  fixLabel: 'Commands',
  docsLink: 'Explained in the guide',
  newTab: ' (opens in a new tab)',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying is blocked here; select the text below and copy it.',
  shareHeading: 'Share',
  copyLink: 'Copy link',
  copyMarkdown: 'Copy as Markdown',
  shareNote: 'The link and the Markdown hold only the facts listed above and which known errors and symptoms were seen, never your paste.',
  markdown: { heading: 'Rootless Docker: loopback-published ports', facts: 'Facts', findings: 'Findings', link: 'Checker result' },
};
