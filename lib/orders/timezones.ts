/**
 * Wall-clock times without an offset, read in an IANA time zone through Intl. Offsets
 * are cached per zone and hour so a million rows cost a few thousand Intl calls.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let result = formatters.get(zone);
  if (!result) {
    result = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, result);
  }
  return result;
}

/** The zone's offset from UTC at the instant `utcMs`, in milliseconds. */
function offsetAt(zone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const offsetCache = new Map<string, Map<number, number>>();

function cachedOffset(zone: string, utcMs: number): number {
  let byHour = offsetCache.get(zone);
  if (!byHour) {
    byHour = new Map();
    offsetCache.set(zone, byHour);
  }
  const hour = Math.floor(utcMs / 3_600_000);
  let offset = byHour.get(hour);
  if (offset === undefined) {
    offset = offsetAt(zone, hour * 3_600_000);
    if (byHour.size > 200_000) byHour.clear();
    byHour.set(hour, offset);
  }
  return offset;
}

/**
 * The UTC instant of a wall-clock time in `zone`. In a DST gap the time is read with the
 * offset before the change; in an overlap the earlier instant is chosen.
 */
export function zonedWallTimeToUtc(wallAsUtcMs: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return wallAsUtcMs;
  const first = cachedOffset(zone, wallAsUtcMs);
  const guess = wallAsUtcMs - first;
  const second = cachedOffset(zone, guess);
  if (second === first) return guess;
  const other = wallAsUtcMs - second;
  return cachedOffset(zone, other) === second ? Math.min(guess, other) : guess;
}

/** The zone's offset from UTC at `utcMs`, in milliseconds (cached per hour). */
export function offsetAtUtc(zone: string, utcMs: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  return cachedOffset(zone, utcMs);
}
