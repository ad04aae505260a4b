/** Prose of the checker's pages and of the home-page entry, by language (the island's own words are in src/islands/checker/strings.ts). */
import { JOURNAL } from '../../engine/commands.ts';
import { passtMilestones, rootlesskitThresholds } from '../../engine/data/index.ts';
import type { Lang } from '../../i18n/languages.ts';
import { fallbackHeight } from './embed-snippet.ts';

export interface CheckerPageStrings {
  title: string;
  description: string;
  intro: string;
  noscript: string;
  /** `diagnostics`: the text before the link to the diagnostics page, the link, and the text after it. */
  paste: { heading: string; lead: string; collector: string; after: string; diagnostics: readonly [string, string, string] };
  byHand: { heading: string; decision: string; docker: string };
  sharing: { heading: string; body: string[] };
  /** `sandbox`: the tokens a sandboxed frame needs, in backticks (a browser test embeds the checker with exactly these). */
  /** `size` leads to the optional resizing script; `fixed` says what the frame does without it. */
  embedding: { heading: string; lead: string; frameTitle: string; clipboard: string; sandbox: string; size: string; fixed: string };
  /** `noscript`: the embed has no decision table, so it points to the full checker's (the link after it). */
  embed: { title: string; description: string; heading: string; full: string; howTo: string; newTab: string; noscript: string };
  /** `between` comes after the bold title, before the prompt: a space in English, nothing after a Chinese 。. */
  entry: { title: string; between: string; prompt: string; action: string };
}

const fix = rootlesskitThresholds.hostLoToNsLo.version;
const change = passtMilestones.change.version;
// RootlessKit's own test for the flag, which tells pasta's release where pasta --version does not.
const probe = 'pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo $?';

const en: CheckerPageStrings = {
  title: 'Checker',
  description:
    'Paste docker version, docker info, rootlesskit --version, pasta --version or ps output and get a verdict on the loopback reset with pasta, the lines it rests on, and the exact fix. Runs in your browser.',
  intro:
    'Paste what your machine prints and the checker says whether a port published on 127.0.0.1 resets connections because of pasta, which facts decided it, and what to do.',
  noscript:
    'The checker needs JavaScript. Without it, decide by hand: run `docker version` and read across the decision table below.',
  paste: {
    heading: 'What to paste',
    lead: `\`docker version\` is the one command that shows the network driver, the port driver and the RootlessKit version, and it is often enough. When it is not, the checker says what to run next. If Docker does not start, paste its log (\`${JOURNAL}\`): the checker reads the errors of RootlessKit, pasta and systemd.`,
    collector: 'The collector runs every command the checker reads, in one go. It changes nothing; run it as the user that runs rootless Docker:',
    after:
      'The braces make it a single command, so its output comes out in one piece, with a line naming each command before its output. The probe line is the test RootlessKit itself runs: exit status 0 means pasta accepts `--host-lo-to-ns-lo`.',
    diagnostics: [' ', 'What each command shows', '.'],
  },
  byHand: {
    heading: 'Deciding by hand',
    decision: `The checker applies the same rules as this table: read across the first row that matches your machine. RootlessKit ${fix} and later pass \`--host-lo-to-ns-lo\` to pasta. Where \`command -v pasta\` prints nothing, pasta is not installed and no row with it applies: the daemon uses another network driver. In \`docker version\`, a rootlesskit component without a \`PortDriver\` line means the implicit port driver (or, rarely, \`none\`: \`--port-driver=\` in the process line tells them apart). Where \`pasta --version\` names no release (Debian's and Ubuntu's builds may print \`unknown version\`), \`${probe}\` tells: 0 means ${change} or later.`,
    docker:
      '`docker version` shows the RootlessKit that runs. If you only know the Docker version, Docker’s own packages tell which RootlessKit they bundle; a distribution’s package may ship another.',
  },
  sharing: {
    heading: 'Sharing a result',
    body: [
      'Copy link puts only the derived facts, your answers and which known errors and symptoms were seen into the part of the address after #, for example the Docker and RootlessKit versions, the drivers, pasta’s release date, and symptoms by the checker’s own names, such as connection-reset, never the paste’s text. Browsers do not send that part to any server. Opening the link shows the same verdict and findings without the paste.',
      'Copy as Markdown gives the verdict, the facts and links to the guide, ready for a ticket or a wiki page.',
      'Once the page has loaded, the checker makes no network requests.',
    ],
  },
  embedding: {
    heading: 'Embedding',
    lead: 'A version without the site’s navigation fits an iframe on a wiki page:',
    frameTitle: 'Rootless Docker loopback checker',
    clipboard: '`allow="clipboard-write"` lets the copy buttons work inside the frame.',
    sandbox:
      'If your wiki sandboxes frames, allow `allow-scripts allow-same-origin allow-popups`: without the first two the checker’s scripts do not load (it looks ready and does nothing), without the third its links to the guide do not open.',
    size: 'To open the frame on a result, add a shared link’s `#v=1&…` to its address. A result with its fixes is taller than the empty checker; if your wiki allows scripts, add this one after the frame, and the frame grows and shrinks with the checker (the checker tells the page only its height, never what was pasted):',
    fixed:
      `Without the script, the frame keeps its fixed height of ${fallbackHeight.toLocaleString('en')} pixels, about the empty checker’s: a longer result then scrolls inside the frame.`,
  },
  embed: {
    title: 'Rootless Docker loopback checker',
    description: 'The checker without site navigation, for embedding in an iframe.',
    heading: 'Rootless Docker: loopback checker',
    full: 'Open the full checker and the guide',
    howTo: 'How to embed this checker',
    newTab: ' (opens in a new tab)',
    noscript: 'The checker needs JavaScript. Without it, decide by hand: run `docker version` and read across the decision table on the full checker’s page.',
  },
  entry: {
    title: 'Check your machine.',
    between: ' ',
    prompt: 'Paste the output of `docker version` into the checker: it says whether you are affected and shows the fix, without sending anything anywhere.',
    action: 'Open the checker',
  },
};

