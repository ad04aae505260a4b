import { Checker, type CheckerProps } from './Checker.tsx';
import { zhCn } from './island-strings-zh-cn.ts';

/** The engine with the Chinese catalogue, a chunk of its own. */
const load = () => import('./engine-zh-cn.ts').then((chunk) => chunk.engine);

/** The checker island in Simplified Chinese: it loads the Chinese strings, and the Chinese catalogue once the reader starts; no other language's. */
export default function CheckerZhCn(props: CheckerProps) {
  return <Checker {...props} load={load} s={{ ...zhCn, ...props.words }} />;
}
