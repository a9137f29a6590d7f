import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DEEDROOM_DATA_DIR: z.string().min(1).default('./data'),
  DEEDROOM_DEMO_PASSWORD: z.string().min(1).optional(),
  /** `false` disables seeding the demo organisations on an empty database. */
  DEEDROOM_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** Comma-separated origins allowed besides the server's own (e.g. the Vite dev server). */
  DEEDROOM_ALLOWED_ORIGINS: z.string().default(''),
  /** Set when TLS is terminated by a proxy in front: cookies get `Secure`, X-Forwarded-* is trusted. */
  DEEDROOM_BEHIND_HTTPS_PROXY: z.enum(['true', 'false']).default('false'),
  DEEDROOM_EDITOR_DIST: z.string().optional(),
  /** Key signing collaboration tokens; required to be the same on every node of a cluster. */
  DEEDROOM_SECRET: z.string().min(32).optional(),
  /** Compact a deed's update log into a snapshot after this many updates. */
  DEEDROOM_COLLAB_COMPACT_EVERY: z.coerce.number().int().min(1).default(500),
  /** Unload a deed from memory this long after its last connection left. */
  DEEDROOM_COLLAB_IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  /** The address people reach Deedroom at (links in e-mails and calendar feeds), e.g. https://deedroom.banque.fr */
  DEEDROOM_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** SMTP server for reminders, e.g. smtp://user:pass@mail.banque.fr:587; unset: in-app notifications only. */
  DEEDROOM_SMTP_URL: z.string().optional(),
  DEEDROOM_MAIL_FROM: z.string().min(3).default('Deedroom <echeances@deedroom.local>'),
  /** How often reminders and digests are looked for. */
  DEEDROOM_REMINDER_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(15 * 60 * 1000),
  /** Hour (Europe/Paris, 0–23) from which the morning digest goes out. */
  DEEDROOM_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** Who carries documents to signature: the built-in provider (offline) or DocuSign. */
  DEEDROOM_SIGNATURE_PROVIDER: z.enum(['builtin', 'docusign']).default('builtin'),
  /** PKCS#12 file sealing signed PDFs; unset: one is generated once into <dataDir>/signing/. */
  DEEDROOM_SIGNING_P12: z.string().optional(),
  DEEDROOM_SIGNING_P12_PASSWORD: z.string().optional(),
  /** DocuSign (when DEEDROOM_SIGNATURE_PROVIDER=docusign): the app's integration key (client id). */
  DEEDROOM_DOCUSIGN_INTEGRATION_KEY: z.string().optional(),
  /** GUID of the DocuSign user the app impersonates (JWT grant, consent given once). */
  DEEDROOM_DOCUSIGN_USER_ID: z.string().optional(),
  /** API account id (GUID) the envelopes belong to. */
  DEEDROOM_DOCUSIGN_ACCOUNT_ID: z.string().optional(),
  /** PEM file of the RSA private key registered on the integration key. */
  DEEDROOM_DOCUSIGN_PRIVATE_KEY_FILE: z.string().optional(),
  /** The account's base URI + /restapi; production e.g. https://eu.docusign.net/restapi. */
  DEEDROOM_DOCUSIGN_BASE_PATH: z.url({ protocol: /^https$/ }).default('https://demo.docusign.net/restapi'),
  /** OAuth host without scheme: account-d.docusign.com (developer) or account.docusign.com. */
  DEEDROOM_DOCUSIGN_OAUTH_HOST: z.string().min(1).default('account-d.docusign.com'),
  /** Connect HMAC key(s), comma-separated (several during a key rotation). */
  DEEDROOM_DOCUSIGN_CONNECT_HMAC_KEYS: z.string().default(''),
  /** embedded: signers sign from Deedroom (recipient view); email: DocuSign e-mails them. */
  DEEDROOM_DOCUSIGN_SIGNING_MODE: z.enum(['embedded', 'email']).default('embedded'),
  DEEDROOM_DOCUSIGN_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(20_000),
  /** postgres://user@host:5432/db selects PostgreSQL (migrated at start); unset: SQLite in the data dir. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** The role the application's queries run as, under row-level security; it must not own the tables. */
  DEEDROOM_DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .default('deedroom_app'),
  DEEDROOM_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** redis://host:6379 fans updates, awareness and access events out between nodes; unset: one node. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  /** Prefix of every Redis key and channel, for several installations (or test runs) on one Redis. */
  DEEDROOM_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
    .default('deedroom:'),
  /** Bearer token Prometheus sends for /metrics; unset: /metrics answers loopback clients only. */
  DEEDROOM_METRICS_TOKEN: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  demoPassword: string | undefined;
  seedDemo: boolean;
  allowedOrigins: string[];
  behindHttpsProxy: boolean;
  editorDist: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  secret: string | undefined;
  collab: { compactAfterUpdates: number; idleUnloadMs: number };
  /** Absolute base URL without trailing slash; unset: taken from each request (and the server's own address for e-mails). */
  publicUrl: string | undefined;
  reminders: { smtpUrl: string | undefined; mailFrom: string; intervalMs: number; digestHour: number };
  signatures: SignatureConfig;
  /** PostgreSQL when `url` is set; SQLite in `dataDir` otherwise. */
  database: { url: string | undefined; appRole: string; poolSize: number };
  /** The Redis bus between nodes when `url` is set; the in-process bus of a single node otherwise. */
  redis: { url: string | undefined; prefix: string };
  metricsToken: string | undefined;
}

