import 'server-only';
import v8 from 'node:v8';

/**
 * The young generation of each of an import's threads, in MB (their resourceLimits): it
 * holds the records of several 64 KB chunks, so they die in scavenges rather than being
 * promoted, and no more, as what it holds is resident memory.
 */
export const IMPORT_YOUNG_GENERATION_MB = 16;

let applied = false;

/**
 * Makes the young-generation collections of the import threads steady. V8's flags are
 * process-wide; heaps made before (the server's main thread) keep their settings, and
 * the server makes no other threads.
 *
 * Parsing a CSV makes millions of short-lived strings, and the parse is fast only while
 * they die in scavenges. Two settings, each measured on the benchmark's parse-only run:
 * - Semi-spaces at their full size from the start (half the young generation each). Left
 *   to grow from V8's small default, 3 of 14 runs of the same 250k-row parse fell into a
 *   mode where scavenges promoted what was still in use and full collections took over:
 *   2.0–2.5 s and 262 MB instead of 0.9 s and 145 MB. At full size from the start, none of
 *   36 runs did (a start of 4 or 6 MB made it worse: 5 of 8 runs, and 10 of 10).
 * - Scavenges on the collecting thread alone: with V8's parallel scavenger on this 2-core
 *   machine, about half the runs of a 1M-row parse fell into the same mode (7–9 s, 250 MB).
 * Both flags are read when a heap is made or at each scavenge, so setting them while the
 * process runs is safe.
 */
export function steadyYoungGenerations(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString('--no-parallel-scavenge');
  v8.setFlagsFromString(`--min-semi-space-size=${IMPORT_YOUNG_GENERATION_MB / 2}`);
}
