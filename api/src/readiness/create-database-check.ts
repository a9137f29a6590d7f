import type { ReadinessCheck } from './readiness-check';

/**
 * The `database` check: a trivial query (`SELECT 1`) through the store's own connection.
 *
 * @example
 * createDatabaseCheck(() => stores.ping())
 */
export function createDatabaseCheck(ping: () => Promise<void>): ReadinessCheck {
  return { name: 'database', run: ping };
}
