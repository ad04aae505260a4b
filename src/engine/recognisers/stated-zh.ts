/**
 * The Chinese of a setup stated in sentences (stated.ts): "我的环境：Arch Linux，docker 27.3.1（rootless），rootlesskit 版本是 2.3.1，
 * pasta --version 输出 pasta 2025_02_17.a1e48a0。", and the few Japanese and Korean words of the same clauses ("rootlesskit のバージョンは 2.3.1 です",
 * "rootlesskit 버전은 2.3.1입니다").
 * Another's versions in prose ("说是 rootlesskit 2.3.2 修复了", "docker 27.5.1 开始自带 …", "升级到 27.5.1 就好了") are no clause of the kind,
 * or come in a sentence that says they are not the setup. Chinese, Japanese and Korean are escaped, so that English pages load none.
 */
import type { Line } from '../clean.ts';
import { rank, type Sink } from '../facts.ts';
import { OUTPUT_SAID, reportPastaVersion } from './pasta-version.ts';
import { reportTool, reportVersion, STATED_VERSION as VERSION, type Grammar } from './stated-clause.ts';

// A sentence that says its versions are not what runs here: a condition (如果, 假如, 要是, 的话, 就, 才), a fix or a threshold (修复, 解决, 需要, 至少,
// 以上, 开始, 自带), an upgrade, a plan or a wish (升级, 更新, 降级, 建议, 应该, 可以, 试试, 打算, 计划, 准备, 想装, 想换, 想升, 下周, 下个月, 下次, 明天),
// another's word (说, 官方, 文档, 别人, 他, 她, 楼主, 例如, 比如), the past (之前, 以前, 原来, 曾经) or a question (吗); in Japanese, a question or
// "whether" (ですか, ますか, でしょうか, かどうか), a negative (ではない, じゃありません), a plan, a wish or an upgrade (予定, つもり, 入れたい, 来週,
// アップグレード, アップデート) or a condition (なら, 場合); in Korean, a question (입니까, 을까요), a plan, a wish or an upgrade (예정, 하려고, 싶습니다,
// 업그레이드, 업데이트). A Korean clause's negative, past or condition ("2.3.1이 아닙니다", "사용 중이었습니다", "2.3.1이면") is no clause of the kind.
const NOT_OWN =
  /\u5982\u679c|\u5047\u5982|\u8981\u662f|\u7684\u8bdd|\u5c31|\u624d|\u4fee\u590d|\u89e3\u51b3|\u9700\u8981|\u81f3\u5c11|\u4ee5\u4e0a|\u5f00\u59cb|\u81ea\u5e26|\u5347\u7ea7|\u66f4\u65b0|\u964d\u7ea7|\u5efa\u8bae|\u5e94\u8be5|\u53ef\u4ee5|\u8bd5\u8bd5|\u6253\u7b97|\u8ba1\u5212|\u51c6\u5907|\u60f3[\u88c5\u6362\u5347]|\u4e0b[\u5468\u4e2a\u6b21]|\u660e\u5929|\u8bf4|\u5b98\u65b9|\u6587\u6863|\u522b\u4eba|\u4ed6|\u5979|\u697c\u4e3b|\u4f8b\u5982|\u6bd4\u5982|\u4e4b\u524d|\u4ee5\u524d|\u539f\u6765|\u66fe\u7ecf|\u5417|[\u3059\u3046]\u304b|[\u3067\u3058][\u306f\u3083][\u306a\u3042]|\u4e88\u5b9a|\u3064\u3082\u308a|\u305f\u3044|\u6765\u9031|\u30a2\u30c3\u30d7[\u30b0\u30c7]|\u306a\u3089|\u5834\u5408|\uae4c|\uc608\uc815|\ub824\uace0|\uc2f6|\uc5c5[\uadf8\ub370]/;
