/**
 * Every word the checker island shows around the engine's own texts (verdicts, certainty and findings come from its message
 * catalogue). The prose of the pages around it is in src/components/checker/strings.ts, so it does not weigh on the island.
 */
import type { FactKey, Severity } from '../../engine/index.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { SampleId } from './samples.ts';

/** A question the checker can ask when the verdict is incomplete: choices (answer value → label) or a typed version. */
export type Question = { text: string; choices: Record<string, string> } | { text: string; placeholder: string };

export interface CheckerStrings {
  pasteLabel: string;
  pasteHint: string;
  dropHint: string;
  fileTooBig: (limitMb: number) => string;
  fileNotText: string;
  fileUnreadable: string;
  clear: string;
  samplesLabel: string;
  samples: Record<SampleId, string>;
  fromLink: string;
  factsHeading: string;
  noFacts: string;
  /** Fact names, in the order the facts are listed. */
  facts: Record<FactKey, string>;
  yes: string;
  no: string;
  packaging: { docker: string; distribution: string };
  showLine: (line: number) => string;
  /** Must contain showLine's text: the visible label is part of the accessible name. */
  showLineLabel: (line: number) => string;
  answered: string;
  /** Must contain `answered`. */
  forgetLabel: (fact: string) => string;
  inferred: string;
  nextHeading: string;
  collectorIntro: string;
  collectorLabel: string;
  questions: Partial<Record<FactKey, Question>>;
  dontKnow: string;
  apply: string;
  notUnderstood: string;
  findingsHeading: string;
  severity: Record<Severity, string>;
  fixLabel: string;
  docsLink: string;
  copy: string;
  copied: string;
  copyFailed: string;
  shareHeading: string;
  copyLink: string;
  copyMarkdown: string;
  shareNote: string;
  markdown: { heading: string; verdict: string; facts: string; findings: string; link: string };
}

const en: CheckerStrings = {
  pasteLabel: 'Paste the output of your commands',
  pasteHint:
    'docker version, docker info, rootlesskit --version, pasta --version, ps or systemctl status: any mix. It is read in your browser and never sent, stored or put in a link.',
  dropHint: 'You can also drop a text file here.',
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
  fromLink: 'Showing a shared result: it holds only the facts below, no paste.',
  factsHeading: 'What the checker found',
  noFacts: 'Nothing yet: paste some output above.',
  facts: {
    rootless: 'Rootless daemon',
    networkDriver: 'Network driver',
    portDriver: 'Port driver',
    rootlesskitVersion: 'RootlessKit',
    hostLoToNsLo: 'pasta runs with --host-lo-to-ns-lo',
    pastaAcceptsHostLoToNsLo: 'pasta accepts --host-lo-to-ns-lo',
    pastaVersion: 'pasta version',
    pastaDate: 'pasta release date',
    dockerServerVersion: 'Docker Engine',
    rootlessExtrasVersion: 'docker-ce-rootless-extras',
    dockerPackaging: 'Docker packaged by',
    dockerClientVersion: 'Docker client',
    slirp4netnsVersion: 'slirp4netns',
    mtu: 'MTU',
    disableHostLoopback: '--disable-host-loopback',
    detachNetns: '--detach-netns',
    ipv4Only: 'pasta --ipv4-only',
    operatingSystem: 'Operating system',
    podmanVersion: 'Podman',
  },
  yes: 'yes',
  no: 'no',
  packaging: { docker: 'Docker', distribution: 'a distribution' },
  showLine: (line) => `line ${line}`,
  showLineLabel: (line) => `Show line ${line} of the paste`,
  answered: 'your answer',
  forgetLabel: (fact) => `Remove your answer for ${fact}`,
  inferred: 'inferred',
  nextHeading: 'Next step',
  collectorIntro: 'Or gather everything at once: run this as the user that runs rootless Docker, then paste all of its output above. It changes nothing.',
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
    rootlesskitVersion: { text: 'RootlessKit version (rootlesskit --version)', placeholder: 'e.g. 2.3.1' },
    hostLoToNsLo: {
      text: 'Does ps -o args= -C pasta show --host-lo-to-ns-lo?',
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
  severity: { error: 'Problem', warning: 'Warning', info: 'Note' },
  fixLabel: 'Commands',
  docsLink: 'Explained in the guide',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying is blocked here; select the text below and copy it.',
  shareHeading: 'Share',
  copyLink: 'Copy link',
  copyMarkdown: 'Copy as Markdown',
  shareNote: 'The link and the Markdown hold only the facts listed above, never your paste.',
  markdown: { heading: 'Rootless Docker: loopback-published ports', verdict: 'Verdict', facts: 'Facts', findings: 'Findings', link: 'Checker result' },
};

/** Checker strings by language; English is required, other languages are added as they are translated. */
export const checkerStrings: { en: CheckerStrings } & Partial<Record<Lang, CheckerStrings>> = { en };

/** The checker strings for `lang`, or English while `lang` has none. */
export function checkerStringsFor(lang: Lang): CheckerStrings {
  return checkerStrings[lang] ?? checkerStrings.en;
}
