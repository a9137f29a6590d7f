const NBSP = '\u00a0';
const UNITS = ['o', 'Ko', 'Mo', 'Go', 'To'] as const;
const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** « 820 Ko », « 4,2 Mo », « 1,5 Go »: binary multiples with the French unit names. */
export function formatFileSize(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const format = unit === 0 || value >= 100 ? WHOLE : ONE_DECIMAL;
  return `${format.format(value)}${NBSP}${UNITS[unit]}`;
}

/** « 4,2 Mo/s ». */
export function formatTransferSpeed(bytesPerSecond: number): string {
  return `${formatFileSize(bytesPerSecond)}/s`;
}
