import { en } from '../../engine/messages/en.ts';
import { Checker, type CheckerProps } from './Checker.tsx';
import { en as strings } from './strings-en.ts';

/** The checker island in English: it loads the English catalogue and strings, and no other language's. */
export default function CheckerEn(props: CheckerProps) {
  return <Checker {...props} messages={en} s={strings} />;
}
