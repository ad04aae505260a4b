/** The pipeline without a message catalogue: text → sections → facts (with evidence) → rules → verdict and findings. */
import { kindsOf } from './any-of.ts';
import { bulleted, clean, type Line } from './clean.ts';
import { limits } from './limits.ts';
import { applyFor, containerdInQuestion, type Apply } from './apply.ts';
import { dindContainer } from './container.ts';
import { dockerfileEnv } from './dockerfile.ts';
import { inDropIn } from './drop-in.ts';
import { setAsideOtherContext } from './rules/context-other.ts';
import { daemonHost, onDaemonHost } from './daemon-host.ts';
import { chronology, dropQuotedAfter, dropQuotedBefore } from './chronology.ts';
import { disagreeingMachines, dropOthersAbove, machines, machinesApart, othersSpoken, shownOn, unlike } from './machines.ts';
import { ownReportJson, ownReportLines } from './own-report.ts';
import { noSetup, othersQuoted, quoted, repliedTo } from './others-quote.ts';
import { SETTINGS_WORD, suggestedLines } from './suggested.ts';
import { typedIn, type Typed } from './prompts.ts';
import { collect, rank, type Collected, type Observation } from './facts.ts';
import { findingMeta, render, stopping } from './findings.ts';
import { onlyMachine, resetMachine } from './focus.ts';
import { spec, type FindingSpec, type Messages } from './messages/types.ts';
import { contradicted } from './contradicted.ts';
import { markers } from './data/core/diagnostics.ts';
import { publishedOnDaemonIp } from './daemon-ip.ts';
import { dropRequestsToAllAddresses } from './requests.ts';
import { dockerInfo, securityOptionsFormat, securityOptionsWords } from './recognisers/docker-info.ts';
import { daemonStart, daemonStartWords } from './recognisers/daemon-start.ts';
import { dindImage, dindImageWords } from './recognisers/dind-image.ts';
import { dockerJava, dockerJavaWords } from './recognisers/docker-java.ts';
import { dockerVersion } from './recognisers/docker-version.ts';
import { podmanShim } from './recognisers/podman-shim.ts';
import { rootfulRestart } from './recognisers/rootful-restart.ts';
import { containerdUnitShown, environment, environmentNamedWords, environmentWords } from './recognisers/env.ts';
import { clientReset, clientResetWords } from './recognisers/client-resets.ts';
import { contextShow } from './recognisers/context-show.ts';
import { hostEcho } from './recognisers/host-echo.ts';
import { userDaemon } from './recognisers/user-daemon.ts';
import { formatFields, formatFieldsWords } from './recognisers/format-fields.ts';
import { formatRange, formatRangeWords } from './recognisers/format-range.ts';
import { hostTable, hostTableWords } from './recognisers/host-table.ts';
import { jsonFacts } from './recognisers/json.ts';
import { dockerComponents } from './lone-component.ts';
import { joinCells } from './cells.ts';
import { osRelease, osReleaseKeyWords, osReleaseWords } from './recognisers/os-release.ts';
import { packages, packageWords } from './recognisers/packages.ts';
import { aptHolds, aptHoldWords } from './recognisers/apt-hold.ts';
import { ciServices, ciServiceWords } from './recognisers/ci-service.ts';
import { dropInsListed, dropInWords } from './recognisers/drop-ins.ts';
import { pacmanIgnores, pacmanIgnoreWords } from './recognisers/pacman-ignore.ts';
import { dnfLocks, dnfLockWords } from './recognisers/dnf-lock.ts';
import { zypperLocks } from './recognisers/zypper-lock.ts';
import { aptPin } from './recognisers/apt-pin.ts';
import { PASTA_LABEL, pastaMissingWords, pastaVersion } from './recognisers/pasta-version.ts';
import { podmanInfo } from './recognisers/podman.ts';
import { nerdctlTyped, nerdctlWords } from './recognisers/nerdctl.ts';
import { processes, processWords } from './recognisers/process.ts';
import { staticBuild, staticBuildWords } from './recognisers/static-build.ts';
import { loopbackPublication, symptomErrorWords, symptoms, symptomWords } from './recognisers/symptoms.ts';
import { userns } from './recognisers/userns.ts';
import { stated, statedWords } from './recognisers/stated.ts';
import { versions, versionWords } from './recognisers/versions.ts';
import type { WordedAt } from './recognisers/worded-at.ts';
import { dropGrantedPorts, dropOvercomeRefusals } from './rules/overcome.ts';
import { unsetEarlierPortDriver } from './rules/omitted.ts';
import { inTurn } from './rules/history.ts';
import { bindHintAgain, weighBindHint } from './rules/bind-hint.ts';
import { dropBuildkitBesideDocker } from './rules/buildkit.ts';
import { weighContainerdSettings, weighNetUnset } from './rules/containerd-settings.ts';
import { setAsideContainerdBesideRootful, setAsideContainerdRootlesskit, UNDER_ROOTLESSKIT } from './rules/containerd-beside-docker.ts';
import { dropBeneathFlags, fixDropIn, flagsInForce, refusedInForce } from './rules/flags.ts';
import { dropOtherRootlesskits, installedRootlesskit } from './rules/installed.ts';
import { dropRemoteBeforeLocal } from './rules/local-again.ts';
import { markNetSet } from './rules/net-set.ts';
import { setAsideNotRunning } from './rules/not-running.ts';
import { setAsideOlderCommits } from './rules/git-log.ts';
import { daemonShown, unsetMissingPasta } from './rules/pasta-present.ts';
import { freshReset, resetSinceRestart, sharedFreshReset } from './rules/context.ts';
import { staticInstall } from './rules/infer.ts';
import { setLinkSignals } from './rules/link-signals.ts';
import { statedUpgrade } from './stated-upgrade.ts';
import { dropResetExports, settingsSource, typedRun, unreadConflict } from './rules/settings-source.ts';
import { readByEntrypoint } from './rules/entrypoint.ts';
import { dropUnloadedSettings } from './rules/unloaded.ts';
import { dropOverriddenEnv } from './rules/env-overridden.ts';
import { setAsideOtherImage } from './rules/image-env.ts';
import { setAsideUnapplied } from './rules/not-applied.ts';
import { wholeFileLines } from './recognisers/unit-place.ts';
import { inferBesideReferences } from './rules/unresolved.ts';
import { inferPastaFromHeldPort, inferPortManager, podmanPublishes } from './rules/listeners.ts';
import { beforeUpgrade, citeStart, runningBeforeUpgrades, upgradedRootlesskit } from './rules/upgraded.ts';
import { downgradeBelowFix } from './rules/downgraded.ts';
import { mergeDaemons } from './rules/two-daemons.ts';
import { packageManager, queriedManager, withoutSystemd } from './rules/package-manager.ts';
import { withDoas } from './doas.ts';
import { doasShown, doasWords } from './recognisers/doas.ts';
import { sections, type Section } from './sections.ts';
import { validAnswers, validSignals } from './share.ts';
import { parsePastaVersion } from './version.ts';
import { typedAgain } from './retyped.ts';
import { apart, everyChange, ownFix, withEveryChange } from './typed-line.ts';
import type { Answers, Evidence, FactKey, Facts, Result, Severity, Signal } from './types.ts';
import { affectedAfterRestart, assess } from './verdict.ts';
import { writtenAnswers } from './written.ts';

