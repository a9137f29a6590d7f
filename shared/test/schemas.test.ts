import { describe, expect, it } from 'vitest';
import { LoginRequestSchema } from '../src/schemas/auth';
import { CreateDealRequestSchema, UpdateDealRequestSchema } from '../src/schemas/deals';

describe('edge schemas', () => {
  it('normalise e-mails at login', () => {
    expect(LoginRequestSchema.parse({ email: ' Julie@Example.FR ', password: 'x' }).email).toBe(
      'julie@example.fr',
    );
  });

  it('refuse unknown fields instead of dropping them silently', () => {
    expect(UpdateDealRequestSchema.safeParse({ name: 'A', role: 'admin' }).success).toBe(false);
  });

  it('default a new deal to draft with no extra banks', () => {
    const parsed = CreateDealRequestSchema.parse({
      name: 'Résidence Les Tilleuls',
      city: 'Nantes',
      lots: 42,
      amountCents: 840_000_000,
      developerOrgId: 'abc',
    });
    expect(parsed).toMatchObject({ status: 'draft', bankOrgIds: [], notaryOrgIds: [] });
  });

  it('refuse an update with nothing to change', () => {
    expect(UpdateDealRequestSchema.safeParse({}).success).toBe(false);
  });
});
