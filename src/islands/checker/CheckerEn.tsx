import { Checker, type CheckerProps } from './Checker.tsx';
import { en } from './island-strings-en.ts';

/** The engine with the English catalogue, a chunk of its own. */
const load = () => import('./engine-en.ts').then((chunk) => chunk.engine);

/** The checker island in English: it loads the English strings, and the English catalogue once the reader starts; no other language's. */
export default function CheckerEn(props: CheckerProps) {
  return <Checker {...props} load={load} s={{ ...en, ...props.words }} />;
}
