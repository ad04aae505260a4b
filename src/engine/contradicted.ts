/** The answers a paste contradicts (review R159 M4): the paste decides, and a finding says so. */
import type { Merged } from './facts.ts';
import type { Contradicted } from './messages/types.ts';
import { UNDER_ROOTLESSKIT } from './rules/containerd-beside-docker.ts';
import type { Answers, FactKey } from './types.ts';
import { misreadPasta, namesNoRelease } from './version.ts';

/**
 * Each answer whose fact the paste shows otherwise (not inferred), and, beside a daemon shown to run as root, each answer about RootlessKit
 * (another daemon's): not "unknown version" or a misread one against pasta's version, which name no release, nor pasta's date, which
 * goes with its version.
 */
export function contradicted(m: Pick<Merged, 'facts' | 'inferred'>, answers: Answers): Contradicted[] {
  const rootful = m.facts.rootless === false && !m.inferred.has('rootless');
  const out: Contradicted[] = [];
  for (const key of Object.keys(answers) as FactKey[]) {
    const shown = m.facts[key];
    if (rootful && UNDER_ROOTLESSKIT.includes(key)) out.push({ key, answer: String(answers[key]), shown: null });
    else if (shown !== null && shown !== answers[key] && !m.inferred.has(key) && key !== 'pastaDate' && !nameless(key, String(shown)))
      out.push({ key, answer: String(answers[key]), shown: String(shown) });
  }
  return out;
}

const nameless = (key: FactKey, shown: string): boolean => key === 'pastaVersion' && (namesNoRelease(shown) || misreadPasta(shown));