/** A reader of lines, told which of them may have one of its words (their indices) where it takes that. */
type Reader = (lines: readonly Line[], sink: Collected, worded?: WordedAt) => void;
// Line recognisers run over every section except JSON, which has its own reader.
const lineRecognisers: readonly Reader[] = [versions, pastaVersion, processes, environment, packages, aptPin, aptHolds, dropInsListed, ciServices, pacmanIgnores, dnfLocks, zypperLocks, symptoms, userns, securityOptionsFormat, dockerJava, dindImage, nerdctlTyped, doasShown, stated, hostTable];
// Those that read each line on its own report only from lines with one of their words: they are given only those, in their places
// among the others (facts keep their order). Most lines of a long paste have none, and staticBuild is given the lines with any.
const words = new Map<Reader, readonly string[]>([
  [processes, processWords],
  [environment, environmentWords],
  [symptoms, symptomWords],
  [dockerJava, dockerJavaWords],
  [dindImage, dindImageWords],
  [nerdctlTyped, nerdctlWords],
  [doasShown, doasWords],
  [stated, statedWords],
]);
// Those that report only from a section with one of their words in a line: a section without is not read.
const sectionWords = new Map<Reader, readonly string[]>([
  [aptHolds, aptHoldWords],
  [dropInsListed, dropInWords],
  [ciServices, ciServiceWords],
  [pacmanIgnores, pacmanIgnoreWords],
  [dnfLocks, dnfLockWords],
]);
// Those that carry what they read from line to line: told which lines have one of their words, they skip the searches of the others.
// So are the readers across sections.
const lineWords = new Map<unknown, readonly string[]>([
  [versions, versionWords],
  [pastaVersion, pastaMissingWords],
  [packages, packageWords],
  [securityOptionsFormat, securityOptionsWords],
  [osRelease, osReleaseWords],
  [daemonStart, daemonStartWords],
  [clientReset, clientResetWords],
  [formatFields, formatFieldsWords],
  [formatRange, formatRangeWords],
  [hostTable, hostTableWords],
]);
// Readers told also which of their lines may have a word of a narrower list, keyed by that list (the reader's key is its whole list's):
// symptoms, an error message's first part; environment, what its tests of commands, addresses and settings need (most of their lines
// have another of their words); osRelease, an answer's first key, which it reads apart from the lines with its other words.
const narrowWords = new Map<unknown, readonly string[]>([
  [symptoms, symptomErrorWords],
  [environment, environmentNamedWords],
  [osRelease, osReleaseKeyWords],
]);
// One search of a line tells which of all these lists it has a word of, in its text or its prefix (the process that logged it): bit
// by bit, in this order (staticBuild's after those of `words`).
const lists = [...words, [staticBuild, staticBuildWords] as const, ...sectionWords, ...lineWords, ...[...narrowWords.values()].map((list) => [list, list] as const)];
const kindsIn = kindsOf(lists.map(([, list]) => list));
const bit = new Map<unknown, number>(lists.map(([reader], i) => [reader, 1 << i]));
// The lines with a word of the lists of `words`, from which each of those readers is given its own.
const NAMED = (1 << words.size) - 1;
const INSTALLER = bit.get(staticBuild)!;
const STATED = bit.get(stated)!;

