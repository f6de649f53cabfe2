/** How long each phase of an import took, in milliseconds (printed by the benchmark). */
export interface ImportPhases {
  /** Reading, parsing and storing the file into the new history (two threads at once for large files). */
  read: number;
  /** Time the storing thread spent storing orders while reading (the rest it waited for the reader). */
  store: number;
  /** Ending the reading: undated orders dropped, customers recounted when orders moved. */
  finish: number;
  /** The customer timeline and the customers with their figures, derived in the new history. */
  timeline: number;
  /** Making the new history durable, and the one transaction that makes it the store's. */
  publish: number;
}

/** Measures consecutive phases: each `end` closes the phase running since the previous one. */
export class PhaseClock {
  private last = performance.now();
  readonly phases: ImportPhases = { read: 0, store: 0, finish: 0, timeline: 0, publish: 0 };

  end(phase: Exclude<keyof ImportPhases, 'store'>): void {
    const now = performance.now();
    this.phases[phase] = now - this.last;
    this.last = now;
  }

  /** Runs `work`, adding its duration to the `store` figure. */
  storing<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.phases.store += performance.now() - started;
    }
  }
}
