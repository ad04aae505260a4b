import type { Lang } from '../../i18n/languages.ts';

/** What a quoted message is: an error, a warning or notice a program logs, or a line it prints as its normal output. */
export type MessageKind = 'error' | 'warning' | 'notice' | 'output';

/** Words the content components print around the data: table headers, captions, status words; where a component renders a string with Rich, `backticked` parts show as code. */
export interface ContentStrings {
  yes: string;
  no: string;
  notVerified: string;
  /** After a value that was inferred, brackets and space as the language writes them. */
  inferred: string;
  textVersion: string;
  /** Label of a quoted message's code block, by what the message is (ErrorMessage's kind). */
  message: Record<MessageKind, string>;
  /** Text after a package dependency: " in the <series> packages". */
  inPackages: (series: string) => string;
  /** Between two package dependencies, space included as the language writes it. */
  dependencySeparator: string;
  /** Which tracked Docker release first bundles a RootlessKit; versions as shown, RootlessKit ones with their "v". */
  firstDocker: {
    /** `docker` is the first tracked release whose bundled RootlessKit is `rootlesskit` or newer. */
    from: (rootlesskit: string, docker: string) => string;
    /** No tracked release bundles it yet: `newest` is the newest tracked release, `bundled` its RootlessKit. */
    none: (rootlesskit: string, newest: string, bundled: string) => string;
  };
  /** Accessible names of the "#" links to a table row, a defined term and a reference entry; the argument is what the row, term or entry is. */
  selfLink: { row: (name: string) => string; term: (name: string) => string; entry: (name: string) => string };
  /** How the version tables' row ids are formed, with an example of each (ids and ranges from the data module). */
  rowIds: (docker: { range: string; id: string }, rootlesskitId: string, passtId: string) => string;
  dockerTable: {
    caption: string;
    docker: string;
    rootlesskit: string;
    fix: string;
    noPasta: string;
    /** The title search shows above the excerpt of a row: its range, its answer and its RootlessKit, read without the table head. */
    searchTitle: (range: string, answer: string, rootlesskit: string) => string;
  };
  rootlesskitTable: { caption: string; version: string; date: string; note: string };
  milestonesTable: { caption: string; tag: string; date: string; change: string; allTags: (count: number) => string };
  decisionTable: { caption: string; network: string; port: string; rootlesskit: string; passt: string; published: string; result: string };
  defaultsTable: { caption: string; docker: string; order: string; port: string; mtu: string };
  reproductionTable: {
    caption: string;
    build: string;
    flag: string;
    rootlesskit: string;
    fromLoopback: string;
    fromOther: string;
    present: string;
    absent: string;
    /** A row that holds for every RootlessKit release. */
    any: string;
  };
  throughputTable: { networkCaption: string; portCaption: string; driver: string; mtu: (mtu: string) => string; gbps: string };
  versionStringsTable: { caption: string; distribution: string; printed: string; package: string };
}

const en: ContentStrings = {
  yes: 'yes',
  no: 'no',
  notVerified: 'not verified',
  inferred: ' (inferred)',
  textVersion: 'Text version',
  message: { error: 'Error message', warning: 'Warning', notice: 'Notice', output: 'Output' },
  inPackages: (series) => ` in the ${series} packages`,
  dependencySeparator: '; ',
  firstDocker: {
    from: (rootlesskit, docker) => `Docker's own packages bundle RootlessKit ${rootlesskit} or newer from Docker ${docker} on.`,
    none: (rootlesskit, newest, bundled) =>
      `None of the Docker releases this guide tracks (up to ${newest}, which bundles ${bundled}) ships RootlessKit ${rootlesskit} yet, so every stock rootless Docker with pasta is affected.`,
  },
  rowIds: (docker, rootlesskitId, passtId) =>
    `Rows have permanent ids: the # beside a row's first cell links to it. A Docker row's id is the first release of its range with hyphens for dots, so ${docker.range} is \`#${docker.id}\`; a RootlessKit row's is its release (\`#${rootlesskitId}\`), a passt row's its tag date (\`#${passtId}\`).`,
  selfLink: {
    row: (name) => `Link to this row: ${name}`,
    term: (name) => `Link to this term: ${name}`,
    entry: (name) => `Link to this entry: ${name}`,
  },
  dockerTable: {
    caption:
      'Docker Engine releases and the RootlessKit that docker-ce-rootless-extras and the static rootless tarball bundle. In the table no later release bundles an older RootlessKit than an earlier one, so the checker assumes a newer release bundles at least the last row\'s.',
    docker: 'Docker Engine',
    rootlesskit: 'Bundled RootlessKit',
    fix: 'Passes `--host-lo-to-ns-lo`',
    noPasta: 'no pasta driver',
    searchTitle: (range, answer, rootlesskit) => `Docker ${range}: passes --host-lo-to-ns-lo: ${answer}; RootlessKit ${rootlesskit}`,
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
    any: 'any',
  },
  throughputTable: {
    networkCaption: 'Network drivers, iperf3 from the namespace (RootlessKit documentation).',
    portCaption: 'Port drivers, iperf3 through a published port (RootlessKit documentation).',
    driver: 'Driver',
    mtu: (mtu) => `MTU ${mtu}`,
    gbps: 'Gbps',
  },
  versionStringsTable: {
    caption: 'The first line of `pasta --version` by source of the binary.',
    distribution: 'Where pasta came from',
    printed: '`pasta --version` prints',
    package: 'Package version',
  },
};

