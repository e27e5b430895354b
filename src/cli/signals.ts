/**
 * How every long-running command stops: SIGINT/SIGTERM call `stop` once, so the command can finish
 * what is in flight and write it whole; a second signal ends the process at once. Returns a
 * function that removes the handlers.
 */
export function onStopSignals(stop: (sig: NodeJS.Signals) => void): () => void {
  let stopping = false;
  const handler = (sig: NodeJS.Signals) => {
    if (stopping) process.exit(stopExitCode(sig));
    stopping = true;
    stop(sig);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** The shell's exit code for a run ended by a signal: 128 + its number. */
export function stopExitCode(sig: unknown): number {
  return sig === 'SIGINT' ? 130 : 143;
}

/** After a run a signal may have stopped (`ac` was aborted with the signal): its exit code, if so. */
export function setExitCodeIfStopped(ac: AbortController): boolean {
  if (!ac.signal.aborted) return false;
  process.exitCode = stopExitCode(ac.signal.reason);
  return true;
}
