/** The engine in Simplified Chinese, with its catalogue and the words of a result: the chunk the Chinese island imports once the reader starts. */
import { zhCn } from '../../engine/messages/zh-cn.ts';
import { engineIn } from './engine.ts';
import { zhCn as words } from './result-strings-zh-cn.ts';

export const engine = engineIn(zhCn, words);
