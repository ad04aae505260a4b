/** Docker's static build as get.docker.com/rootless installs it under ~/bin. */
import type { Line } from '../clean.ts';
import { rank, type Recogniser } from '../facts.ts';

// docker-install's rootless-install.sh prints the version first, before its checks; then it unpacks Docker's static build of that
// version (docker-X.tgz and docker-rootless-extras-X.tgz) under ~/bin and runs the setup tool from there, traced with set -x.
const INSTALLER = /^# Installing (?:stable|test) version (\d+\.\d+\.\d+(?:-[a-z]+\.\d+)?)$/;
// What shows it got that far: the setup tool's trace, or the setup tool's own "[INFO] …" lines.
const SETUP = /dockerd-rootless-setuptool\.sh install|^\[INFO\] /;
// Lines with which it stops before that.
const STOPS = /^(?:# Existing rootless Docker detected|# Missing system requirements|Aborting because|Refusing to install|Could not find records)/;
/** What every line `staticBuild` reads has (core.ts gives it no other line). */
export const staticBuildWords = ['# Installing ', 'dockerd-rootless-setuptool.sh install', '[INFO] ', '# Existing rootless Docker', '# Missing system requirements', 'Aborting because', 'Refusing to install', 'Could not find records'];

/**
 * Reads the version of the installer's last run that shows the setup tool run after it (the tarballs unpacked) and nothing says
 * stopped; where the setup tool's lines come only before the installer's (people paste a summary first), its last run not stopped.
 */
export const staticBuild: Recogniser = (lines, sink) => {
  type Run = { version: string; line: Line; setup: boolean; stopped: boolean };
  const runs: Run[] = [];
  let summary = false;
  for (const line of lines) {
    const t = line.trimmed;
    const next = t[0] === '#' ? INSTALLER.exec(t) : null;
    const run = runs.at(-1);
    if (next) runs.push({ version: next[1]!, line, setup: false, stopped: false });
    else if (run && STOPS.test(t)) run.stopped = true;
    else if (SETUP.test(t)) {
      if (run) run.setup = true;
      else summary = true;
    }
  }
  const going = runs.filter((r) => !r.stopped);
  const installer = going.findLast((r) => r.setup) ?? (summary ? going.at(-1) : undefined);
  if (!installer) return;
  // Both tarballs are of the version it printed, Docker's own build, and the setup tool sets up rootless Docker.
  sink.fact('rootless', true, rank.hint, installer.line);
  sink.fact('dockerPackaging', 'docker', rank.package, installer.line);
  sink.fact('dockerServerVersion', installer.version, rank.package, installer.line);
};
