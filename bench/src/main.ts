/**
 * `pnpm bench:collab [--quick] [--servers=deedroom,hocuspocus,y-websocket-server] [--loads=L1,L2]
 *   [--skip-traces]`
 *
 * Starts Deedroom, Hocuspocus 3 and the reference y-websocket server, each in its own child
 * process and with persistence on, drives the same typing workloads through each with simulated
 * clients speaking the real protocols (from several load-generator child processes), replays
 * real editing traces, prints a table and writes .test-output/bench-collab.json.
 * --quick is a ~1 minute smoke run (smaller loads, no L3, one trace, no re-runs of noisy runs).
 * BENCH_KEEP_DATA=1 keeps the servers' data folders (under the OS temp dir) for inspection.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { SERVER_KINDS, type ServerKind } from './ipc/server-messages';
import { loadPlan } from './load/load-plan';
import { measureLoad } from './load/measure-load';
import { diagnoseSaturation, problemsOf, ratioRows } from './report/analyse-results';
import type { BenchReport, TraceReport } from './report/bench-report';
import { formatReport } from './report/format-report';
import { packageVersions } from './report/package-versions';
import { spawnServer } from './servers/spawn-server';
import { loadTrace } from './traces/editing-trace';
import { replayInProcess } from './traces/replay-in-process';
import { runTraceReplays } from './traces/run-trace-replays';

const OUTPUT_FILE = new URL('../../.test-output/bench-collab.json', import.meta.url).pathname;
const TRACE_BATCH_SIZE = 500;
const TRACE_WINDOW = 8;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function listArg(args: string[], name: string): string[] | undefined {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3).split(',');
}

function parseServers(args: string[]): ServerKind[] {
  const names = listArg(args, 'servers');
  if (!names) return [...SERVER_KINDS];
  const unknown = names.filter((n) => !SERVER_KINDS.includes(n as ServerKind));
  if (unknown.length > 0) throw new Error(`unknown servers: ${unknown.join(', ')}`);
  return names as ServerKind[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const servers = parseServers(args);
  const onlyLoads = listArg(args, 'loads');
  const skipTraces = args.includes('--skip-traces');
  const began = performance.now();
  const persistence: BenchReport['persistence'] = {};
  const problems: string[] = [];

  const loads: BenchReport['loads'] = [];
  for (const load of loadPlan(quick).filter((l) => !onlyLoads || onlyLoads.includes(l.id))) {
    for (const kind of servers) {
      log(`${kind} ${load.id} (${load.description}): starting`);
      try {
        const measured = await measureLoad(kind, load, { retryWhenNoisy: !quick, log });
        persistence[kind] = measured.persistence;
        loads.push({ ...measured.result, attempts: measured.attempts, serverOutput: measured.serverOutput });
        const { delivery, cpu } = measured.result;
        log(
          `${kind} ${load.id}: p50 ${delivery.perDelivery.p50Ms.toFixed(1)} ms, ` +
            `p99 ${delivery.perDelivery.p99Ms.toFixed(1)} ms, ${delivery.deliveredPerSecond.toFixed(0)} delivered/s, ` +
            `server CPU ${cpu.serverPercent.toFixed(0)}%`,
        );
      } catch (err) {
        problems.push(`${kind} ${load.id}: run failed: ${(err as Error).message}`);
        log(`${kind} ${load.id}: FAILED ${(err as Error).message}`);
      }
    }
  }

  const traceFiles = quick ? ['sveltecomponent.json'] : ['sveltecomponent.json', 'seph-blog1.json.gz'];
  const traces = (skipTraces ? [] : traceFiles).map(loadTrace);
  const traceServerOutput: BenchReport['traceServerOutput'] = {};
  const traceReports: TraceReport[] = traces.map((trace) => {
    log(`trace ${trace.name}: in-process replay`);
    return {
      trace: trace.name,
      txns: trace.txns.length,
      patches: trace.txns.reduce((sum, t) => sum + t.patches.length, 0),
      finalLength: trace.endContent.length,
      batchSize: TRACE_BATCH_SIZE,
      inProcess: replayInProcess(trace, TRACE_BATCH_SIZE),
      servers: [],
    };
  });
  for (const kind of traces.length > 0 ? servers : []) {
    log(`${kind}: trace replays`);
    const server = await spawnServer(kind);
    persistence[kind] = server.persistence;
    try {
      const replays = await runTraceReplays(server, traces, {
        batchSize: TRACE_BATCH_SIZE,
        window: TRACE_WINDOW,
        timeoutMs: 120_000,
      });
      for (const replay of replays) {
        const report = traceReports.find((t) => t.trace === replay.trace);
        report?.servers.push({
          ...replay,
          ratioToInProcess: replay.totalMs / (report?.inProcess.localMs ?? 1),
        });
        if (replay.error || !replay.converged) {
          problems.push(`${kind} trace ${replay.trace}: ${replay.error ?? 'final text differs'}`);
        }
      }
    } catch (err) {
      problems.push(`${kind} trace replays: run failed: ${(err as Error).message}`);
      log(`${kind} trace replays: FAILED ${(err as Error).message}`);
    } finally {
      await server.stop();
      traceServerOutput[kind] = server.output;
    }
  }

  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    command: `pnpm bench:collab${quick ? ' --quick' : ''}`,
    quick,
    machine: { cpus: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` },
    versions: packageVersions(),
    persistence,
    notes: [
      'Deedroom is durable per update: each update is in SQLite (fsync, group commit) before any other client sees it.',
      'Hocuspocus broadcasts first and stores the whole document debounced (2 s, at most 10 s): a crash loses up to ~10 s of edits.',
      'y-websocket-server broadcasts first, then writes each update to LevelDB without fsync.',
      'Clients speak the real protocols (y-websocket sync/update messages; Hocuspocus auth + sync) without awareness traffic.',
      `Load generator: several child processes; the server and the load share the machine's ${cpus().length} cores.`,
    ],
    loads,
    saturation: loads.map(diagnoseSaturation),
    ratios: ratioRows(loads, 'deedroom'),
    traces: traceReports,
    traceServerOutput,
    problems: [...problems, ...loads.flatMap(problemsOf)],
  };
  mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  writeFileSync(OUTPUT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
  console.log(`\nJSON: ${OUTPUT_FILE}`);
  log(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
