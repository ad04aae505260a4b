/** Which of a reader's lines may have one of its words: core.ts finds them for every reader in one search of each line. */

/** Whether line `i` of those a reader is given may have one of its words; where it has none, the reader's own tests find nothing. */
export type Worded = (i: number) => boolean;

/** Every line may: the reader's own tests decide (a reader called alone, with no search made for it). */
export const everyLine: Worded = () => true;
