/**
 * `pnpm bench:scale [--quick] [--configs=1-sqlite,1-postgres,2-postgres-redis]`
 *
 * The same typing workload on 1 node + SQLite, 1 node + PostgreSQL and 2 nodes + PostgreSQL +
 * Redis: each node a child process running the API server, clients spread evenly over the
 * nodes (every deed has clients on both), a fixed offered load (bench:collab's L1) inside a ramp
 * that finds the highest rate each configuration sustains. Prints the figures side by side, what
 * limits them on this machine and a model of how they grow beyond, and writes
 * .test-output/bench-scale.json. About 6 minutes; --quick is a smoke run of under a minute.
 *
 * PostgreSQL: a database deedroom_bench_<random> is created (psql, user postgres at 127.0.0.1,
 * BENCH_POSTGRES_URL to change) and dropped at the end. Redis: 127.0.0.1:6379 (BENCH_REDIS_URL),
 * nothing flushed. A configuration whose service does not answer is skipped and said so.
 * BENCH_KEEP_DATA=1 keeps the nodes' data folders (under the OS temp dir).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { limitOf, scalingModel } from './scale/analyse-scale';
import { startCluster } from './scale/cluster';
import { formatScaleReport } from './scale/format-scale-report';
import { dropLeftoverDatabasesSync, postgresProblem } from './scale/postgres-admin';
import { redisProblem } from './scale/redis-admin';
import { runScaleLoad } from './scale/run-scale-load';
import { CLUSTER_CONFIGS, type ClusterConfig, scaleWorkload } from './scale/scale-plan';
import type { ConfigResult, ScaleReport } from './scale/scale-report';

const OUTPUT_FILE = new URL('../../.test-output/bench-scale.json', import.meta.url).pathname;
/** Other processes above this (% of one core) during the fixed load make the run noisy. */
const NOISY_PERCENT = 30;
/** Lines a node prints at warn level that are not problems. */
const IGNORED_SERVER_OUTPUT: RegExp[] = [];

const began = performance.now();

function log(message: string): void {
  const at = ((performance.now() - began) / 1000).toFixed(1).padStart(5);
  process.stderr.write(`[bench:scale ${at} s] ${message}\n`);
}