/** The indices of the lines whose kinds are `kinds` that may have a word of the list of `reader` (lineWords), or of a narrower list (narrowWords), ascending. */
function wordedAt(kinds: readonly number[], reader: unknown): number[] {
  const of = bit.get(reader)!;
  const at: number[] = [];
  for (let i = 0; i < kinds.length; i++) if (kinds[i]! & of) at.push(i);
  return at;
}
// What shows the daemon that runs, or its RootlessKit and pasta: not the system's, nor the tools it has installed (pasta's or
// slirp4netns's version), which another engine shows too.
const RUN_SHOWN: readonly FactKey[] = ['rootless', 'dockerServerVersion', ...UNDER_ROOTLESSKIT];
const jsonLineRecognisers: readonly Reader[] = [environment, symptoms];
const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Analyses a paste (and optional answers and shared signals) into a verdict with evidence and findings rendered with
 * `messages`; never throws. Answers fill only what the paste does not show; shared signals count only if it shows none.
 */
export function analyzeWith(messages: Messages, text: string, answers?: Answers, shared?: readonly Signal[]): Result {
  return analyzeText(messages, text, answers, shared, true);
}

/** analyzeWith, which may read the paste again as one machine's alone where `focusing` (focus.ts). */
function analyzeText(messages: Messages, text: string, answers: Answers | undefined, shared: readonly Signal[] | undefined, focusing: boolean): Result {
  const cleaned = clean(typeof text === 'string' ? text : '');
  // A web page's table copied one cell per line is read as the output it shows.
  cleaned.lines = joinCells(cleaned.lines);
  // The checker's own report pasted back is its words and suggestions, not the machine's output: left out, and said so if it was all.
  const own = ownReportLines(cleaned.lines);
  // So are the settings another suggests (an answer's "Try adding …"): what the reader may set, not what the reader's machine has.
  const advice = typeof text === 'string' && text.includes(SETTINGS_WORD) ? suggestedLines(cleaned.lines) : null;
  const shownLines = own.size || advice?.size ? cleaned.lines.filter((_, i) => !own.has(i) && !advice?.has(i)) : cleaned.lines;
  // Another's output quoted as such (an issue's body, a post, the guide's example) is set aside where the reader's own output shows
  // what it shows (other output of theirs, such as the system's, says nothing of it); otherwise it is the reader's own, quoted. (The
  // quote is read alone to tell; a quote that shows no fact is kept without reading the paste without it first.) A reply's quote of the
  // message it answers ("… wrote:") is set aside where the reply shows the daemon or what runs it (RUN_SHOWN): that message is older.
  // An answer's own lines and an example are never the reader's, as advice is not.
  const { theirs: others, never } = othersQuoted(shownLines);
  // A reader who says nothing is set up yet quotes only others' output, whatever leads it in (review R139 03).
  if ((others.size || shownLines.some(quoted)) && noSetup(shownLines, others)) shownLines.forEach((l, i) => (others.has(i) || quoted(l)) && never.add(i));
  // Another speaker's sentences in a chat log state their own setup, not the asker's: not read as stated, nor as an upgrade made (their
  // output is, machines.ts, but never above what the asker shows of a fact).
  const spoken = othersSpoken(shownLines);
  const theirs = others.size ? new Set(readAll(shownLines.filter((_, i) => others.has(i)), cleaned.prompts, spoken).sink.observations.map((o) => o.key)) : null;
  const mine = never.size ? shownLines.filter((_, i) => !never.has(i)) : shownLines;
  let pasted = theirs?.size ? shownLines.filter((_, i) => !others.has(i) && !never.has(i)) : mine;
  let { sink, reported, typed } = readAll(pasted, cleaned.prompts, spoken);
  const older = (): boolean => repliedTo(shownLines, others) && sink.observations.some((o) => RUN_SHOWN.includes(o.key));
  if (theirs?.size && !sink.observations.some((o) => theirs.has(o.key)) && !older()) {
    pasted = mine;
    ({ sink, reported, typed } = readAll(pasted, cleaned.prompts, spoken));
  }
  reported ||= own.size > 0;
  dropOthersAbove(sink, pasted, spoken);
  setAsideUnapplied(pasted, sink, typed);
  setAsideOlderCommits(pasted, sink);
  setAsideOtherImage(pasted, sink);
  dropOverriddenEnv(pasted, sink);
  dropQuotedBefore(pasted, sink);
  dropQuotedAfter(pasted, sink);
  inferBesideReferences(sink);
  dropUnloadedSettings(sink);
  dropResetExports(pasted, sink);
  weighNetUnset(sink, pasted);
  weighContainerdSettings(sink);
  setAsideContainerdRootlesskit(sink);
  const containerdBesideRootful = setAsideContainerdBesideRootful(sink);
  dropBeneathFlags(sink);
  const dropIn = fixDropIn(sink);
  refusedInForce(sink);
  const prompted = typed.at.map((i) => pasted[i]!);
  dropRemoteBeforeLocal(sink, prompted);
  setAsideOtherContext(sink, prompted);
  publishedOnDaemonIp(sink.signals, loopbackPublication);
  dropRequestsToAllAddresses(sink.signals);
  const fromHomeBin = staticInstall(pasted);
  dropOtherRootlesskits(sink, fromHomeBin);
  const downgrade = downgradeBelowFix(sink);
  const upgraded = runningBeforeUpgrades(sink);
  // The order in time, which reads every line: read once, and only where asked for.
  let when: ReadonlyMap<number, number> | undefined;
  const timed = (): ReadonlyMap<number, number> => (when ??= chronology(pasted, typed));
  readByEntrypoint(pasted, sink);
  const merged = {
    ...mergeDaemons(sink, timed),
    portDriverUnread: sink.portDriverUnread,
    installedRootlesskit: installedRootlesskit(sink) ?? upgradedRootlesskit(upgraded),
    upgradedSince: upgradedRootlesskit(upgraded) !== null,
    beforeUpgrade: upgraded.changed,
    downgrade,
    daemonShown: daemonShown(sink),
    freshReset: freshReset(sink),
    resetSinceRestart: resetSinceRestart(sink),
    versionRunning: sink.observations.some((o) => o.key === 'dockerServerVersion' && o.rank === rank.running),
    restartedAt: sink.lastSeen.get('daemon-restarted') ?? 0,
    startedSince: upgraded.startedSince,
    staticInstall: fromHomeBin,
    containerdBesideRootful,
    statedUpgrade: statedUpgrade(pasted, spoken),
    flagsInForce: flagsInForce(sink),
    settings: sink.settings,
    wholeFile: wholeFileLines(pasted, typed),
    settingsSource: settingsSource(pasted, sink, typed),
    queried: queriedManager(pasted, typed),
  };
  // Without systemd (Alpine's and Void's init is another), no user service runs the daemon: one with no settings shown (a unit's drop-in
  // would say otherwise) was started by hand, and settings exported in a shell with no start in sight are those it was started with
  // (review R152 03).
  const unset = merged.settingsSource === null && !merged.settings.size;
  if ((unset || merged.settingsSource === 'unknown') && withoutSystemd({ f: merged.facts, evidence: merged.evidence })) merged.settingsSource = unset ? 'hand' : 'shell';
  citeStart(merged, upgraded);
  setAsideNotRunning(merged, sink);
  unsetEarlierPortDriver(merged, sink);
  weighBindHint(merged, sink);
  unsetMissingPasta(merged, sink);
  markNetSet(merged, sink);
  dropOvercomeRefusals(sink, merged.facts.rootless, timed);
  dropGrantedPorts(sink);
  dropBuildkitBesideDocker(merged, sink, pasted);
  // Rootless containerd shown: its fixes are those of containerd (read before the markers go); a link says so with the signals it carries.
  const containerdLines = [...(sink.signals.get('containerd-rootless') ?? []), ...(sink.signals.get('containerd-installed') ?? [])];
  const containerd = containerdInQuestion(merged.facts, sink.signals, validSignals(shared));
  if (containerd) merged.containerdSettings = new Set((sink.signals.get('containerd-settings') ?? []).map((e) => e.line));
  // doas shown instead of sudo: the fixes' root commands are doas's too.
  const root = sink.signals.has('doas-shown') ? withDoas : (fix: string): string => fix;
  merged.misread = sink.signals.get('version-misread')?.[0]?.text.replace(/\s+/g, ' ') ?? null;
  // The markers between recognisers and the rules above are no result's, nor a link's.
  for (const id of markers) sink.signals.delete(id);
  // A link carries no package, restart or setting: what they tell of the RootlessKit that runs, and of its port driver, goes as a signal.
  setLinkSignals(merged, sink.signals);
  // nerdctl typed as the user says something only beside nerdctl typed as root (verdict-rules.ts): a link carries it there alone.
  if (!sink.signals.has('nerdctl-as-root')) sink.signals.delete('nerdctl-as-user');
  // Rootless containerd and nothing else read: the paste is recognised, and its step is that of containerd (next-step.ts), as a link carries too
  // (a link, which shows no line of it, keeps its own signals).
  if (containerd && containerdLines.length && !sink.observations.length && !shownBeyond(sink.signals, NERDCTL_ASIDE)) sink.signals.set('containerd-alone', containerdLines);
  // Rootless containerd beside what else was read: a link says so too, so that it opens in the words of containerd, as the paste does.
  else if (containerd && containerdLines.length && !sink.signals.has('containerd-net-unset')) sink.signals.set('containerd-shown', containerdLines);
  // A fact the paste leaves out is a gap an answer fills, but signals have no gaps: a paste showing any symptom tells its
  // own story of what went wrong, which replaces the link's as a whole rather than mixing with it. No paste, no lines.
  const signals = sink.signals.size > 0 ? sink.signals : new Map(validSignals(shared).map((id): [Signal, Evidence[]] => [id, []]));
  // A link's reset beside 127.0.0.1 counts as the paste's did (the probe missed): the link carries no restart.
  if (!sink.signals.size) merged.freshReset = sharedFreshReset(signals);
  const shownBut = (said: readonly Signal[]): boolean => shownBeyond(signals, said);
  const shown = shownBut(ASIDE);
  const recognised = sink.observations.length > 0 || shown;
  // Before the answers, which fill only what the paste does not show.
  inferPastaFromHeldPort(merged, signals, (n) => podmanPublishes(pasted, typed, n));

  // Machines (or people) that disagree on what decides: no order between them settles it. Before the answers, which
  // then fill what neither machine's value may: the step after the one that says so asks for it.
  const of = merged.conflicts.length ? machines(pasted, new Set(sink.observations.map((o) => o.evidence.line)), typed) : new Map<number, string>();
  const split = machinesApart(merged.conflicts, of, sink.observations);
  // Only one of them shows the reset: the verdict is that machine's, the paste read as its alone, and a note says so (focus.ts).
  const resets = [...(signals.get('connection-reset') ?? []), ...(signals.get('client-reset') ?? [])];
  const focus = split && focusing ? resetMachine(pasted, split.machines, resets, typed) : null;
  if (split && focus !== null) {
    const alone = analyzeText(messages, onlyMachine(text, pasted, typed, focus), answers, shared, false);
    const note = render(spec('machine-with-reset', { machine: focus, others: split.machines.filter((m) => m !== focus) }, resets), messages);
    return { ...alone, findings: [...alone.findings.slice(0, 1), note, ...alone.findings.slice(1)] };
  }
  // Neither machine's value is the paste's (nor a link's that shares it), nor is either's of any other fact they disagree on: the later
  // machine's Docker would otherwise stand for both, and its RootlessKit be inferred from it. Nor is what one machine shows and another
  // does not: a link, which carries no machines, would decide from one poster's Docker and another's pasta (review R138 29).
  if (split) {
    for (const key of [
      split.key,
      ...merged.conflicts.filter((c) => new Set(c.evidence.flatMap((e) => of.get(e.line) ?? [])).size > 1).map((c) => c.key),
      ...unlike(split.machines, of, sink.observations),
    ]) {
      (merged.facts as unknown as Record<FactKey, null>)[key] = null;
      delete merged.evidence[key];
      merged.inferred.delete(key);
    }
  }

  // Answers fill only what the paste does not show; a user's own answer counts as confirmed.
  const answered: FactKey[] = [];
  const valid = validAnswers(answers);
  // pasta's date is its version's where that names one, as on a paste's line: a link without the date, or with another, reads as the
  // version says (review R159 H1).
  const build = valid.pastaVersion ? parsePastaVersion(valid.pastaVersion) : null;
  if (build) valid.pastaDate = build.date;
  // An answer the paste contradicts is set aside, and a finding says so.
  const against = contradicted(merged, valid);
  for (const key of Object.keys(valid) as FactKey[]) {
    if (merged.facts[key] !== null || against.some((c) => c.key === key)) continue;
    (merged.facts as unknown as Record<FactKey, Facts[FactKey]>)[key] = valid[key]!;
    merged.packaged.delete(key);
    answered.push(key);
  }

  inferPortManager(merged, signals);
  // A link carries a refused bind's signal, not the port manager inferred from it (the paste's own was weighed above).
  if (!sink.signals.size) bindHintAgain(merged, signals);
  // What a docker version of Docker 20.10 to 22.x suggests, inferred again from a shared link's signal.
  if (merged.facts.rootless === null && signals.has('rootful-unlisted')) {
    merged.facts.rootless = false;
    merged.inferred.add('rootless');
  }
  const apartStep = split && { step: split.step, unshown: (key: FactKey, least: number) => split.machines.filter((n) => !shownOn(split.machines, key, of, sink.observations, least).includes(n)) };
  const a = assess(merged, signals, recognised || answered.length > 0, apartStep);
  // Versions written by hand are offered as answers where nothing else was read, for what no answer says, or says otherwise (an inference
  // from another answer is none: an answer taken back is offered again). pasta's version after a list's bullet is read (rootlesskit#511),
  // and the list's other items offered: "* docker 28.0.1\n* rootlesskit 2.3.1\n* pasta 2025_03_20.32f6212".
  // So is a label for it ("pasta version: 2025_03_20.32f6212", "- passt: …", a table's row), which pasta itself does not print.
  // A quoted setup is another's (an issue's, a thread's) more often than the reader's.
  // The reset beside it ("Symptom: curl: (56) … Connection reset by peer") says what went wrong, not what runs: its lines are set aside.
  const writtenOnly = !shownBut(['pasta-listener', 'buildkit', 'client-reset', 'connection-reset', 'loopback-request']) && !cleaned.quoted && onlyListedPasta(sink.observations, pasted);
  const reset = new Set([...(signals.get('connection-reset') ?? []), ...(signals.get('client-reset') ?? [])].map((e) => e.line));
  const written = Object.entries(writtenOnly ? writtenAnswers(pasted.filter((l) => !reset.has(l.n))) : {}).filter(
    ([key, value]) => valid[key as FactKey] !== value && !sink.observations.some((o) => o.key === key),
  );
  // One finding for every disagreement, each line once (one argv can set two facts): alternative drop-ins often set several.
  const lines = merged.conflicts.flatMap((c) => c.evidence).filter((e, i, all) => all.findIndex((x) => x.line === e.line) === i);
  // No restart to advise for a rootful daemon, nor where every value is a running daemon's or shown in turn in time: a paste from before
  // and after one, a journal's starts.
  const restart = merged.facts.rootless !== false && !merged.conflicts.every((c) => c.values.every((v) => v.source === 'running') || inTurn(c, timed()));
  // An export the running daemon contradicts that the user service, most likely the daemon, never read.
  const unread = unreadConflict(merged.settingsSource, merged.conflicts, merged.settings) ? { shell: merged.settingsSource } : {};
  // Values seen on two named machines ("laptop:" and "server:", two prompts' hosts) are no change over time.
  const hosts = disagreeingMachines(merged.conflicts, of);
  const apartMachines = hosts.length ? { machines: hosts } : {};
  // (Not beside the step that asks for one machine at a time: that step shows the values.)
  // A restart that applies configuration with which the daemon would be affected says so (review R144 24).
  const worse = restart && !unread.shell && !hosts.length && affectedAfterRestart(merged, signals) ? { restartAffected: true as const } : {};
  const extra: FindingSpec[] = merged.conflicts.length && !split ? [spec('facts-disagree', { conflicts: merged.conflicts, restart, ...unread, ...apartMachines, ...worse }, lines)] : [];
  if (against.length)
    extra.push(spec('answer-contradicted', { contradicted: against }, against.some((c) => c.shown === null) ? (merged.evidence.rootless ?? []) : against.flatMap((c) => merged.evidence[c.key] ?? [])));
  if (cleaned.truncated) extra.push(spec('input-truncated', { limitChars: limits.maxChars, lastLine: cleaned.lines.at(-1)?.n ?? 0, skipped: cleaned.skipped ?? null }));
  // What keeps the daemon from starting comes first (after the verdict's own finding): nothing else matters until it runs.
  // A setup written by hand, offered as answers: the step says so, and asks nothing the offer answers.
  // So is a report of the checker's that was all the paste held.
  // A question the written setup answers is asked by that step too (the offer answers it), even beside what else was read.
  // Not once the reader answers anything (the offer taken, or an answer of theirs then taken back): the question is theirs again.
  const answeredInWriting = !Object.values(answers ?? {}).some((v) => v !== undefined) && a.main?.id === 'need-network-driver' && written.some(([key]) => key === a.ask);
  const main = a.main?.id !== 'nothing-recognised' && !answeredInWriting ? a.main : written.length ? spec('written-setup', {}) : reported ? spec('own-report', {}) : a.main;
  const findings = [...(main ? [main] : []), ...[...a.findings, ...extra].sort((x, y) => order(x) - order(y))];
  const stops = findings.filter(stopping).length;
  // No daemon to stop: one that did not start, or none answering the client.
  const down = stops > 0 || findings.some((s) => s.id === 'daemon-not-running');
  // Its check finds no pasta until the daemon runs again (reviews R151, R152, R153).
  if (down && main?.id === 'fixed-rootlesskit') main.params.down = true;
  const box = merged.settingsSource === 'container' ? dindContainer(pasted, sink.settings) : null;
  // The system the paste shows installs what a fix needs with its own package manager.
  const system = packageManager({ f: merged.facts, evidence: merged.evidence, queried: merged.queried });
  const applyTo = (typed: string | null): Apply => ({ ...applyFor(merged.settingsSource, typed, down, messages.byHand, box, containerd), system });
  // The command typed before the script, the Dockerfile's ENV instruction, or a container's docker run: the line every fix of the settings gives.
  const env = merged.settingsSource === 'dockerfile' ? dockerfileEnv(pasted, sink.settings) : box?.run;
  const run = env ? { line: env, typed: env.trimmed } : typedRun(pasted, sink, merged.settingsSource);
  const first = applyTo(run && (env ? env.trimmed : typedAgain(run.typed)));
  const alone = (s: FindingSpec): boolean => apart(s, run?.line.n ?? 0);
  // Settings typed before the script: every fix gives one command, with all their changes (each retyping its own would undo the others').
  const every = everyChange(first, findings, (s, a) => render(s, messages, down, a), alone);
  const apply = every === null ? first : withEveryChange(applyTo(every.line), every);
  // The daemon the client reaches on another machine: the fixes' own commands run there.
  const host = daemonHost(signals.get('remote-daemon'));
  return {
    verdict: a.verdict,
    certainty: a.certainty,
    unseen: a.unseen,
    facts: merged.facts,
    evidence: merged.evidence,
    inferred: [...merged.inferred],
    ...beforeUpgrade(merged),
    answered,
    ...(written.length ? { written: Object.fromEntries(written) as Answers } : {}),
    signals: [...signals.keys()],
    ask: main !== a.main && a.ask && written.some(([key]) => key === a.ask) ? null : a.ask,
    ...(containerd ? { containerd: true as const } : {}),
    ...(main?.id === 'fixed-flag-seen' && !main.params.rkFixed ? { byArgv: true as const } : {}),
    stops,
    findings: findings.map((s) => render(s, messages, down, ownFix(apply, alone(s)))).map((f) => (f.fix ? { ...f, fix: root(onDaemonHost(inDropIn(f.fix, dropIn), host, messages.snippets)) } : f)),
  };
}