// The reader's own label before a clause ("我的环境：", "环境：", "我的", "我用的", "我装的", "我这里的", "我这边", "本机", "现在", "目前", Japanese
// "私の", Korean "제", "내"), taken off it.
const OWN_LABEL = /^(?:(?:\u6211\u7684)?(?:\u73af\u5883|\u914d\u7f6e|\u7248\u672c\u4fe1\u606f)[:\uff1a] *|(?:\u6211(?:\u8fd9\u8fb9|\u8fd9\u91cc)?[\u7528\u88c5]?\u7684|\u6211\u8fd9\u8fb9|\u6211\u8fd9\u91cc|\u672c\u673a|\u73b0\u5728|\u76ee\u524d|\u79c1\u306e|\uc81c|\ub0b4)[:\uff1a]? *)/;
// Where docker version or docker info is named before the keys it prints ("docker version 里 NetworkDriver: pasta").
const SHOWN_IN = /^docker (?:version|info) ?(?:\u7684 ?)?(?:\u91cc|\u4e2d|\u663e\u793a|\u8f93\u51fa)?(?:\u7684)? */i;
// A tool and its version: "rootlesskit 版本是 2.3.1", "docker 版本 27.4.0", "docker 是 27.3.1", "docker 27.3.1", "pasta 是 2025_01_21.4f2c8e7",
// Japanese "rootlesskit は 2.3.4 です", "rootlesskit のバージョンは 2.3.1 です", "pasta は 2025_01_21 を使用しています" (is using), Korean
// "rootlesskit 버전은 2.3.1입니다", "pasta는 2025_01_21 사용 중" (in use), "rootlesskit 2.3.1을 쓰고 있습니다" (is using). Not an issue
// form's field ("docker版本：27.3.1"), a setup written by hand that written.ts offers as answers.
const TOOL_VERSION = new RegExp(
  String.raw`^(docker|rootlesskit|slirp4netns|pasta|passt)(?: ?[\u7684\u306e])?(?: ?(?:\u7248\u672c\u53f7?|\u30d0\u30fc\u30b8\u30e7\u30f3|\ubc84\uc804))?(?: ?[\u662f\u4e3a\u306f\u304c\uc740\ub294\uc774\uac00])? ?(v?\d[\w.^~+-]*)(?: ?(?:\u3067\u3059?|\u3092\u4f7f(?:\u3063|\u7528\u3057)\u3066\u3044?(?:\u307e\u3059|\u308b)|\uc785\ub2c8\ub2e4|\uc774\uace0|[\uc744\ub97c]? ?(?:\uc0ac\uc6a9 ?\uc911(?:\uc785\ub2c8\ub2e4)?|(?:\uc0ac\uc6a9\ud558|\uc4f0)\uace0 \uc788\uc2b5\ub2c8\ub2e4)))?$`,
  'i',
);
// A command's output quoted after it: "pasta --version 输出 pasta 2025_02_17.a1e48a0", "rootlesskit --version 显示 rootlesskit version 2.3.1".
const PASTA_SAID = new RegExp(String.raw`^(?:pasta|passt) --version *${OUTPUT_SAID} *(?:pasta|passt)(?:\.avx2)? +(\S+)$`, 'i');
const ROOTLESSKIT_SAID = new RegExp(String.raw`^rootlesskit (?:--version|-v) *${OUTPUT_SAID} *rootlesskit version ${VERSION}$`, 'i');
// A driver said ("网络驱动是 slirp4netns", not the form's field "网络驱动：pasta") or docker version's key quoted ("NetworkDriver: pasta").
const DRIVER = /^(?:(?:(\u7f51\u7edc)|\u7aef\u53e3)\u9a71\u52a8 ?(?:\u662f|\u4e3a)|(?:(Network)|Port)Driver[:\uff1a]) *([a-z][\w-]*)$/i;
// The network driver the reader uses, named alone: "我们用的是 slirp4netns", "用 pasta", Japanese "slirp4netns を使っています" (review R150 07).
const DRIVER_USED =
  /^(?:(?:\u6211\u4eec?(?:\u8fd9\u8fb9)?)?(?:\u4f7f?\u7528\u7684\u662f|\u4f7f?\u7528) ?(pasta|slirp4netns|vpnkit|gvisor-tap-vsock|lxc-user-nic)|(pasta|slirp4netns|vpnkit|gvisor-tap-vsock|lxc-user-nic) ?\u3092\u4f7f(?:\u3063|\u7528\u3057)\u3066\u3044(?:\u307e\u3059|\u308b))$/i;
// docker version's RootlessKit version quoted: "rootlesskit Version: 2.3.1".
const COMPONENT_VERSION = new RegExp(String.raw`^rootlesskit Version[:\uff1a] *${VERSION}$`);
// A rootless daemon said: "rootless", "rootless 模式".
const ROOTLESS = /^rootless(?: ?\u6a21\u5f0f)?$/i;

/** Reports what one Chinese clause states (`quoted`: inside a bracket, where docker version's keys are quoted); says whether it stated anything. */
function read(text: string, at: number, line: Line, sink: Sink, quoted: boolean): boolean {
  const part = { ...line, decided: { at, length: text.length } };
  // pasta's version as it prints it (pasta-version.ts), the others' whole, as in English.
  const tool = TOOL_VERSION.exec(text);
  if (tool) return reportVersion(tool[1]!, tool[2]!, rank.hint, part, sink);
  const pasta = PASTA_SAID.exec(text);
  if (pasta) return reportPastaVersion(pasta[1]!, rank.binary, part, sink);
  // The output quoted counts as the output (pasta-version.ts, versions.ts); docker version's key quoted in prose as the reader's word.
  const said = ROOTLESSKIT_SAID.exec(text);
  const kit = said ?? (quoted ? COMPONENT_VERSION.exec(text) : null);
  if (kit) return reportTool('rootlesskit', kit[1]!, said ? rank.binary : rank.hint, part, sink);
  const driver = DRIVER.exec(text);
  if (driver) return sink.driver(driver[1] || driver[2] ? 'networkDriver' : 'portDriver', driver[3]!.toLowerCase(), rank.hint, part);
  const used = DRIVER_USED.exec(text);
  if (used) return sink.driver('networkDriver', (used[1] ?? used[2])!.toLowerCase(), rank.hint, part);
  if (ROOTLESS.test(text)) {
    sink.fact('rootless', true, rank.hint, part);
    return true;
  }
  return false;
}

/** Chinese, Japanese and Korean sentences: every clause of the kind is the reader's, in a sentence with no word that makes it another's. */
export const chinese: Grammar = { notOwn: NOT_OWN, label: OWN_LABEL, shownIn: SHOWN_IN, read };
