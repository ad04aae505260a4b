/** The engine in English, with its catalogue: the chunk the English island imports once the reader starts. */
import { en } from '../../engine/messages/en.ts';
import { engineIn } from './engine.ts';

export const engine = engineIn(en);
