/**
 * "Last edited" times for people: "just now", "5 minutes ago", "yesterday", "3 days ago",
 * and a calendar date once it is more than a week old. Dates are shown in UTC so the
 * server render and the browser agree.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const sameYearDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

export function formatRelativeTime(date: Date | string | number, now: Date | number = Date.now()): string {
  const then = new Date(date).getTime();
  const current = new Date(now).getTime();
  if (!Number.isFinite(then)) return '—';
  // A clock a little ahead of ours should not read "in 3 seconds".
  const elapsed = Math.max(0, current - then);
  if (elapsed < 45_000) return 'just now';
  if (elapsed < HOUR) return plural(Math.max(1, Math.round(elapsed / MINUTE)), 'minute');
  if (elapsed < DAY) return plural(Math.floor(elapsed / HOUR), 'hour');
  const days = Math.floor(elapsed / DAY);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  const sameYear = new Date(then).getUTCFullYear() === new Date(current).getUTCFullYear();
  return (sameYear ? sameYearDate : fullDate).format(then);
}

/** The exact moment, for a tooltip next to a relative time. */
export function formatTimestamp(date: Date | string | number): string {
  const d = new Date(date);
  if (!Number.isFinite(d.getTime())) return '';
  return `${fullDate.format(d)}, ${d.toISOString().slice(11, 16)} UTC`;
}
