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
}

export interface SignatureConfig {
  provider: 'builtin' | 'docusign';
  /** The installation's sealing certificate (PKCS#12) and its passphrase, when given. */
  signingP12Path: string | undefined;
  signingP12Password: string | undefined;
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
    },
  };
}
