import { dockerEvents, passtMilestones, passtReleases, rootlesskitReleases, rootlesskitThresholds } from '../../../engine/data/index.ts';
import { fact } from '../../content/fact-text.ts';
import { layoutTimeline, type TimelineEvent } from '../timeline-layout.ts';
import type { RootlesskitRelease } from '../../../engine/data/index.ts';
import type { DiagramData, Tone } from '../types.ts';
import { timelineNarrow } from './timeline-narrow.ts';

/**
 * Width of the wide drawing in SVG units. It shows from a 760 px column (wideFrom), where its 11-unit labels (diagram.css .dg-small)
 * are scaled to 13 px.
 */
const wideWidth = 640;

/** The passt milestones the timeline labels. */
type LabelledMilestone = 'lastGoodDefault' | 'change' | 'unDeprecated' | 'brokenWithRootlesskit' | 'brokenFixed' | 'semanticsRefined';

const tones: Record<LabelledMilestone, Tone> = {
  lastGoodDefault: 'ok',
  change: 'bad',
  unDeprecated: 'accent',
  brokenWithRootlesskit: 'bad',
  brokenFixed: 'ok',
  semanticsRefined: 'accent',
};

/** The words of the timeline in one language; dates, tags and versions come from the data module. */
export interface TimelineWords {
  title: string;
  desc: string;
  caption: string;
  lanes: readonly [passt: string, rootlesskit: string, docker: string];
  /** The short words under each labelled passt milestone. */
  passt: Record<LabelledMilestone, string>;
  /** The short words under labelled RootlessKit releases, by version. */
  rootlesskit: Record<string, string>;
  docker: Record<keyof typeof dockerEvents, string>;
  /** Between a release and what it changed in the text version (": " in English). */
  separator: string;
  /** Text-version sentence for an undated RootlessKit release. */
  undated: (version: string) => string;
  /** What a passt milestone changed, for the text version. */
  milestoneText: (key: keyof typeof passtMilestones) => string;
  /** What the site says about a RootlessKit release, for the text version; undefined for none. */
  rootlesskitNote: (release: RootlesskitRelease) => string | undefined;
  /** What happened at a Docker event, for the text version. */
  dockerText: (key: keyof typeof dockerEvents) => string;
}

/** Lane titles and the short words under each labelled release (English). */
const words: TimelineWords = {
  title: 'Release timeline: passt, RootlessKit and Docker',
  desc: `passt changed its loopback mapping in ${fact('passtChange', { short: true })}; the bug was reported against Docker on ${dockerEvents.bugReported.date}; RootlessKit v${fact('rlkFixed')} (${fact('rlkFixedDate')}) and Docker ${fact('dockerFixed')} (${fact('dockerFixedDate')}) shipped the fix. Every dot is a release; labelled dots are the ones that matter here.`,
  caption: 'Every release this guide tracks, by date. Red: the change and the breakage; green: the last good default and the fixes; blue: other milestones; grey: releases that change nothing here.',
  lanes: ['passt', 'RootlessKit', 'Docker'],
  passt: {
    lastGoodDefault: 'last old default',
    change: 'change + flag',
    unDeprecated: 'flag un-deprecated',
    brokenWithRootlesskit: 'breaks RootlessKit',
    brokenFixed: 'start-up fixed',
    semanticsRefined: 'flag refined',
  },
  rootlesskit: {
    [rootlesskitThresholds.pastaDriver.version]: 'pasta driver',
    [fact('rlkLastUnfixed')]: 'last without fix',
    [rootlesskitThresholds.hostLoToNsLo.version]: 'the fix',
    [rootlesskitThresholds.gvisorBuiltIn.version]: 'gvisor-tap-vsock',
    [rootlesskitThresholds.hostLoopbackBlocked.version]: 'loopback leak fixed',
    [rootlesskitThresholds.pastaIpv6.version]: 'IPv6 fixed',
  },
  docker: { bugReported: 'moby#48838 opened', fixReleased: `Docker ${fact('dockerFixed')}` },
  separator: ': ',
  undated: (version: string) => `RootlessKit v${version}: tag date not verified, not on the timeline.`,
  milestoneText: (key) => passtMilestones[key].what,
  rootlesskitNote: (release) => release.note,
  dockerText: (key) => dockerEvents[key].what,
};

