const NBSP = '\u00a0';

/** « encore 1 min 20 s », « encore 2 h 05 min », « encore 8 s »; null when it cannot be told. */
export function formatTimeLeft(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  const total = Math.ceil(seconds);
  if (total < 1) return 'presque terminé';
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours > 0) return `encore ${hours}${NBSP}h${NBSP}${String(minutes).padStart(2, '0')}${NBSP}min`;
  if (minutes > 0) return `encore ${minutes}${NBSP}min${rest > 0 ? ` ${rest}${NBSP}s` : ''}`;
  return `encore ${rest}${NBSP}s`;
}
