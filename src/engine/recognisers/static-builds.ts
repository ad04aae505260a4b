/** Docker's static builds: what get.docker.com/rootless installs under ~/bin, and their tarballs named in a download. */
import type { Line } from '../clean.ts';
import { rank, type Recogniser, type Sink } from '../facts.ts';

// docker-install's rootless-install.sh prints the version first, before its checks; then it installs Docker's static build of that
// version (docker-X.tgz and docker-rootless-extras-X.tgz) under ~/bin, unless a check stops it.
const INSTALLER = /^# Installing (?:stable|test) version (\d+\.\d+\.\d+(?:-[a-z]+\.\d+)?)$/;
const STOPS = /^(?:# Existing rootless Docker detected|# Missing system requirements|Aborting because|Refusing to install)/;
// download.docker.com/linux/static/stable/x86_64/docker-rootless-extras-29.5.2.tgz
const TARBALL = /\/linux\/static\/\w+\/\w+\/docker-(rootless-extras-)?(\d+\.\d+\.\d+(?:-[a-z]+\.\d+)?)\.tgz/g;
/** What every line `staticBuilds` reads has (core.ts gives it no other line). */
export const staticBuildWords = ['# Installing ', '# Existing rootless Docker', '# Missing system requirements', 'Aborting because', 'Refusing to install', '/linux/static/'];

/** Reports Docker's own build of a version: its daemon, or with `extras` its rootless extras (RootlessKit's version goes with theirs). */
function report(version: string, extras: boolean, line: Line, sink: Sink): void {
  sink.fact('dockerPackaging', 'docker', rank.package, line);
  sink.fact(extras ? 'rootlessExtrasVersion' : 'dockerServerVersion', version, rank.package, line);
}

/** Reads the rootless installer's version (where no check stopped it) and the static tarballs a download names. */
export const staticBuilds: Recogniser = (lines, sink) => {
  let installer: RegExpExecArray | null = null;
  let from: Line | null = null;
  const installed = (): void => {
    if (!installer || !from) return;
    // Both tarballs are of the version it prints.
    sink.fact('rootless', true, rank.hint, from);
    report(installer[1]!, false, from, sink);
  };
  for (const line of lines) {
    const t = line.trimmed;
    const next = t[0] === '#' ? INSTALLER.exec(t) : null;
    if (next) {
      installed();
      [installer, from] = [next, line];
    } else if (STOPS.test(t)) installer = null;
    if (t.includes('/linux/static/')) for (const m of t.matchAll(TARBALL)) report(m[2]!, !!m[1], line, sink);
  }
  installed();
};
