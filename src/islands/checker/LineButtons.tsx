import type { Spot } from './spots.ts';
import type { CheckerStrings } from './strings.ts';

interface Props {
  /** In the paste's order (spotsOf). */
  spots: Spot[];
  /** `from`: the button, where Escape in the textarea goes back to. */
  onShow: (spot: Spot, from: HTMLElement) => void;
  s: CheckerStrings;
}

/** One button per paste line; activating one selects in the textarea what decided there, or the whole line. */
export function LineButtons({ spots, onShow, s }: Props) {
  return (
    <>
      {spots.map((spot) => (
        <button type="button" class="chk-line chk-spot" aria-label={s.showLineLabel(spot.line)} onClick={(event) => onShow(spot, event.currentTarget)}>
          {s.showLine(spot.line)}
        </button>
      ))}
    </>
  );
}
