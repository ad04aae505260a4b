/** The signals that end netcheck from the terminal or another process, caught for as long as a command out of their reach may run. */

// Ctrl-C, Ctrl-\, kill and a closed terminal.
const endingSignals = ['SIGINT', 'SIGQUIT', 'SIGTERM', 'SIGHUP'] as const;

/** Until the returned function is called, a signal that would end netcheck first calls stop, then ends netcheck by that signal as before. */
export function onEndingSignal(stop: () => void): () => void {
  const ended = (signal: NodeJS.Signals): void => {
    stop();
    release();
    // With no listener left, the signal's default action ends netcheck, so its parent sees it end by that signal.
    process.kill(process.pid, signal);
  };
  const release = (): void => {
    for (const s of endingSignals) process.off(s, ended);
  };
  for (const s of endingSignals) process.on(s, ended);
  return release;
}
