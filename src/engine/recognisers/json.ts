/**
 * JSON output: `docker info --format json`, `docker version --format json` (Server.Components[]; both also nested in a log record),
 * RootlessKit's API (`GET /v1/info`, `rootlessctl info --json`), `podman info --format json` (also nested, as in `ramalama info`),
 * Ansible's package_facts.
 */
import type { Line } from '../clean.ts';
import { packageRoles } from '../data/core/diagnostics.ts';
import { rank, type Sink } from '../facts.ts';
import { dockerRoot, type JsonScan } from '../json-scan.ts';
import { hasRootless, podmanAnswered, reportDataRoot, reportOperatingSystem } from './docker-info.ts';
import { componentFact, packagerCommit, reportRootful, serverPlatform } from './docker-version.ts';
import { meant, packages, report } from './packages.ts';
import { reportPastaVersion } from './pasta-version.ts';
import { versions } from './versions.ts';

// A key only podman info has, at the top or under another tool's key.
const PODMAN_MARK = /(?:^|\.)host\.(?:buildahVersion|pasta\.executable)$/;
// One of docker version's components cut out alone (jq '.Server.Components[] | select(.Name=="rootlesskit")'): its name and version
// at the top, with what only that component's details hold (RootlessKit's drivers, the engine's API version).
const ONE_COMPONENT: ReadonlyMap<string, readonly string[]> = new Map([
  ['rootlesskit', ['Details.NetworkDriver', 'Details.PortDriver']],
  ['Engine', ['Details.ApiVersion']],
]);
// podman info's pasta alone (jq .host.pasta): the binary's path, and its package or version naming it.
const PASTA_BINARY = /(?:^|\/)pasta(?:\.avx2)?$/;
const PASTA_OWN = /^(?:passt|pasta)\b/;

/**
 * Reads what a (possibly truncated) JSON document says; paths not present are simply skipped. One component alone is read only where
 * the paste shows it is Docker's (`dockerComponent`: lone-component.ts).
 */