/**
 * Signals that recognise nothing alone: a port pasta holds only qualifies that of RootlessKit (listeners.ts): alone, as from the passt of
 * a VM, it says nothing of Docker; nor does BuildKit named, which only says whose RootlessKit errors are, nor the reset of another client,
 * which only the note of the symptom reads, nor a request to 127.0.0.1, which only qualifies a reset.
 */
const ASIDE: readonly Signal[] = ['pasta-listener', 'buildkit', 'client-reset', 'loopback-request', 'ci-service', 'docker-executor'];

// nerdctl typed, as the user or as root, is no other output beside rootless containerd.
const NERDCTL_ASIDE: readonly Signal[] = [...ASIDE, 'nerdctl-as-user', 'nerdctl-as-root'];

/** Whether `signals` hold one not among `said`. */
const shownBeyond = (signals: ReadonlyMap<Signal, unknown>, said: readonly Signal[]): boolean => [...signals.keys()].some((id) => !said.includes(id));

/**
 * Reads the lines with every recogniser, each section with its own and some across sections, into a new sink; says whether a JSON
 * document among them is the checker's own report, and which of them were typed at a prompt (`prompts`: the numbers of the lines of
 * the paste with a bare prompt; `spoken`: another speaker's lines in a chat log, whose sentences are not read).
 */
