import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Whose data a unit of work may touch, as the PostgreSQL row-level security policies see it.
 * `org`: an authenticated person's request, limited to the deals their organisation is a party
 * to; `anonymous`: a request without a session, which sees no deal data at all; `system`:
 * background work (collaboration persistence, jobs, seeding) that the policies let through.
 * SQLite ignores it: there the application's own scoping is the only wall.
 */
export type TenantScope = { kind: 'org'; orgId: string } | { kind: 'anonymous' } | { kind: 'system' };

const storage = new AsyncLocalStorage<TenantScope>();
const SYSTEM: TenantScope = { kind: 'system' };

/** Runs `work` (and everything it awaits or schedules) under `scope`. */
export function runInTenantScope<T>(scope: TenantScope, work: () => T): T {
  return storage.run(scope, work);
}

/** Runs `work` as the system: for steps an anonymous edge must take (a signed webhook, a calendar feed). */
export function runAsSystem<T>(work: () => T): T {
  return storage.run(SYSTEM, work);
}

/**
 * The scope of the current unit of work. Code outside any edge's scope is the process's own
 * (start-up, jobs, the collaboration server's persistence) and runs as the system; the HTTP edge
 * always sets a scope, so a request can never fall through to it.
 */
export function currentTenantScope(): TenantScope {
  return storage.getStore() ?? SYSTEM;
}
