/** A run of text, or of code where the source wrapped it in backticks. */
export interface Segment {
  text: string;
  code: boolean;
}

/** Splits "use `pasta` here" into text and code segments, so data strings can mark code without carrying HTML. */
export function segments(text: string): Segment[] {
  return text
    .split('`')
    .map((part, index) => ({ text: part, code: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}
