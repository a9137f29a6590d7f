import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config';
import type { ActiveSession } from '../services/auth/resolve-session';
import type { ServiceDeps } from '../services/deps';

/** Typed context variables shared by every route and middleware. */
export interface AppEnv {
  Variables: {
    deps: ServiceDeps;
    config: Config;
    /** Set by the session middleware when the request carries a live session cookie. */
    auth: ActiveSession | undefined;
    ip: string | null;
  };
}

export type ApiApp = OpenAPIHono<AppEnv>;
