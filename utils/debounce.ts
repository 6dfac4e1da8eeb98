/**
 * Runs `run` once things have been quiet for `waitMs`, but never later than `maxWaitMs` after the first change
 * it has not run for yet: typing without pause still saves at least that often. Timers are passed in so that
 * tests can drive them.
 */
export interface Debouncer {
  /** Something changed: run soon. */
  schedule(): void;
  /** Run now if anything is waiting (the tab is being hidden or closed). */
  flush(): void;
  /** Forget what is waiting (it was saved another way). */
  cancel(): void;
  readonly pending: boolean;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createDebouncer(run: () => void, waitMs: number, maxWaitMs: number, timers: Timers = globalTimers): Debouncer {
  let quiet: unknown;
  let deadline: unknown;
  let pending = false;

  const clear = () => {
    timers.clearTimeout(quiet);
    timers.clearTimeout(deadline);
    quiet = deadline = undefined;
    pending = false;
  };
  const fire = () => {
    clear();
    run();
  };

  return {
    schedule() {
      timers.clearTimeout(quiet);
      quiet = timers.setTimeout(fire, waitMs);
      if (!pending) deadline = timers.setTimeout(fire, maxWaitMs);
      pending = true;
    },
    flush() {
      if (pending) fire();
    },
    cancel: clear,
    get pending() {
      return pending;
    },
  };
}
