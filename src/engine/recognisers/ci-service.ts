/** A CI job's service named (GitLab Runner's log, .gitlab-ci.yml's services:): where the daemon runs in one, the job cannot reach its host. */
import { serviceLines } from '../ci-service.ts';
import type { Recogniser } from '../facts.ts';

/** What a section it reports from has in a line. */
export const ciServiceWords = ['Starting service ', 'services:', '- name: '];

/** Reports each line that names a CI job's service as the signal ci-service. */
export const ciServices: Recogniser = (lines, sink) => {
  for (const s of serviceLines(lines)) sink.signal('ci-service', s.line);
};