const zhCn: ContentStrings = {
  yes: '是',
  no: '否',
  notVerified: '未经验证',
  inferred: '（推断）',
  textVersion: '文字版',
  message: { error: '错误信息', warning: '警告信息', notice: '提示信息', output: '输出' },
  inPackages: (series) => `（${series.replaceAll(', ', '、')} 版本的软件包）`,
  dependencySeparator: '；',
  firstDocker: {
    from: (rootlesskit, docker) => `Docker 官方软件包从 Docker ${docker} 起捆绑 RootlessKit ${rootlesskit} 或更新的版本。`,
    none: (rootlesskit, newest, bundled) =>
      `本指南跟踪的 Docker 版本（最新为 ${newest}，捆绑 ${bundled}）都还没有带上 RootlessKit ${rootlesskit}，因此使用 pasta 的 rootless Docker，只要用的是 Docker 官方软件包，就都受影响。`,
  },
  rowIds: (docker, rootlesskitId, passtId) =>
    `每一行都有固定的 id，行首单元格旁的 # 就是该行的链接。Docker 行的 id 取该行范围内的第一个版本、把点换成连字符，所以 ${docker.range} 是 \`#${docker.id}\`；RootlessKit 行取版本号（\`#${rootlesskitId}\`），passt 行取 tag 日期（\`#${passtId}\`）。`,
  selfLink: {
    row: (name) => `本行链接：${name}`,
    term: (name) => `本词条链接：${name}`,
    entry: (name) => `本条目链接：${name}`,
  },
  dockerTable: {
    caption: 'Docker Engine 各版本，以及 docker-ce-rootless-extras 和静态 rootless 压缩包所捆绑的 RootlessKit。表中没有哪个较晚的版本捆绑比先前版本更旧的 RootlessKit，所以对于比最后一行更新的 Docker 版本，检查工具假定它捆绑的 RootlessKit 不低于最后一行的版本。',
    docker: 'Docker Engine',
    rootlesskit: '捆绑的 RootlessKit',
    fix: '传递 `--host-lo-to-ns-lo`',
    noPasta: '无 pasta 网络驱动',
    searchTitle: (range, answer, rootlesskit) => `Docker ${range}：传递 --host-lo-to-ns-lo：${answer}；RootlessKit ${rootlesskit}`,
  },
  rootlesskitTable: {
    caption: '自引入 pasta 网络驱动以来的 RootlessKit 版本（按打 tag 的日期）。',
    version: '版本',
    date: '打 tag 日期',
    note: '与本问题的关系',
  },
  milestonesTable: {
    caption: '改变回环转发行为、改变该参数，或影响与 RootlessKit 兼容性的 passt 版本。',
    tag: '版本 tag',
    date: '日期',
    change: '变化',
    allTags: (count) => `本指南跟踪的全部 ${count} 个 passt 版本 tag`,
  },
  decisionTable: {
    caption: '发布在回环地址上的端口能否连通？从上往下，找到第一行与你的机器相符的配置，横向读出结果。',
    network: '网络驱动',
    port: '端口驱动',
    rootlesskit: 'RootlessKit',
    passt: 'passt',
    published: '发布地址',
    result: '结果',
  },
  defaultsTable: {
    caption: '未做任何配置时 dockerd-rootless.sh 的默认选择。',
    docker: 'Docker Engine',
    order: '网络驱动（按优先顺序）',
    port: '端口驱动',
    mtu: 'MTU',
  },
  reproductionTable: {
    caption: '只运行 pasta，使用与 RootlessKit 完全相同的参数，服务端在命名空间内绑定 127.0.0.1。',
    build: 'pasta 构建',
    flag: '--host-lo-to-ns-lo',
    rootlesskit: '参数取自 RootlessKit',
    fromLoopback: '在宿主机上 curl 127.0.0.1:PORT',
    fromOther: '从宿主机的非回环地址 curl',
    present: '有',
    absent: '无',
    any: '任意版本',
  },
  throughputTable: {
    networkCaption: '网络驱动：从命名空间内用 iperf3 测得（RootlessKit 文档）。',
    portCaption: '端口驱动：经发布端口用 iperf3 测得（RootlessKit 文档）。',
    driver: '驱动',
    mtu: (mtu) => `MTU ${mtu}`,
    gbps: 'Gbps',
  },
  versionStringsTable: {
    caption: '`pasta --version` 输出的第一行，按二进制文件的来源列出。',
    distribution: 'pasta 的来源',
    printed: '`pasta --version` 输出',
    package: '软件包版本',
  },
};

/** Content component strings by language. */
const byLang = { en, 'zh-cn': zhCn } satisfies Record<string, ContentStrings>;
export const contentStrings: Record<Lang, ContentStrings> = byLang;
