import type { CheckerStrings } from './strings.ts';

interface Props {
  lines: number[];
  /** `from`: the button, where Escape in the textarea goes back to. */
  onShow: (line: number, from: HTMLElement) => void;
  s: CheckerStrings;
}

/** One button per paste line, in the paste's order; activating one selects that line in the textarea. */
export function LineButtons({ lines, onShow, s }: Props) {
  return (
    <>
      {[...lines].sort((a, b) => a - b).map((line) => (
        <button type="button" class="chk-line" aria-label={s.showLineLabel(line)} onClick={(event) => onShow(line, event.currentTarget)}>
          {s.showLine(line)}
        </button>
      ))}
    </>
  );
}
