// What must happen if the user presses Ctrl-C mid-command: the browser killed, the half-built
// folder removed. A signal handler is installed only while something is registered, so commands
// that wait for Ctrl-C themselves (dev, serve) keep the default behaviour otherwise.
const handlers = new Set<() => void>();

function onSignal(signal: NodeJS.Signals): void {
  for (const handler of [...handlers].reverse()) {
    try {
      handler();
    } catch {
      // exiting anyway: the rest must still run
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Runs `cleanup` (synchronous) if the process is interrupted; call the result once it is done. */
export function atInterrupt(cleanup: () => void): () => void {
  if (handlers.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  handlers.add(cleanup);
  return () => {
    if (!handlers.delete(cleanup) || handlers.size > 0) return;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
