/** Delays a call until input has paused, so analysis does not run on every keystroke. */

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

/** `fn` called `ms` (or `ms` of that call's arguments) after the last call, with that call's arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number | ((...args: A) => number)): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = (...args: A): void => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), typeof ms === 'number' ? ms : ms(...args));
  };
  return Object.assign(call, { cancel: () => clearTimeout(timer) });
}
