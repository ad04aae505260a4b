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
 * Reads the version of the installer's last run that nothing says stopped, where the paste shows the setup tool run (the tarballs
 * unpacked): after it, or before it, as people paste a summary first.
 */
export const staticBuild: Recogniser = (lines, sink) => {
  type Run = { version: string; line: Line } | null;
  let [installer, run]: [Run, Run] = [null, null];
  let setup = false;
  for (const line of lines) {
    const t = line.trimmed;
    const next = t[0] === '#' ? INSTALLER.exec(t) : null;
    if (next) [installer, run] = [{ version: next[1]!, line }, installer ?? run];
    else if (STOPS.test(t)) installer = null;
    setup ||= SETUP.test(t);
  }
  installer ??= run;
  if (!installer || !setup) return;
  // Both tarballs are of the version it printed, Docker's own build, and the setup tool sets up rootless Docker.
  sink.fact('rootless', true, rank.hint, installer.line);
  sink.fact('dockerPackaging', 'docker', rank.package, installer.line);
  sink.fact('dockerServerVersion', installer.version, rank.package, installer.line);
};
