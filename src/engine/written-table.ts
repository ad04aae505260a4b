/**
 * A Markdown table of two columns written by hand ("| Setting | Value |", "| item | value |", "| 组件 | 版本 |"): its header, and each row as
 * the field its first cell names, in the words a list written by hand uses.
 */

export const TABLE_ROW = /^\|([^|]+)\|([^|]+)\|$/;
const TABLE_RULE = /^\|(?: *:?-{3,}:? *\|){2}$/;
// The header's first cell: a neutral name for what each row names ("Component", "Setting", "item", "组件", "Komponente"). Any other
// word ("Requirement", "Release") may make the rows another list's, so the table gives nothing.
const NAME_HEADER = /^(?:components?|settings?|items?|names?|keys?|tools?|software|fields?|properties|property|\u7ec4\u4ef6|\u9879\u76ee|\u540d\u79f0|\u8f6f\u4ef6|komponente|einstellung|composant|param\u00e8tre)$/i;
// The reader's own word before or after the value's ("My version", "Installed", "当前版本"): a setup's, where a requirement's or a fix's
// word ("Minimum", "Needed", "Supported", "修复版本", "Mindestversion") is a threshold the checker would take for the setup. The Chinese words
// are escaped in the patterns, so that English pages load no Chinese.
const OWN = '(?:my|mine|current(?:ly)?|installed|actual|running|here|\\u6211\\u7684|\\u5f53\\u524d|\\u672c\\u673a|\\u5df2\\u5b89\\u88c5|\\u5b9e\\u9645)';
const VALUE = '(?:version|value|\\u7248\\u672c|\\u503c|wert|valeur)';
// The header's second cell: a neutral word for a value, the reader's own word with or without it ("Installed version", "Mine").
const VALUE_HEADER = new RegExp(`^(?:${OWN} ?)?${VALUE}$|^${OWN}(?: ?${VALUE})?$|^${VALUE} ?\\(?${OWN}\\)?$`, 'i');

/** Whether a line is a two-column table's header (the rule under it next) whose words say its values are the reader's setup. */
export function tableHeader(line: string, next: string): boolean {
  const cells = TABLE_ROW.exec(line);
  return !!cells && TABLE_RULE.test(next) && NAME_HEADER.test(cells[1]!.trim()) && VALUE_HEADER.test(cells[2]!.trim());
}

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
