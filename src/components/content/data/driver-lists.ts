/** Driver names as the data tables write them: as code, in the engine's lists. */
import { networkDrivers } from '../../../engine/data/index.ts';

/** Names as code, joined the way a language lists them ("`a`, `b`", "`a`、`b`"). */
export const codeList = (names: readonly string[], separator: string): string => names.map((name) => `\`${name}\``).join(separator);

/** Every network driver RootlessKit knows but pasta: none of them is affected. */
export const otherNetworkDrivers = networkDrivers.filter((driver) => driver !== 'pasta');
