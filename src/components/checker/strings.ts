/** Prose of the checker's pages and of the home-page entry, by language (the island's own words are in src/islands/checker/strings.ts). */
import { rootlesskitThresholds } from '../../engine/data/index.ts';
import type { Lang } from '../../i18n/languages.ts';

export interface CheckerPageStrings {
  title: string;
  description: string;
  intro: string;
  noscript: string;
  paste: { heading: string; lead: string; collector: string; after: string; diagnostics: string };
  byHand: { heading: string; decision: string; docker: string };
  sharing: { heading: string; body: string[] };
  embedding: { heading: string; lead: string; frameTitle: string; clipboard: string };
  embed: { title: string; description: string; heading: string; full: string };
  entry: { title: string; prompt: string; action: string };
}

const fix = rootlesskitThresholds.hostLoToNsLo.version;

const en: CheckerPageStrings = {
  title: 'Checker',
  description:
    'Paste docker version, docker info, rootlesskit --version, pasta --version or ps output and get a verdict on the loopback reset with pasta, the lines it rests on, and the exact fix. Runs in your browser.',
  intro:
    'Paste what your machine prints and the checker says whether a port published on 127.0.0.1 resets connections because of pasta, which facts decided it, and what to do. It runs entirely in your browser: the paste is never sent, stored or put into a link.',
  noscript:
    'The checker needs JavaScript. Without it, decide by hand: run docker version and read across the decision table below.',
  paste: {
    heading: 'What to paste',
    lead: 'docker version is the one command that shows the network driver, the port driver and the RootlessKit version, and it is often enough. When it is not, the checker says what to run next.',
    collector: 'The collector runs every command the checker reads, in one go. It changes nothing; run it as the user that runs rootless Docker:',
    after: 'Each command is printed before its output. The probe line is the test RootlessKit itself runs: exit status 0 means pasta accepts --host-lo-to-ns-lo.',
    diagnostics: 'What each command shows',
  },
  byHand: {
    heading: 'Deciding by hand',
    decision: `The checker applies the same rules as this table: read across the first row that matches your machine. RootlessKit ${fix} and later pass --host-lo-to-ns-lo to pasta.`,
    docker:
      'docker version shows the RootlessKit that runs. If you only know the Docker version, Docker’s own packages tell which RootlessKit they bundle; a distribution’s package may ship another.',
  },
  sharing: {
    heading: 'Sharing a result',
    body: [
      'Copy link puts only the derived facts and your answers into the part of the address after #, for example the Docker and RootlessKit versions, the drivers and pasta’s release date. Browsers do not send that part to any server. Opening the link shows the same verdict without the paste.',
      'Copy as Markdown gives the verdict, the facts and links to the guide, ready for a ticket or a wiki page.',
      'Once the page has loaded, the checker makes no network requests.',
    ],
  },
  embedding: {
    heading: 'Embedding',
    lead: 'A version without the site’s navigation fits an iframe on a wiki page:',
    frameTitle: 'Rootless Docker loopback checker',
    clipboard: 'allow="clipboard-write" lets the copy buttons work inside the frame.',
  },
  embed: {
    title: 'Rootless Docker loopback checker',
    description: 'The checker without site navigation, for embedding in an iframe.',
    heading: 'Rootless Docker: loopback checker',
    full: 'Open the full checker and the guide',
  },
  entry: {
    title: 'Check your machine.',
    prompt: 'Paste the output of docker version into the checker: it says whether you are affected and shows the fix, without sending anything anywhere.',
    action: 'Open the checker',
  },
};

/** Checker page strings by language; English is required, other languages are added as they are translated. */
const checkerPageStrings: { en: CheckerPageStrings } & Partial<Record<Lang, CheckerPageStrings>> = { en };

/** The page strings for `lang`, or English while `lang` has none. */
export function checkerPageStringsFor(lang: Lang): CheckerPageStrings {
  return checkerPageStrings[lang] ?? checkerPageStrings.en;
}
