/** « text », with the narrow no-break spaces French typography puts inside guillemets. */
export function quoteFrench(text: string): string {
  return `«\u202f${text}\u202f»`;
}