export function jsonFacts(scan: JsonScan, sink: Sink, dockerComponent: boolean): void {
  // docker version's or docker info's JSON nested in a log record (its field, or its string: json-scan.ts) is read as the document.
  const prefix = dockerRoot(scan) ?? '';
  // A non-empty string at `path`, with an evidence line quoting it.
  const at = (path: string): { value: string; line: Line } | null => {
    const v = scan.values.get(prefix + path);
    if (!v || typeof v.value !== 'string' || !v.value) return null;
    const key = path.slice(path.lastIndexOf('.') + 1);
    const text = `"${key}": ${JSON.stringify(v.value)}`;
    return { value: v.value, line: { n: v.line.n, text, trimmed: text, cut: false } };
  };
  // The strings of an array, at a path that is empty or ends with a dot.
  const list = (path: string): string[] => {
    const out: string[] = [];
    for (let item = at(`${path}0`), i = 1; item; item = at(`${path}${i++}`)) out.push(item.value);
    return out;
  };

  // docker info, unless Podman answered it
  const license = at('ProductLicense');
  if (license && podmanAnswered(license.value, at('ServerVersion')?.value)) return sink.signal('podman-info', license.line);
  const server = at('ServerVersion');
  if (server) sink.fact('dockerServerVersion', server.value, rank.running, server.line);
  // docker info's, or the list alone (jq .SecurityOptions; an array only read as JSON when its first is an option: sections.ts).
  const optionsAt = at('SecurityOptions.0') ? 'SecurityOptions.' : '';
  const options = list(optionsAt);
  const first = at(`${optionsAt}0`);
  if (first && (scan.closed.has(prefix + optionsAt.slice(0, -1)) || hasRootless(options))) sink.fact('rootless', hasRootless(options), rank.running, first.line);
  // The same hint as the text form's Docker Root Dir.
  const root = at('DockerRootDir');
  if (root) reportDataRoot(root.value, root.line, sink);
  const os = at('OperatingSystem');
  if (os) reportOperatingSystem(os.value, os.line, sink);
  const client = at('ClientInfo.Version') ?? at('Client.Version');
  if (client) sink.fact('dockerClientVersion', client.value, rank.binary, client.line);
  // Ansible's package_facts: each package an object with its name, version (rpm's release apart) and the manager that lists it ("source"),
  // at any depth (after "app-03 | SUCCESS => {" each object is read as JSON of its own); apt's "docker" is not Docker (meant).
  for (const path of scan.values.keys()) {
    if (!path.endsWith('source') || !(path.length === 6 || path.at(-7) === '.')) continue;
    const item = path.slice(0, -6);
    const [name, version, release, source] = ['name', 'version', 'release', 'source'].map((key) => at(item + key));
    if (name && version && Object.hasOwn(packageRoles, name.value) && meant(name.value, source?.value)) report(name.value, release ? `${version.value}-${release.value}` : version.value, version.line, sink);
  }

  // docker version (`Server.Components`), the Engine API's /version (`Components` at the top), or the components alone
  // ({{json .Server.Components}}, an array only read as JSON when its first is the engine: sections.ts).
  let engine: { value: string; line: Line } | null = null;
  let rootlesskit = false;
  const comps = ['Server.Components.', 'Components.', ''].find((path) => at(`${path}0.Name`));
  // Each component's path before its keys ("Server.Components.4"), or the top for one alone.
  const each: string[] = [];
  if (comps !== undefined) for (let i = 0; at(`${comps}${i}.Name`); i++) each.push(`${comps}${i}`);
  else if (dockerComponent && at('Version') && ONE_COMPONENT.get(at('Name')?.value ?? '')?.some((key) => at(key))) each.push('');
  for (const c of each) {
    const of = (key: string): string => (c ? `${c}.${key}` : key);
    const name = at(of('Name'))!;
    if (name.value === 'Engine') engine = at(of('Version')) ?? engine;
    const commit = name.value === 'Engine' ? at(of('Details.GitCommit')) : undefined;
    if (commit && packagerCommit(commit.value)) sink.fact('dockerPackaging', 'distribution', rank.hint, commit.line);
    // Podman's API answers with its own engine as the component (pkg/api/handlers/compat/version.go).
    if (name.value === 'Podman Engine') {
      sink.signal('podman-info', name.line);
      sink.signal('podman-answered', name.line);
    }
    if (name.value === 'rootlesskit') {
      rootlesskit = true;
      sink.fact('rootless', true, rank.running, name.line);
    }
    for (const key of ['Version', 'Details.NetworkDriver', 'Details.PortDriver']) {
      const v = at(of(key));
      if (v) componentFact(`${name.value}.${key.replace('Details.', '')}`, v.value, v.line, sink);
    }
    const net = name.value === 'rootlesskit' ? at(of('Details.NetworkDriver')) : undefined;
    if (net?.value === 'pasta' && at(of('Details.StateDir')) && !at(of('Details.PortDriver'))) sink.omitsPortDriver?.(net.line);
  }
  const platform = at('Server.Platform.Name');
  if (platform) serverPlatform(platform.value, platform.line, sink);
  // Only a whole list shows that no rootlesskit component is in it.
  if (engine) reportRootful(engine.value, rootlesskit, comps !== undefined && scan.closed.has(prefix + comps.slice(0, -1)), engine.line, sink);

  // RootlessKit's own API (GET /v1/info, rootlessctl info --json) says what docker version's rootlesskit component says.
  const stateDir = at('stateDir');
  if (stateDir && at('apiVersion')) {
    sink.fact('rootless', true, rank.running, stateDir.line);
    for (const [key, path] of [['Version', 'version'], ['NetworkDriver', 'networkDriver.driver'], ['PortDriver', 'portDriver.driver']] as const) {
      const v = at(path);
      if (v) componentFact(`rootlesskit.${key}`, v.value, v.line, sink);
    }
  }

  // podman info: the installed pasta and slirp4netns, with their packages; other tools nest it (ramalama info: Engine.Info).
  // Its pasta alone (jq .host.pasta) has its keys at the top.
  const alone = lonePasta(at);
  const mark = alone ? 'executable' : [...scan.values.keys()].find((path) => PODMAN_MARK.test(path) && at(path));
  if (mark === undefined) return;
  const base = alone ? '' : mark.slice(0, mark.lastIndexOf('host.'));
  const pastaAt = alone ? '' : `${base}host.pasta.`;
  sink.signal('podman-info', at(mark)!.line);
  const podmanVersion = at(`${base}version.Version`);
  if (podmanVersion) sink.fact('podmanVersion', podmanVersion.value, rank.running, podmanVersion.line);
  const pasta = at(`${pastaAt}version`);
  if (pasta) reportPastaVersion(pasta.value.split('\n')[0]!.replace(/^pasta\s*/, ''), rank.binary, pasta.line, sink);
  const lines = [`${pastaAt}package`, `${base}host.slirp4netns.package`, `${base}host.slirp4netns.version`]
    .map((path) => at(path))
    .filter((v) => v !== null)
    .map((v) => {
      const text = v.value.split('\n')[0]!.trim();
      return { ...v.line, text, trimmed: text };
    });
  packages(lines, sink);
  versions(lines, sink);
}

/** Whether a document is podman info's pasta alone: pasta's binary, with a package or version that names passt or pasta. */
function lonePasta(at: (path: string) => { value: string } | null): boolean {
  const own = (path: string): boolean => PASTA_OWN.test(at(path)?.value ?? '');
  return PASTA_BINARY.test(at('executable')?.value ?? '') && (own('package') || own('version'));
}