function readAll(pasted: readonly Line[], prompts: readonly number[], spoken: ReadonlySet<Line>): { sink: Collected; reported: boolean; typed: Typed } {
  let reported = false;
  const sink = collect();
  // The installer's lines, read across sections (not in JSON): those with one of staticBuild's words, as it reads no other.
  const installer: Line[] = [];
  const all = sections(pasted);
  const docker = dockerComponents(all);
  const kinds = pasted.map((line) => ((line.prefix ? kindsIn(line.prefix) : 0) | kindsIn(line.text)) & (spoken.has(line) ? ~STATED : -1));
  // Every line is in one section, in order: a section's kinds follow the last one's.
  let at = 0;
  for (const [s, section] of all.entries()) {
    const own = kinds.slice(at, (at += section.lines.length));
    if (section.kind === 'json' && ownReportJson(section.json)) reported = true;
    else read(section, s, sink, docker.has(s), own);
    if (section.kind !== 'json') for (let i = 0; i < own.length; i++) if (own[i]! & INSTALLER) installer.push(section.lines[i]!);
  }
  // The installer's output, read across sections: what it runs prints lines that start sections of their own.
  staticBuild(installer, sink);
  // The lines typed at a prompt, which the readers across sections below start from.
  const typed = typedIn(pasted);
  // The system, read across sections: a shell opened in a container starts a section of its own, and the system it names is not the host's.
  osRelease(pasted, sink, wordedAt(kinds, osRelease), typed, wordedAt(kinds, narrowWords.get(osRelease)));
  // A format's command and the line it printed, read across sections: a list or JSON value printed first starts a section of its own.
  formatFields(pasted, sink, wordedAt(kinds, formatFields));
  formatRange(pasted, sink, wordedAt(kinds, formatRange));
  // docker context show's answer, the line after it, is a word that no section reader looks for; so are systemctl is-active's and ls's.
  contextShow(pasted, sink, typed);
  hostEcho(pasted, sink, typed);
  podmanShim(pasted, sink, typed);
  rootfulRestart(pasted, sink, typed);
  userDaemon(pasted, sink, typed);
  // The unit of rootless containerd shown whole, read across sections: its Environment= and its Id= may be in sections of their own.
  containerdUnitShown(pasted, sink, typed, prompts);
  // When the daemon started, read across sections: the command naming the unit whose Active line follows starts a section of its own.
  daemonStart(pasted, sink, wordedAt(kinds, daemonStart), typed);
  // Other clients' resets, read across sections: what names the address may follow in a section of its own (a Node.js error's object).
  clientReset(pasted, sink, wordedAt(kinds, clientReset), typed);
  return { sink, reported, typed };
}

