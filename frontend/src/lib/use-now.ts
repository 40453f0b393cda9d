import { useEffect, useState } from 'react';

/**
 * The time now (epoch milliseconds), for what a page shows about the past and the future (has a
 * call started?). Read once at mount and again every `refreshMs`, so rendering stays pure and the
 * page follows the clock while it is open.
 */
export function useNow(refreshMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
