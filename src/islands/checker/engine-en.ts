/** The engine in English, with its catalogue and the words of a result: the chunk the English island imports once the reader starts. */
import { en } from '../../engine/messages/en.ts';
import { engineIn } from './engine.ts';
import { en as words } from './result-strings-en.ts';

export const engine = engineIn(en, words);