/**
 * Reads section `s` with the recognisers for its kind, and says which output each observation came from: the whole section for the
 * readers of docker info, docker version and JSON (one command's output), else its line.
 */
function read(section: Section, s: number, sink: Collected, dockerComponent: boolean, kinds: readonly number[]): void {
  const first = sink.observations.length;
  if (section.kind === 'json') jsonFacts(section.json, sink, dockerComponent);
  else if (section.kind === 'docker') {
    dockerInfo(section.lines, sink);
    dockerVersion(section.lines, sink);
  } else if (section.kind === 'podman') podmanInfo(section.lines, sink);
  const lines = sink.observations.length;
  const named: Line[] = [];
  const namedKinds: number[] = [];
  let any = 0;
  for (let i = 0; i < section.lines.length; i++) {
    const of = kinds[i]!;
    any |= of;
    if (!(of & NAMED)) continue;
    named.push(section.lines[i]!);
    namedKinds.push(of);
  }
  const own = (recognise: Reader): Line[] => {
    const of = bit.get(recognise)!;
    return named.filter((_, k) => namedKinds[k]! & of);
  };
  // Given its own lines, and which of them may have a word of its narrower list.
  const runOwn = (recognise: Reader): void => {
    const of = bit.get(recognise)!;
    const narrow = narrowWords.get(recognise);
    recognise(own(recognise), sink, narrow ? wordedAt(namedKinds.filter((k) => k & of), narrow) : undefined);
  };
  const run = (recognise: Reader): void => {
    if (words.has(recognise)) runOwn(recognise);
    else if (!sectionWords.has(recognise)) recognise(section.lines, sink, lineWords.has(recognise) ? wordedAt(kinds, recognise) : undefined);
    else if (any & bit.get(recognise)!) recognise(section.lines, sink);
  };
  if (section.kind !== 'json') for (const recognise of lineRecognisers) run(recognise);
  // An error in a JSON answer (a tool's or an API's {"message": "Cannot connect to the Docker daemon at …"}) is still the error, and
  // the socket it names still the daemon's.
  else for (const recognise of jsonLineRecognisers) runOwn(recognise);
  sink.observations.slice(first).forEach((o, k) => (o.output = k < lines - first ? `${s}` : `${s}:${o.evidence.line}`));
}

/**
 * Whether every observation is pasta's version, each read from a line after a list's bullet or a label (PASTA_LABEL); the lines are
 * looked through only where every observation is pasta's, which few pastes are.
 */
function onlyListedPasta(observations: readonly Observation[], lines: readonly Line[]): boolean {
  if (!observations.every((o) => o.key === 'pastaVersion' || o.key === 'pastaDate')) return false;
  const listed = new Set(lines.filter((l) => bulleted(l) || PASTA_LABEL.test(l.trimmed)).map((l) => l.n));
  return observations.every((o) => listed.has(o.evidence.line));
}

/** Sort key of a finding: those that stop the daemon, then one that explains what the reader saw, then errors, warnings and notes. */
function order(s: FindingSpec): number {
  return stopping(s) ? -2 : s.leads ? -1 : severityOrder[findingMeta[s.id].severity];
}
