import type { CheckerStrings } from './strings.ts';

interface Props {
  lines: number[];
  onShow: (line: number) => void;
  s: CheckerStrings;
}

/** One button per paste line; activating one selects that line in the textarea. */
export function LineButtons({ lines, onShow, s }: Props) {
  return (
    <>
      {lines.map((line) => (
        <button type="button" class="chk-line" aria-label={s.showLineLabel(line)} onClick={() => onShow(line)}>
          {s.showLine(line)}
        </button>
      ))}
    </>
  );
}
