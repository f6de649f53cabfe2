import 'server-only';

/**
 * At most `limit` exports render at once; the rest wait their turn in order. Each job
 * gets a deadline, after which it is told to stop (its page is closed) and fails.
 */

export class ExportTimeoutError extends Error {
  constructor(ms: number) {
    super(`The export took longer than ${Math.round(ms / 1000)} s and was stopped. Try a smaller page count (fewer tiles) or try again.`);
  }
}

export class ExportQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly limit: number,
    readonly timeoutMs: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `job` when a slot is free. The job receives an AbortSignal that fires at the
   * deadline (counted from when the job starts, not from when it was queued).
   */
  async run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new ExportTimeoutError(this.timeoutMs);
        controller.abort(error);
        reject(error);
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([job(controller.signal), deadline]);
    } finally {
      clearTimeout(timer);
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

const EXPORT_TIMEOUT_MS = Number(process.env.EXPORT_TIMEOUT_MS ?? 60_000);

const globalForQueue = globalThis as unknown as { __loopmapExportQueue?: ExportQueue };

/** The process-wide export queue: two exports at a time. */
export function exportQueue(): ExportQueue {
  return (globalForQueue.__loopmapExportQueue ??= new ExportQueue(2, EXPORT_TIMEOUT_MS));
}
