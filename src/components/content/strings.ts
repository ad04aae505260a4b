import type { Lang } from '../../i18n/languages.ts';

/** Words the content components print around the data: table headers, captions, status words. */
export interface ContentStrings {
  yes: string;
  no: string;
  notVerified: string;
  inferred: string;
  textVersion: string;
  /** Text after a package dependency: " in the <series> packages". */
  inPackages: (series: string) => string;
  dockerTable: { caption: string; docker: string; rootlesskit: string; pasta: string; fix: string; noPasta: string };
  rootlesskitTable: { caption: string; version: string; date: string; note: string };
  milestonesTable: { caption: string; tag: string; date: string; change: string; allTags: (count: number) => string };
  decisionTable: { caption: string; network: string; port: string; rootlesskit: string; passt: string; published: string; result: string };
  defaultsTable: { caption: string; docker: string; order: string; port: string; mtu: string };
  reproductionTable: { caption: string; build: string; flag: string; rootlesskit: string; fromLoopback: string; fromOther: string; present: string; absent: string };
  throughputTable: { networkCaption: string; portCaption: string; driver: string; mtu: (mtu: string) => string; gbps: string };
  versionStringsTable: { caption: string; distribution: string; printed: string; package: string };
}

const en: ContentStrings = {
  yes: 'yes',
  no: 'no',
  notVerified: 'not verified',
  inferred: 'inferred',
  textVersion: 'Text version',
  inPackages: (series) => ` in the ${series} packages`,
  dockerTable: {
    caption: 'Docker Engine releases and the RootlessKit that docker-ce-rootless-extras and the static rootless tarball bundle.',
    docker: 'Docker Engine',
    rootlesskit: 'Bundled RootlessKit',
    pasta: 'pasta driver',
    fix: 'Passes --host-lo-to-ns-lo',
    noPasta: 'no pasta driver',
  },
  rootlesskitTable: {
    caption: 'RootlessKit releases since the pasta driver arrived (tag dates).',
    version: 'Release',
    date: 'Tagged',
    note: 'What matters here',
  },
  milestonesTable: {
    caption: 'passt releases that change loopback forwarding, the flag, or compatibility with RootlessKit.',
    tag: 'Release tag',
    date: 'Date',
    change: 'Change',
    allTags: (count) => `All ${count} passt release tags this guide tracks`,
  },
  decisionTable: {
    caption: 'Does a port published on a loopback address answer? Read across the first row that matches your machine.',
    network: 'Network driver',
    port: 'Port driver',
    rootlesskit: 'RootlessKit',
    passt: 'passt',
    published: 'Published on',
    result: 'Result',
  },
  defaultsTable: {
    caption: 'What dockerd-rootless.sh picks when nothing is configured.',
    docker: 'Docker Engine',
    order: 'Network driver, in order of preference',
    port: 'Port driver',
    mtu: 'MTU',
  },
  reproductionTable: {
    caption: 'pasta alone, started with RootlessKit’s exact options, a server bound to 127.0.0.1 inside the namespace.',
    build: 'pasta build',
    flag: '--host-lo-to-ns-lo',
    rootlesskit: 'Argv of RootlessKit',
    fromLoopback: 'curl 127.0.0.1:PORT on the host',
    fromOther: 'curl from a non-loopback host address',
    present: 'present',
    absent: 'absent',
  },
  throughputTable: {
    networkCaption: 'Network drivers, iperf3 from the namespace (RootlessKit documentation).',
    portCaption: 'Port drivers, iperf3 through a published port (RootlessKit documentation).',
    driver: 'Driver',
    mtu: (mtu) => `MTU ${mtu}`,
    gbps: 'Gbps',
  },
  versionStringsTable: {
    caption: 'The first line of pasta --version by source of the binary.',
    distribution: 'Where pasta came from',
    printed: 'pasta --version prints',
    package: 'Package version',
  },
};

/** Content component strings by language. */
export const contentStrings: Record<Lang, ContentStrings> = { en };
