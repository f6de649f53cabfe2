import { formatRelativeTime, formatTimestamp } from '@/lib/format/relativeTime';

/** A relative time ("5 minutes ago") with the exact time in its tooltip and datetime. */
export function RelativeTime({ value, now }: { value: string; now: number }) {
  return (
    <time dateTime={value} title={formatTimestamp(value)}>
      {formatRelativeTime(value, now)}
    </time>
  );
}