function parseConfigs(args: string[]): ClusterConfig[] {
  const arg = args.find((a) => a.startsWith('--configs='));
  if (!arg) return [...CLUSTER_CONFIGS];
  const ids = arg.slice('--configs='.length).split(',');
  const unknown = ids.filter((id) => !CLUSTER_CONFIGS.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown configs: ${unknown.join(', ')} (known: ${CLUSTER_CONFIGS.map((c) => c.id).join(', ')})`,
    );
  }
  return CLUSTER_CONFIGS.filter((c) => ids.includes(c.id));
}

/** Anything that should not happen in a clean run, or that makes a configuration not what it says. */
function problemsOf(result: ConfigResult): string[] {
  const where = result.config.label;
  const problems: string[] = [];
  if (result.config.store === 'postgres' && result.stores.some((s) => s !== 'postgres')) {
    problems.push(
      `${where}: nodes report store ${result.stores.join(', ')}: DATABASE_URL was not taken into account`,
    );
  }
  const fixed = result.steps.find((s) => s.step.isFixedLoad);
  if (result.config.bus === 'redis' && fixed?.redis && fixed.redis.publishes === 0) {
    problems.push(`${where}: no PUBLISH reached Redis: REDIS_URL was not taken into account`);
  }
  if (fixed?.crossNode && fixed.crossNode.missingDeliveries > 0) {
    problems.push(
      `${where}: ${fixed.crossNode.missingDeliveries} of ${fixed.crossNode.expectedDeliveries} cross-node deliveries never arrived at the fixed load`,
    );
  }
  if (result.clients.connected < result.clients.planned) {
    problems.push(
      `${where}: ${result.clients.planned - result.clients.connected} clients failed to connect (${result.clients.failures.slice(0, 3).join(' | ')})`,
    );
  }
  if (fixed && fixed.delivery.missingDeliveries > 0) {
    problems.push(
      `${where}: ${fixed.delivery.missingDeliveries} of ${fixed.delivery.expectedDeliveries} deliveries never arrived at the fixed load`,
    );
  }
  if (fixed && fixed.cpu.others >= NOISY_PERCENT) {
    problems.push(
      `${where}: processes outside the benchmark used ${fixed.cpu.others.toFixed(0)}% of a core during the fixed load (noisy run: figures pessimistic)`,
    );
  }
  if (result.convergence.converged < result.convergence.deeds) {
    const inFlight = result.steps.at(-1)?.delivery.missingDeliveries ?? 0;
    problems.push(
      `${where}: ${result.convergence.deeds - result.convergence.converged} deeds did not converge` +
        (inFlight > 0
          ? ` (the last step still had ${inFlight} deliveries in flight when the clients closed, after the drain: an overload, not necessarily a divergence)`
          : ''),
    );
  }
  for (const [close, n] of Object.entries(result.unexpectedCloses)) {
    problems.push(`${where}: ${n} sockets closed by a node (${close})`);
  }
  for (const error of result.errors) problems.push(`${where}: ${error}`);
  result.serverOutput.forEach((output, n) => {
    const lines = output.lines.filter((line) => !IGNORED_SERVER_OUTPUT.some((re) => re.test(line)));
    if (lines.length > 0) {
      problems.push(
        `${where}: node ${n + 1} printed ${output.count} lines, e.g. ${lines.slice(0, 3).join(' | ')}`,
      );
    }
  });
  return problems;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const configs = parseConfigs(args);
  const workload = scaleWorkload(quick);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: dropping the benchmark databases`);
      dropLeftoverDatabasesSync();
      process.exit(130);
    });
  }

  const needsPostgres = configs.some((c) => c.store === 'postgres');
  const needsRedis = configs.some((c) => c.bus === 'redis');
  const [pgProblem, busProblem] = await Promise.all([
    needsPostgres ? postgresProblem() : undefined,
    needsRedis ? redisProblem() : undefined,
  ]);

  const results: ConfigResult[] = [];
  const skipped: ScaleReport['skipped'] = [];
  const problems: string[] = [];
  for (const config of configs) {
    const reason =
      (config.store === 'postgres' ? pgProblem : undefined) ??
      (config.bus === 'redis' ? busProblem : undefined);
    if (reason) {
      skipped.push({ config: config.id, reason });
      log(`${config.id}: skipped (${reason})`);
      continue;
    }
    log(`${config.id} (${config.label}): starting`);
    const startBegan = performance.now();
    let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
    try {
      cluster = await startCluster(config, log);
      const startMs = performance.now() - startBegan;
      const outcome = await runScaleLoad(cluster, workload, log);
      const result: ConfigResult = {
        ...outcome,
        config,
        stores: cluster.stores,
        persistence: cluster.nodes[0]?.persistence ?? '',
        database: cluster.database?.name ?? null,
        timings: { startMs, ...outcome.timings },
      };
      results.push(result);
      log(`${config.id}: ${limitOf(result)}`);
    } catch (err) {
      problems.push(`${config.label}: run failed: ${(err as Error).message}`);
      log(`${config.id}: FAILED ${(err as Error).stack ?? String(err)}`);
    } finally {
      await cluster?.stop();
      log(`${config.id}: stopped`);
    }
  }

  const sizes = `${workload.deeds} deeds x ${workload.clientsPerDeed} clients`;
  const fixedRate = workload.steps.find((s) => s.isFixedLoad)?.keystrokesPerSecond;
  const report: ScaleReport = {
    generatedAt: new Date().toISOString(),
    command: `pnpm bench:scale${quick ? ' --quick' : ''}`,
    quick,
    machine: { cpus: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` },
    workload: {
      ...workload,
      description:
        `${sizes} (clients alternate between nodes: every deed has clients on each node), ` +
        `fixed load ${fixedRate} keystrokes/s per client (bench:collab's L1${quick ? ', smaller' : ''}), ` +
        `ramp ${workload.steps.map((s) => s.keystrokesPerSecond).join(', ')} keystrokes/s per client; ` +
        `${workload.workers} load-generator processes, each serving one node's clients`,
    },
    configs: results,
    skipped,
    model: [
      ...(quick
        ? [
            'QUICK run: rates this low leave every update its own commit, so the per-update costs below overstate a busy node many times; run without --quick for the model.',
          ]
        : []),
      ...scalingModel(results),
    ],
    problems: [...problems, ...results.flatMap(problemsOf)],
  };
  mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  writeFileSync(OUTPUT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatScaleReport(report));
  console.log(`\nJSON: ${OUTPUT_FILE}`);
  log(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  dropLeftoverDatabasesSync();
  process.exit(1);
});