const zhCn: CheckerPageStrings = {
  title: '检查工具',
  description:
    '粘贴 docker version、docker info、rootlesskit --version、pasta --version 或 ps 的输出，判断 pasta 下发布在回环地址上的端口会不会重置连接，列出结论所依据的行，并给出确切的修复办法。全部在浏览器中运行。',
  intro:
    '把机器上的命令输出粘贴进来，检查工具会告诉你：发布在 127.0.0.1 上的端口是否因为 pasta 而重置连接，哪些信息决定了这个结论，以及接下来该怎么做。',
  noscript: '检查工具需要 JavaScript。没有 JavaScript 也可以手工判断：运行 `docker version`，再对照下面的决策表。',
  paste: {
    heading: '该粘贴什么',
    lead: `\`docker version\` 是唯一一条能同时显示网络驱动、端口驱动和 RootlessKit 版本的命令，很多时候有它就够了。不够的话，检查工具会告诉你下一步该运行什么。如果 Docker 起不来，请粘贴它的日志（\`${JOURNAL}\`）：检查工具能读懂 RootlessKit、pasta 和 systemd 的错误。`,
    collector: '收集命令会一次运行检查工具能读取的所有命令。它不会改动任何东西；请以运行 rootless Docker 的用户执行：',
    after:
      '外面的花括号让它作为一条命令运行，输出连成一整段，每条命令的输出前面都有一行标明是哪条命令。探测那一行就是 RootlessKit 自己做的检测：退出状态为 0 表示 pasta 接受 `--host-lo-to-ns-lo`。',
    diagnostics: ['每条命令能看出什么，请看', '诊断', '一页。'],
  },
  byHand: {
    heading: '手工判断',
    decision: `检查工具的规则与这张表相同：从上往下，找到第一行与你的机器相符的配置，横向读出结果。RootlessKit ${fix} 及更新版本会给 pasta 传 \`--host-lo-to-ns-lo\`。如果 \`command -v pasta\` 什么也不打印，说明没有安装 pasta，表中涉及 pasta 的行都不适用：守护进程用的是别的网络驱动。\`docker version\` 里的 rootlesskit 组件没有 \`PortDriver\` 一行，说明端口驱动是 implicit（少数情况下是 \`none\`：进程命令行里的 \`--port-driver=\` 可以区分两者）。如果 \`pasta --version\` 没有给出版本（Debian 和 Ubuntu 的构建可能打印 \`unknown version\`），可以用 \`${probe}\` 判断：输出 0 表示是 ${change} 或更新版本。`,
    docker:
      '`docker version` 会显示实际运行的 RootlessKit。如果只知道 Docker 的版本，可以从 Docker 官方软件包捆绑的 RootlessKit 推断；发行版的软件包可能附带别的版本。',
  },
  sharing: {
    heading: '分享结果',
    body: [
      '“复制链接”只把推导出的信息、你的回答和识别出的已知错误与症状放进地址中 # 后面的部分，例如 Docker 和 RootlessKit 的版本、驱动、pasta 的发布日期，以及 connection-reset 这样由检查工具命名的症状，绝不是粘贴的原文。浏览器不会把这一部分发送给任何服务器。打开链接会看到同样的结论和诊断详情，但没有粘贴内容。',
      '“复制为 Markdown”会生成结论、识别出的信息和指南链接，可以直接贴进工单或 wiki 页面。',
      '页面加载完成之后，检查工具不再发出任何网络请求。',
    ],
  },
  embedding: {
    heading: '嵌入',
    lead: '另有一个不带站点导航的版本，可以用 iframe 嵌入 wiki 页面：',
    frameTitle: 'Rootless Docker 回环地址检查工具',
    clipboard: '`allow="clipboard-write"` 让框架里的复制按钮可以写入剪贴板。',
    sandbox:
      '如果你的 wiki 给框架加了 sandbox，请允许 `allow-scripts allow-same-origin allow-popups`：缺少前两项，检查工具的脚本无法加载（看上去已经就绪，其实什么也不做）；缺少第三项，指向指南的链接打不开。',
    size: '要让框架一打开就显示某个结果，把分享链接里的 `#v=1&…` 加到它的地址后面。带修复步骤的结果比空白的检查工具更高；如果你的 wiki 允许脚本，请在框架后面加上下面这段脚本，框架就会随检查工具变高或变矮（检查工具只告诉页面自己的高度，从不告诉粘贴的内容）：',
    fixed: `没有这段脚本，框架保持 ${fallbackHeight} 像素的固定高度，大约是空白检查工具的高度：更长的结果会在框架里面滚动。`,
  },
  embed: {
    title: 'Rootless Docker 回环地址检查工具',
    description: '不带站点导航的检查工具，用于嵌入 iframe。',
    heading: 'Rootless Docker：回环地址检查工具',
    full: '打开完整的检查工具和指南',
    howTo: '如何嵌入这个检查工具',
    newTab: '（在新标签页中打开）',
    noscript: '检查工具需要 JavaScript。没有 JavaScript 也可以手工判断：运行 `docker version`，再对照完整检查工具页面上的决策表。',
  },
  entry: {
    title: '检查你的机器。',
    between: '',
    prompt: '把 `docker version` 的输出粘贴到检查工具里：它会告诉你是否受影响，并给出修复办法，不会把任何内容发送出去。',
    action: '打开检查工具',
  },
};

/** Checker page strings by language. */
const checkerPageStrings: Record<Lang, CheckerPageStrings> = { en, 'zh-cn': zhCn };

/** The page strings for `lang`. */
export function checkerPageStringsFor(lang: Lang): CheckerPageStrings {
  return checkerPageStrings[lang];
}
