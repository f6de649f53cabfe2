/** How long each phase of an import took, in milliseconds (printed by the benchmark). */
export interface ImportPhases {
  /** Reading, parsing and staging the file (two threads at once for large files). */
  read: number;
  /** Time the storing thread spent storing orders while reading (the rest it waited for the reader). */
  store: number;
  /** Ending the staging file: undated orders, customers recounted. */
  finish: number;
  /** Timelines and per-customer figures, computed in the staging file. */
  prepare: number;
  /** The one write transaction into the store. */
  commit: number;
}

/** Measures consecutive phases: each `end` closes the phase running since the previous one. */
export class PhaseClock {
  private last = performance.now();
  readonly phases: ImportPhases = { read: 0, store: 0, finish: 0, prepare: 0, commit: 0 };

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
