/** A progress reading: how much was done at a moment (ms since epoch). */
export interface ProgressSample {
  at: number;
  done: number;
}

/** Readings older than this are forgotten, so the estimate follows the current speed. */
const WINDOW_MS = 15_000;

/** Adds a reading and drops those that fell out of the window (keeping at least two). */
export function addSample(samples: readonly ProgressSample[], sample: ProgressSample): ProgressSample[] {
  const next = [...samples, sample];
  while (next.length > 2 && sample.at - next[0].at > WINDOW_MS) next.shift();
  return next;
}

/**
 * Seconds left at the recent speed, or null while there is not enough to tell (fewer
 * than two readings, under a second apart, or no progress between them).
 */
export function secondsLeft(samples: readonly ProgressSample[], total: number): number | null {
  if (samples.length < 2) return null;
  const first = samples[0];
  const last = samples[samples.length - 1];
  const elapsed = last.at - first.at;
  const progressed = last.done - first.done;
  if (elapsed < 1000 || progressed <= 0) return null;
  const rate = progressed / elapsed; // per ms
  return Math.max(0, (total - last.done) / rate / 1000);
}
