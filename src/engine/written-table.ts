/**
 * A Markdown table of two columns written by hand ("| Setting | Value |", "| item | value |", "| 组件 | 版本 |"): its header, and each row as
 * the field its first cell names, in the words a list written by hand uses.
 */

export const TABLE_ROW = /^\|([^|]+)\|([^|]+)\|$/;
const TABLE_RULE = /^\|(?: *:?-{3,}:? *\|){2}$/;
// A header that makes its values something other than what runs: a requirement, an expectation, a default, another time.
const ELSEWHERE = /\b(?:expected|required|min(?:imum)?|recommended|fixed|latest|target|default|before|after|old|new)\b|\u8981\u6c42|\u671f\u671b/i;

/** Whether a line is a two-column table's header (the rule under it next) whose words leave its values the reader's. */
export const tableHeader = (line: string, next: string): boolean => TABLE_ROW.test(line) && TABLE_RULE.test(next) && !ELSEWHERE.test(line);

// Docker's daemon or client by its other names, with "version" or not.
const ENGINE = /^(?:docker )?(?:engine|server|daemon)(?: version)?$/i;
const CLIENT = /^(?:docker )?(?:client|cli)(?: version)?$/i;
// "Rootless | yes" (无根 in Chinese): the row that says whether the daemon is rootless, yes or no.
const ROOTLESS = /^(?:rootless(?: mode)?|\u65e0\u6839)$/i;
const YES = /^(?:yes|true|\u662f)$/i;
const NO = /^(?:no|false|\u5426)$/i;

/**
 * A row as the field its first cell names, in a list's words ("docker engine: 27.5.1"; other names as written), or whether the daemon
 * is rootless where the row says so; null for a rootless row that says neither yes nor no.
 */
export function tableRow(name: string, value: string): string | boolean | null {
  if (ROOTLESS.test(name)) return YES.test(value) ? true : NO.test(value) ? false : null;
  return `${ENGINE.test(name) ? 'docker engine' : CLIENT.test(name) ? 'docker client' : name}: ${value}`;
}
