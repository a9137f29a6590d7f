import { describe, expect, it } from 'vitest';
import { AppError, ERROR_STATUS, isErrorBody } from '../src/errors';

describe('AppError', () => {
  it('derives the HTTP status from the code, once', () => {
    expect(new AppError('NOT_FOUND', 'x').status).toBe(404);
    expect(new AppError('ACCOUNT_LOCKED', 'x').status).toBe(423);
    for (const status of Object.values(ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });

  it('round-trips through its JSON body', () => {
    const body = JSON.parse(
      JSON.stringify(new AppError('VALIDATION_FAILED', 'Données invalides.', { issues: [] }).toBody()),
    );
    expect(isErrorBody(body)).toBe(true);
    expect(body).toEqual({
      error: { code: 'VALIDATION_FAILED', message: 'Données invalides.', details: { issues: [] } },
    });
  });

  it('does not mistake other JSON for an error body', () => {
    for (const value of [null, 'x', { error: 'x' }, { error: { code: 'NOT_A_CODE' } }, { deals: [] }]) {
      expect(isErrorBody(value)).toBe(false);
    }
  });
});
