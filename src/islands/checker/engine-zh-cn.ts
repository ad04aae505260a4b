/** The engine in Simplified Chinese, with its catalogue: the chunk the Chinese island imports once the reader starts. */
import { zhCn } from '../../engine/messages/zh-cn.ts';
import { engineIn } from './engine.ts';

export const engine = engineIn(zhCn);
