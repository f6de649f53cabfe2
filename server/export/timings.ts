/**
 * Where an export's time goes, phase by phase, sent back as a `Server-Timing` header so
 * the benchmark (and anyone with the browser's network panel) can see it without logs.
 */
export class ExportTimings {
  private readonly phases: Array<{ name: string; ms: number }> = [];
  private last: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.last = now();
  }

  /** Ends the current phase as `name` (the time since the previous lap or the start). */
  lap(name: string): void {
    const at = this.now();
    this.add(name, at - this.last);
    this.last = at;
  }

  /** Records a phase measured elsewhere (e.g. inside the page); does not move the clock. */
  add(name: string, ms: number): void {
    if (Number.isFinite(ms) && ms >= 0) this.phases.push({ name, ms });
  }

  get entries(): ReadonlyArray<{ name: string; ms: number }> {
    return this.phases;
  }

  /** `queue;dur=0.1, browser;dur=1.2, …` (RFC: Server-Timing metric names are tokens). */
  toHeader(): string {
    return this.phases.map(({ name, ms }) => `${name.replace(/[^\w-]/g, '-')};dur=${ms.toFixed(1)}`).join(', ');
  }
}

/** Reads a Server-Timing header back into name → ms (for the benchmark). */
export function parseServerTiming(header: string | null): Array<{ name: string; ms: number }> {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [name, ...params] = part.trim().split(';');
      const dur = params.map((p) => p.trim()).find((p) => p.startsWith('dur='));
      return { name, ms: dur ? Number(dur.slice(4)) : NaN };
    })
    .filter((p) => p.name && Number.isFinite(p.ms));
}
