import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { UserWithOrg } from '../store/records';
import type { Stores } from '../store/stores';

/** What every service operation receives: storage, time and logs, passed in rather than imported. */
export interface ServiceDeps {
  stores: Stores;
  clock: Clock;
  logger: Logger;
}

/** The authenticated caller of an operation. */
export interface Actor {
  user: UserWithOrg;
  ip: string | null;
}
