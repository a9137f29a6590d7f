import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../src/vault-analysis/metadata/extract-amounts';
import { extractDates } from '../src/vault-analysis/metadata/extract-dates';
import { extractMetadata } from '../src/vault-analysis/metadata/extract-metadata';
import { extractSirens, isLuhnValid } from '../src/vault-analysis/metadata/extract-sirens';

describe('extractDates', () => {
  it('reads numeric French dates as ISO', () => {
    expect(extractDates('Délivré le 12/03/2025, complété le 01-04-2025 et le 7.5.2024')).toEqual([
      '2025-03-12',
      '2025-04-01',
      '2024-05-07',
    ]);
  });

  it('reads spelled months, accents and « 1er »', () => {
    expect(
      extractDates('Fait à Nantes, le 12 mars 2025 ; expire le 1er août 2026 ; signé le 3 Décembre 2024'),
    ).toEqual(['2025-03-12', '2026-08-01', '2024-12-03']);
  });

  it('rejects impossible dates and keeps each date once', () => {
    expect(extractDates('31/02/2025, 12/13/2025, 15/06/2025 puis 15 juin 2025')).toEqual(['2025-06-15']);
  });
});

describe('extractSirens', () => {
  it('accepts Luhn-valid SIRENs written with or without spaces', () => {
    expect(isLuhnValid('852379148')).toBe(true);
    expect(extractSirens('RCS Nantes 852 379 148 – SIREN 910478262')).toEqual(['852379148', '910478262']);
  });

  it('rejects numbers that fail the Luhn check', () => {
    expect(extractSirens('numéro 852 379 149')).toEqual([]);
  });

  it('finds the SIREN inside a European identifier (EUID)', () => {
    expect(extractSirens('Identifiant européen (EUID) FR4401.852379148')).toEqual(['852379148']);
  });

  it('takes the SIREN out of a valid SIRET', () => {
    expect(extractSirens('SIRET 852 379 148 00012')).toEqual(['852379148']);
  });

  it('does not read amounts or phone numbers as SIRENs', () => {
    expect(extractSirens('Prix 1 250 000,00 € – Tél. 02 40 00 00 00')).toEqual([]);
  });
});

describe('extractAmounts', () => {
  it('reads French notations of euro amounts', () => {
    expect(
      extractAmounts('Prix : 1 250 000,00 € ; apport 1.250.000 EUR ; frais 3 500,50 € HT ; 250 000 euros'),
    ).toEqual([1250000, 3500.5, 250000]);
  });

  it('reads a euro sign before the figure and non-breaking spaces', () => {
    expect(extractAmounts('Montant : € 12 500 et 7\u202f800 €')).toEqual([12500, 7800]);
  });

  it('ignores figures without a euro mark', () => {
    expect(extractAmounts('surface de plancher 3 250 m², 42 logements')).toEqual([]);
  });
});

describe('extractMetadata', () => {
  it('gathers dates, SIRENs and amounts of a Kbis excerpt', () => {
    const text =
      'Immatriculation au RCS, numéro 852 379 148 R.C.S. Nantes\nDate d’immatriculation 18/01/2024\nCapital social 16 100,00 €';
    expect(extractMetadata(text)).toEqual({ dates: ['2024-01-18'], sirens: ['852379148'], amounts: [16100] });
  });
});
