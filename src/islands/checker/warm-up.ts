/** Runs the engine once over sample pastes while the page is idle, so that the reader's first paste runs warm code. */

/**
 * Analyses each of `texts` with `analyse`, dropping the result, one per idle period: V8 compiles a regular expression and optimises a
 * function only once it runs, which made a first paste several times slower than the next. Calls `done` after the last; returns what
 * stops the rest.
 */
export function warmUp(analyse: (text: string) => unknown, texts: readonly string[], done: () => void): () => void {
  // Safari has no requestIdleCallback: a timer leaves the page's own work first.
  const idle = (run: () => void): unknown => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 50));
  let stopped = false;
  const next = (i: number): void => {
    if (i === texts.length) done();
    else
      idle(() => {
        if (stopped) return;
        // The engine never throws; were it to, the next samples and `done` still come.
        try {
          analyse(texts[i]!);
        } finally {
          next(i + 1);
        }
      });
  };
  next(0);
  return () => {
    stopped = true;
  };
}
