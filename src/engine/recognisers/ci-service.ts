/** A CI job's service named (GitLab Runner's log, .gitlab-ci.yml's services:): where the daemon runs in one, the job cannot reach its host. */
import { serviceLines } from '../ci-service.ts';
import type { Recogniser } from '../facts.ts';

// GitLab Runner's line as a job starts under the Docker executor, whose services are containers of their own, apart from the job's.
const DOCKER_EXECUTOR = 'Using Docker executor with image ';

/** What a section it reports from has in a line. */
export const ciServiceWords = ['Starting service ', 'services:', '- name: ', DOCKER_EXECUTOR];

/** Reports each line that names a CI job's service as the signal ci-service, and GitLab Runner's Docker executor as docker-executor. */
export const ciServices: Recogniser = (lines, sink) => {
  for (const s of serviceLines(lines)) sink.signal('ci-service', s.line);
  for (const l of lines) if (l.trimmed.startsWith(DOCKER_EXECUTOR)) sink.signal('docker-executor', l);
};