/** Releases of passt, RootlessKit and Docker on one time axis, generated from the data module; the words come from `words`, the narrow drawing is timelineNarrow's. */
export function timelineDiagram(words: TimelineWords): DiagramData {
  const milestoneByTag = new Map(Object.entries(passtMilestones).map(([key, m]) => [m.version, key as keyof typeof passtMilestones]));

  const passtEvents: TimelineEvent[] = passtReleases.map((release) => {
    const key = milestoneByTag.get(release.tag);
    const what = key && key in words.passt ? words.passt[key as keyof typeof words.passt] : undefined;
    return what && key
      ? { date: release.date, lane: 0, tone: tones[key as keyof typeof tones], label: [{ text: release.tag.slice(0, 10), mono: true }, what] }
      : { date: release.date, lane: 0, tone: 'muted' };
  });

  const dated = rootlesskitReleases.filter((release): release is typeof release & { date: string } => release.date !== null);
  const rootlesskitEvents: TimelineEvent[] = dated.map((release) => {
    const what = words.rootlesskit[release.version];
    const tone: Tone = release.version === rootlesskitThresholds.hostLoToNsLo.version ? 'ok' : release.version === fact('rlkLastUnfixed') ? 'bad' : 'accent';
    return what ? { date: release.date, lane: 1, tone, label: [{ text: `v${release.version}`, mono: true }, what] } : { date: release.date, lane: 1, tone: 'muted' };
  });

  const dockerTimeline: TimelineEvent[] = [
    { date: dockerEvents.bugReported.date, lane: 2, tone: 'bad', label: [{ text: dockerEvents.bugReported.date, mono: true }, words.docker.bugReported] },
    { date: dockerEvents.fixReleased.date, lane: 2, tone: 'ok', label: [{ text: dockerEvents.fixReleased.date, mono: true }, words.docker.fixReleased] },
  ];

  const events = [...passtEvents, ...rootlesskitEvents, ...dockerTimeline];
  const dates = events.map((event) => event.date).toSorted();
  const firstYear = Number((dates[0] ?? '').slice(0, 4));
  const lastYear = Number((dates.at(-1) ?? '').slice(0, 4));

  /** The same events as sentences, oldest first, for the text version. */
  const sentences = [
    ...passtReleases.map((r) => {
      const key = milestoneByTag.get(r.tag);
      return { date: r.date, text: `passt ${r.tag}${key ? `${words.separator}${words.milestoneText(key)}` : ''}` };
    }),
    ...dated.map((r) => {
      const note = words.rootlesskitNote(r);
      return { date: r.date, text: `RootlessKit v${r.version}${note ? `${words.separator}${note}` : ''}` };
    }),
    ...(Object.keys(dockerEvents) as (keyof typeof dockerEvents)[]).map((key) => ({ date: dockerEvents[key].date, text: words.dockerText(key) })),
  ]
    .toSorted((a, b) => a.date.localeCompare(b.date))
    .map((s) => `${s.date} — ${s.text}`);

  const undated = rootlesskitReleases.filter((r) => r.date === null).map((r) => words.undated(r.version));

  return {
    id: 'timeline',
    ...layoutTimeline({ width: wideWidth, lanes: words.lanes, events, firstYear, lastYear }),
    title: words.title,
    desc: words.desc,
    caption: words.caption,
    text: [...sentences, ...undated],
    narrow: timelineNarrow(events, words.lanes, firstYear, lastYear),
  };
}

/** Diagram 6: releases of passt, RootlessKit and Docker on one time axis, generated from the data module (English). */
export const timeline: DiagramData = timelineDiagram(words);
