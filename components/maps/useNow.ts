'use client';

import { useEffect, useState } from 'react';

/**
 * The current time, ticking every `intervalMs`. The first render uses `initial` (the
 * server's render time), so relative times hydrate without a mismatch.
 */
export function useNow(initial: string | number, intervalMs = 30_000): number {
  const [now, setNow] = useState(() => new Date(initial).getTime());
  useEffect(() => {
    // Syncing with the browser clock right after hydration is the point of this hook.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