export interface SignatureConfig {
  provider: 'builtin' | 'docusign';
  /** The installation's sealing certificate (PKCS#12) and its passphrase, when given. */
  signingP12Path: string | undefined;
  signingP12Password: string | undefined;
  /** Set when the provider is DocuSign (loadConfig then requires every field). */
  docusign?: DocuSignConfig | undefined;
}

export interface DocuSignConfig {
  integrationKey: string;
  userId: string;
  accountId: string;
  privateKeyFile: string;
  basePath: string;
  oAuthBasePath: string;
  connectHmacKeys: string[];
  signingMode: 'embedded' | 'email';
  timeoutMs: number;
}

/** Reads the configuration from environment variables; the only place that touches `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DEEDROOM_DATA_DIR),
    demoPassword: e.DEEDROOM_DEMO_PASSWORD,
    seedDemo: e.DEEDROOM_SEED_DEMO === 'true',
    allowedOrigins: e.DEEDROOM_ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    behindHttpsProxy: e.DEEDROOM_BEHIND_HTTPS_PROXY === 'true',
    editorDist: path.resolve(
      e.DEEDROOM_EDITOR_DIST ?? new URL('../../editor/dist', import.meta.url).pathname,
    ),
    logLevel: e.LOG_LEVEL,
    secret: e.DEEDROOM_SECRET,
    collab: {
      compactAfterUpdates: e.DEEDROOM_COLLAB_COMPACT_EVERY,
      idleUnloadMs: e.DEEDROOM_COLLAB_IDLE_UNLOAD_MS,
    },
    publicUrl: e.DEEDROOM_PUBLIC_URL?.replace(/\/+$/, ''),
    reminders: {
      smtpUrl: e.DEEDROOM_SMTP_URL || undefined,
      mailFrom: e.DEEDROOM_MAIL_FROM,
      intervalMs: e.DEEDROOM_REMINDER_INTERVAL_MS,
      digestHour: e.DEEDROOM_DIGEST_HOUR,
    },
    signatures: {
      provider: e.DEEDROOM_SIGNATURE_PROVIDER,
      signingP12Path: e.DEEDROOM_SIGNING_P12 ? path.resolve(e.DEEDROOM_SIGNING_P12) : undefined,
      signingP12Password: e.DEEDROOM_SIGNING_P12_PASSWORD,
      docusign: e.DEEDROOM_SIGNATURE_PROVIDER === 'docusign' ? readDocuSignConfig(e) : undefined,
    },
    database: {
      url: e.DATABASE_URL,
      appRole: e.DEEDROOM_DATABASE_APP_ROLE,
      poolSize: e.DEEDROOM_DATABASE_POOL_SIZE,
    },
    redis: { url: e.REDIS_URL, prefix: e.DEEDROOM_REDIS_PREFIX },
    metricsToken: e.DEEDROOM_METRICS_TOKEN,
  };
}

function readDocuSignConfig(e: z.infer<typeof EnvSchema>): DocuSignConfig {
  const required = {
    DEEDROOM_DOCUSIGN_INTEGRATION_KEY: e.DEEDROOM_DOCUSIGN_INTEGRATION_KEY,
    DEEDROOM_DOCUSIGN_USER_ID: e.DEEDROOM_DOCUSIGN_USER_ID,
    DEEDROOM_DOCUSIGN_ACCOUNT_ID: e.DEEDROOM_DOCUSIGN_ACCOUNT_ID,
    DEEDROOM_DOCUSIGN_PRIVATE_KEY_FILE: e.DEEDROOM_DOCUSIGN_PRIVATE_KEY_FILE,
  };
  const missing = Object.entries(required).filter(([, value]) => !value);
  const connectHmacKeys = e.DEEDROOM_DOCUSIGN_CONNECT_HMAC_KEYS.split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (connectHmacKeys.length === 0) missing.push(['DEEDROOM_DOCUSIGN_CONNECT_HMAC_KEYS', undefined]);
  if (missing.length > 0) {
    throw new Error(`Invalid configuration: DocuSign needs ${missing.map(([name]) => name).join(', ')}`);
  }
  return {
    integrationKey: e.DEEDROOM_DOCUSIGN_INTEGRATION_KEY ?? '',
    userId: e.DEEDROOM_DOCUSIGN_USER_ID ?? '',
    accountId: e.DEEDROOM_DOCUSIGN_ACCOUNT_ID ?? '',
    privateKeyFile: path.resolve(e.DEEDROOM_DOCUSIGN_PRIVATE_KEY_FILE ?? ''),
    basePath: e.DEEDROOM_DOCUSIGN_BASE_PATH.replace(/\/+$/, ''),
    oAuthBasePath: e.DEEDROOM_DOCUSIGN_OAUTH_HOST.replace(/^https?:\/\//, '').replace(/\/+$/, ''),
    connectHmacKeys,
    signingMode: e.DEEDROOM_DOCUSIGN_SIGNING_MODE,
    timeoutMs: e.DEEDROOM_DOCUSIGN_TIMEOUT_MS,
  };
}
