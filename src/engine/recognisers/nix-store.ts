/** Nix store paths, which name the package and the version they hold (a store path never changes once built). */

// "/nix/store/<hash>-rootlesskit-2.3.6/bin/rootlesskit", Docker's "/nix/store/<hash>-docker-27.3.1/libexec/docker/dockerd-rootless.sh"
// (Nix's own build, a distribution's), "/nix/store/<hash>-passt-2025_05_12.8ec1341/bin/pasta".
export const NIX_STORE = /\/nix\/store\/\w{32}-(rootlesskit|slirp4netns|passt|docker)-(\d[^/\s]*)/g;
const STORE_PROGRAM = new RegExp(`^${NIX_STORE.source}/`);

/** The package and version of the store path a program runs from ("/nix/store/<hash>-rootlesskit-2.3.1/bin/rootlesskit"), else null. */
export function storePackage(program: string): [string, string] | null {
  const m = program.startsWith('/nix/store/') ? STORE_PROGRAM.exec(program) : null;
  return m ? [m[1]!, m[2]!] : null;
}
