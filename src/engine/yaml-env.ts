/**
 * A container's environment as a Compose file (environment: as a map) or a Kubernetes manifest (env: as name, then value) sets one of
 * dockerd-rootless.sh's settings: each entry read as NAME=value. (Compose's list, "- NAME=value", is one already.)
 */
import { rootlessSettings } from './data/core/docker.ts';

const NAME = String.raw`["']?(${rootlessSettings.prefix}\w+)["']?`;
// Compose's map entry: NAME: value.
const MAP_ENTRY = new RegExp(String.raw`^${NAME}: +(\S.*)$`);
// A Kubernetes container's env item: "- name: NAME", its value on the next line ("value: v").
const ITEM_NAME = new RegExp(String.raw`^- +name: +${NAME}$`);
const ITEM_VALUE = /^value: +(\S.*)$/;

/** The setting a Kubernetes env item names on line `t` (its value on the next line), or null. */
export const itemName = (t: string): string | null => ITEM_NAME.exec(t)?.[1] ?? null;

/** A YAML value as a shell word's: quoted as written, or quoted where it holds blanks. */
const word = (v: string): string => (/^["']/.test(v) || !/\s/.test(v) ? v : `"${v}"`);

/** Line `t` as NAME=value where it is a Compose map's entry of a setting, or the value of the Kubernetes item that `named` (the line before) names; else null. */
export const yamlAsPairs = (t: string, named: string | null): string | null => {
  const entry = MAP_ENTRY.exec(t);
  if (entry) return `${entry[1]}=${word(entry[2]!)}`;
  const value = named === null ? null : ITEM_VALUE.exec(t);
  return value ? `${named}=${word(value[1]!)}` : null;
};

/**
 * How a file's environment writes its entries: Compose's list (- NAME=value) or map (NAME: value), a Kubernetes container's env items, a
 * GitLab CI service's variables: (a map, as Compose's).
 */
export type EnvironmentForm = 'compose-list' | 'compose-map' | 'k8s-env' | 'gitlab-variables';

/** Whether `place` (where a daemon's settings are) is a Compose, Kubernetes or GitLab CI file's environment. */
export const isEnvironment = (place: unknown): place is EnvironmentForm => place === 'compose-list' || place === 'compose-map' || place === 'k8s-env' || place === 'gitlab-variables';

/** The form of the environment entry on line `t`, which sets a setting. */
export const formOf = (t: string): EnvironmentForm => (ITEM_VALUE.test(t) ? 'k8s-env' : MAP_ENTRY.test(t) ? 'compose-map' : 'compose-list');

/** Settings (NAME=value without the prefix) as entries of an environment of form `form`; values quoted, as Kubernetes takes only strings. */
export const entries = (form: EnvironmentForm, settings: readonly string[]): string =>
  settings
    .map((s) => {
      const [name, value] = [`${rootlessSettings.prefix}${s.slice(0, s.indexOf('='))}`, JSON.stringify(s.slice(s.indexOf('=') + 1))];
      return form === 'k8s-env' ? `- name: ${name}\n  value: ${value}` : form === 'compose-map' || form === 'gitlab-variables' ? `${name}: ${value}` : `- ${name}=${s.slice(s.indexOf('=') + 1)}`;
    })
    .join('\n');
