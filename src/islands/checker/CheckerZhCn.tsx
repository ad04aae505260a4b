import { zhCn } from '../../engine/messages/zh-cn.ts';
import { Checker, type CheckerProps } from './Checker.tsx';
import { zhCn as strings } from './strings-zh-cn.ts';

/** The checker island in Simplified Chinese: it loads the Chinese catalogue and strings, and no other language's. */
export default function CheckerZhCn(props: CheckerProps) {
  return <Checker {...props} messages={zhCn} s={strings} />;
}
