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
 * `852379146`, `RCS Nantes 852 379 146`) or as the first 9 digits of a valid SIRET.
 */
export function extractSirens(text: string): string[] {
  const sirens: string[] = [];
  // Runs of digits with single spaces, dots or non-breaking spaces between groups.
  for (const m of text.matchAll(/(?<![\d,])\d(?:[ .\u00a0\u202f]?\d){8,13}(?![\d,])/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length === 14 && isLuhnValid(digits) && isLuhnValid(digits.slice(0, 9))) {
      sirens.push(digits.slice(0, 9));
    } else if (digits.length === 9 && isLuhnValid(digits) && !/^0+$/.test(digits)) {
      sirens.push(digits);
    }
  }
  return [...new Set(sirens)];
}
