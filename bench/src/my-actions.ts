/**
 * « Mes actions » at the bank's year-end peak: one bank user staffed on 200 deals of 50 tasks each
 * (10 000 items, dates relative to one another, French working-day rolling, a share already done
 * or bank-internal), served by the real server over HTTP on the embedded SQLite default. Prints the
 * answer time of GET /api/me/actions (every deal's schedule recomputed on each call), and the time
 * of one reminder pass over the same 10 000 items.
 *
 *   pnpm bench:actions        (BENCH_DEALS=… BENCH_TASKS=… to change the size)
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, hashPassword, loadConfig, type RunningServer, startServer } from '@deedroom/api';
import { addCalendarDays, type MyActions, ORG_KINDS, toParisCalendarDate } from '@deedroom/shared';

const DEALS = Number(process.env.BENCH_DEALS ?? 200);
const TASKS = Number(process.env.BENCH_TASKS ?? 50);
const RUNS = 50;
const PASSWORD = 'bench-actions-password-2026';

type WorkflowStore = RunningServer['deps']['stores']['workflow'];
type ItemRecord = Parameters<WorkflowStore['initialise']>[1][number];

/** 50 items: chains of relative dates (every 5th item counts from the one before), some done. */
function buildItems(dealId: string, today: string, at: string): ItemRecord[] {
  const items: ItemRecord[] = [];
  for (let n = 0; n < TASKS; n += 1) {
    const previous = items[n - 1];
    const relative = previous !== undefined && n % 5 !== 0;
    items.push({
      id: randomUUID(),
      dealId,
      title: `Étape ${n + 1} du dossier`,
      description: '',
      kind: n % 10 === 0 ? 'milestone' : 'task',
      responsibleParties: [ORG_KINDS[n % ORG_KINDS.length] ?? 'bank'],
      assigneeId: null,
      due: relative
        ? { kind: 'relative', to: previous.id, offset: { workingDays: 3 } }
        : { kind: 'absolute', date: addCalendarDays(today, n * 3 - 60) },
      rollsToWorkingDay: n % 2 === 0,
      dependsOn: previous ? [previous.id] : [],
      status: n < 8 ? 'done' : 'upcoming',
      visibility: n % 7 === 0 ? 'internal' : 'all',
      link: null,
      position: n,
      completedAt: n < 8 ? at : null,
      createdBy: null,
      createdAt: at,
      updatedAt: at,
    });
  }
  return items;
}

async function buildPortfolio(server: RunningServer): Promise<string> {
  const { stores } = server.deps;
  const at = new Date().toISOString();
  const today = toParisCalendarDate(new Date());
  const orgs = await stores.orgs.list();
  const bank = orgs.find((o) => o.kind === 'bank');
  const developer = orgs.find((o) => o.kind === 'developer');
  const notary = orgs.find((o) => o.kind === 'notary');
  if (!bank || !developer || !notary) throw new Error('demo organisations missing');
  const userId = randomUUID();
  const email = 'chargee.affaires@bench.example';
  await stores.users.create({
    id: userId,
    orgId: bank.id,
    email,
    name: 'Chargée d’affaires',
    passwordHash: await hashPassword(PASSWORD),
    isAdmin: false,
    createdAt: at,
    updatedAt: at,
  });
  for (let d = 0; d < DEALS; d += 1) {
    const dealId = randomUUID();
    await stores.deals.create({
      deal: {
        id: dealId,
        name: `Programme ${String(d + 1).padStart(3, '0')}`,
        city: 'Nantes',
        lots: 40,
        amountCents: 8_000_000_00,
        status: 'under_review',
        createdBy: userId,
        createdAt: at,
        updatedAt: at,
      },
      partyOrgIds: [bank.id, developer.id, notary.id],
      creatorStaff: { dealId, userId, role: 'bank_manager', addedBy: userId, addedAt: at },
    });
    await stores.workflow.initialise(dealId, buildItems(dealId, today, at), at);
  }
  return email;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-bench-actions-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DEEDROOM_DATA_DIR: workDir,
    DEEDROOM_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'silent',
  });
  const server = await startServer({ config, logger: createLogger('silent') });
  try {
    const email = await buildPortfolio(server);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const times: number[] = [];
    let coldMs = 0;
    let answer: MyActions | undefined;
    let bytes = 0;
    for (let run = 0; run < RUNS + 5; run += 1) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/me/actions`, { headers: { cookie } });
      const text = await res.text();
      const elapsed = performance.now() - started;
      if (res.status !== 200) throw new Error(`actions: ${res.status} ${text}`);
      // The first call loads and schedules all 200 deals (as after a restart, or each new day);
      // the next ones reuse each unchanged deal's schedule. Five calls warm the JIT first.
      if (run === 0) coldMs = elapsed;
      if (run >= 5) times.push(elapsed);
      answer = JSON.parse(text) as MyActions;
      bytes = text.length;
    }
    times.sort((a, b) => a - b);
    const started = performance.now();
    const reminders = await server.runReminders();
    const reminderMs = performance.now() - started;

    console.log(
      `« Mes actions » for a bank user on ${DEALS} deals × ${TASKS} tasks (${os.cpus().length} cores, SQLite)`,
    );
    console.log(
      `  open actions: ${answer?.counts.total} (overdue ${answer?.counts.overdue}), ${answer?.items.length} returned, ${(bytes / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `  GET /api/me/actions over HTTP, ${RUNS} runs: p50 ${percentile(times, 50).toFixed(1)} ms · p95 ${percentile(times, 95).toFixed(1)} ms · max ${(times.at(-1) ?? 0).toFixed(1)} ms`,
    );
    console.log(`  first call (every deal loaded and scheduled): ${coldMs.toFixed(0)} ms`);
    console.log(
      `  one reminder pass over the ${DEALS * TASKS} items: ${reminderMs.toFixed(0)} ms (${reminders.notified} in-app reminders, no SMTP configured)`,
    );
  } finally {
    await server.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
