/** The checker island's own words (those it loads with its script) in English. */
import type { IslandStrings } from './strings.ts';

export const en: IslandStrings = {
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
  empty: 'Paste your output above, or try an example',
  loading: 'Loading the checker…',
  loadFailed: 'The checker could not load: the connection may be down, or the site was just updated. Try again, or reload the page.',
  retry: 'Try again',
  nextHeading: 'Next step',
  startTitle: 'Start with docker version',
  collectorIntro: [
    'Or gather everything at once with ',
    'the collector',
    ': run it as the user that runs rootless Docker, then paste all of its output above. It changes nothing.',
  ],
  collectorLabel: 'Collector',
  dontKnow: 'I don’t know: run the collector',
  apply: 'Apply',
  notUnderstood: 'That is not a version the checker understands.',
  colon: ': ',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Copying is blocked here; select the text below and copy it.',
};
