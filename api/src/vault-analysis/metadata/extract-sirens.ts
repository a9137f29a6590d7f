/** Luhn check, which SIREN (9 digits) and SIRET (14 digits) numbers satisfy. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * SIREN numbers (9 digits, Luhn-valid), unique, in order: written alone (`852 379 146`,
 * `852379146`, `RCS Nantes 852 379 146`, inside an EUID `FR4401.852379146`) or as the first
 * 9 digits of a valid SIRET (`852 379 146 00012`).
 */
export function extractSirens(text: string): string[] {
  const sirens: string[] = [];
  const sep = '[ .\u00a0\u202f]?';
  const pattern = new RegExp(
    `(?<![\\d,])(\\d{3})${sep}(\\d{3})${sep}(\\d{3})(?:${sep}(\\d{5}))?(?![\\d,])`,
    'g',
  );
  for (const m of text.matchAll(pattern)) {
    const siren = `${m[1]}${m[2]}${m[3]}`;
    const siret = m[4] ? siren + m[4] : undefined;
    if (siret && !isLuhnValid(siret)) continue;
    if (isLuhnValid(siren) && !/^0+$/.test(siren)) sirens.push(siren);
  }
  return [...new Set(sirens)];
}
