import { useEffect, useState } from 'react';

/** The current time, updated every minute, so « il y a 2 minutes » does not stay « à l’instant ». */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
