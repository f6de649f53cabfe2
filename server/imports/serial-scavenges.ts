import 'server-only';
import v8 from 'node:v8';

let applied = false;

/**
 * Makes V8 collect young objects on the collecting thread alone, for the whole process.
 *
 * Parsing a CSV makes millions of short-lived strings. With V8's parallel scavenger, on
 * this 2-core machine, about half the runs of the same 1M-row parse fell into a mode where
 * the young generation stayed small, early scavenges promoted what was still in use, and
 * full collections then took over: 7–9 s and 250 MB, where every one of eleven runs with
 * serial scavenges took 3.6–5.7 s and 143 MB (`npm run bench:import`'s parse-only run,
 * which sets the flag too). The flag is read
 * at each scavenge, so setting it while the process runs is safe; the server's own young
 * collections are a few milliseconds either way.
 */
export function scavengeOnOneThread(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString('--no-parallel-scavenge');
}
