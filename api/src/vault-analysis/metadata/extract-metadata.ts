import { extractAmounts } from './extract-amounts';
import { extractDates } from './extract-dates';
import { extractSirens } from './extract-sirens';

export interface DocumentMetadata {
  /** ISO dates `YYYY-MM-DD`. */
  dates: string[];
  /** 9-digit, Luhn-valid SIREN numbers. */
  sirens: string[];
  /** Amounts in euros. */
  amounts: number[];
}

/** The obvious facts a reviewer looks for first: dates, company numbers, amounts. */
export function extractMetadata(text: string): DocumentMetadata {
  return { dates: extractDates(text), sirens: extractSirens(text), amounts: extractAmounts(text) };
}
