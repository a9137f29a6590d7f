import { table } from '../report/format-report';
import { fixedStep, referenceStep, sum, updateCosts } from './analyse-scale';
import type { ConfigResult, ScaleReport, StepResult } from './scale-report';

function fixed(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);
}

function count(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '-'
    : Math.round(value).toLocaleString('en-US');
}

function cpuList(values: number[]): string {
  return values.map((v) => v.toFixed(0)).join(' + ');
}

/** One row per measure, one column per configuration: the fixed load, then the ramp's verdict. */
function sideBySide(configs: ConfigResult[]): string[] {
  const column = (pick: (r: ConfigResult, s: StepResult) => string) =>
    configs.map((r) => {
      const s = fixedStep(r);
      return s ? pick(r, s) : '-';
    });
  const rows: Array<[string, string[]]> = [
    ['store (as the nodes report it)', configs.map((r) => r.stores.join(', '))],
    ['clients (per node)', configs.map((r) => `${r.clients.connected} (${r.clients.perNode.join(' + ')})`)],
    ['fixed load: offered updates/s', column((_, s) => count(s.offeredPerSecond))],
    ['  typed/s', column((_, s) => count(s.typedPerSecond))],
    ['  acknowledged/s (reached every peer)', column((_, s) => count(s.ackedPerSecond))],
    ['  deliveries/s', column((_, s) => count(s.delivery.deliveredPerSecond))],
    ['  p50 ms', column((_, s) => fixed(s.delivery.perDelivery.p50Ms))],
    ['  p95 ms', column((_, s) => fixed(s.delivery.perDelivery.p95Ms))],
    ['  p99 ms', column((_, s) => fixed(s.delivery.perDelivery.p99Ms))],
    ['  p99 to the last peer ms', column((_, s) => fixed(s.delivery.toAllPeers.p99Ms))],
    ['  cross-node p50 ms', column((_, s) => fixed(s.crossNode?.perDelivery.p50Ms))],
    ['  cross-node p99 ms', column((_, s) => fixed(s.crossNode?.perDelivery.p99Ms))],
    [
      '  deliveries missing',
      column((_, s) => `${s.delivery.missingDeliveries}/${s.delivery.expectedDeliveries}`),
    ],
    ['  CPU % node(s)', column((_, s) => cpuList(s.cpu.nodes))],
    ['  CPU % PostgreSQL (all its processes)', column((_, s) => fixed(s.cpu.postgres, 0))],
    ['  CPU % Redis', column((_, s) => fixed(s.cpu.redis, 0))],
    ['  CPU % load generator', column((_, s) => fixed(sum(s.cpu.loadWorkers), 0))],
    ['  CPU % kernel interrupts (network)', column((_, s) => fixed(s.cpu.interrupts, 0))],
    ['  CPU % other processes', column((_, s) => fixed(s.cpu.others, 0))],
    ['  machine busy % (all cores)', column((_, s) => fixed(s.cpu.machineBusy, 0))],
    ['  idle CPU % node(s) (connected, nobody typing)', configs.map((r) => cpuList(r.idle.cpu.nodes))],
    [
      '  node event-loop lag p99 ms',
      column((_, s) => s.nodeEventLoopLag.map((l) => l.p99Ms.toFixed(0)).join(' / ')),
    ],
    ['  node CPU µs/update above idle (all nodes)', configs.map((r) => fixed(updateCosts(r)?.nodeMicros, 0))],
    ['  PostgreSQL CPU µs/update above idle', configs.map((r) => fixed(updateCosts(r)?.postgresMicros, 0))],
    ['  WAL bytes/update', configs.map((r) => count(updateCosts(r)?.walBytes))],
    ['  updates per commit', configs.map((r) => fixed(updateCosts(r)?.updatesPerCommit))],
    ['  ms between commits (per node)', configs.map((r) => fixed(updateCosts(r)?.commitIntervalMs, 0))],
    [
      '  rows inserted / updated per update',
      configs.map((r) => {
        const c = updateCosts(r);
        return c?.rowsInserted == null ? '-' : `${fixed(c.rowsInserted, 2)} / ${fixed(c.rowsUpdated, 2)}`;
      }),
    ],
    ['  Redis CPU µs/update above idle', configs.map((r) => fixed(updateCosts(r)?.redisMicros, 0))],
    ['  Redis PUBLISH/update', configs.map((r) => fixed(updateCosts(r)?.publishes, 2))],
    [
      '  Redis bytes in / out per update',
      configs.map((r) => {
        const c = updateCosts(r);
        return c?.redisInBytes == null ? '-' : `${count(c.redisInBytes)} / ${count(c.redisOutBytes)}`;
      }),
    ],
    ['ramp: max sustained acknowledged/s', configs.map((r) => count(r.maxSustainedPerSecond))],
    [
      '  there: CPU % node(s)',
      configs.map((r) => {
        const s = r.steps.find((x) => x.sustained && x.ackedPerSecond === r.maxSustainedPerSecond);
        return s ? cpuList(s.cpu.nodes) : '-';
      }),
    ],
    [
      '  there: node CPU µs/update above idle',
      configs.map((r) =>
        r.maxSustainedPerSecond === null ? '-' : fixed(updateCosts(r, referenceStep(r))?.nodeMicros, 0),
      ),
    ],
    ['ramp: first step not sustained', configs.map((r) => r.firstUnsustained?.step ?? 'none')],
  ];
  return table(
    ['', ...configs.map((r) => r.config.label)],
    rows.map(([label, cells]) => [label, ...cells]),
    1,
  );
}

function rampTable(result: ConfigResult): string[] {
  const twoNodes = result.config.nodes > 1;
  return table(
    [
      'step (keys/s per client)',
      'offered/s',
      'typed/s',
      'acked/s',
      'p50 ms',
      'p99 ms',
      ...(twoNodes ? ['x-node p99'] : []),
      'missing',
      'node CPU %',
      'loop lag p99 ms',
      'PG %',
      'Redis %',
      'load gen %',
      'irq %',
      'others %',
      'machine %',
      'sustained',
    ],
    result.steps.map((s) => [
      s.step.id,
      count(s.offeredPerSecond),
      count(s.typedPerSecond),
      count(s.ackedPerSecond),
      fixed(s.delivery.perDelivery.p50Ms),
      fixed(s.delivery.perDelivery.p99Ms),
      ...(twoNodes ? [fixed(s.crossNode?.perDelivery.p99Ms)] : []),
      String(s.delivery.missingDeliveries),
      cpuList(s.cpu.nodes),
      s.nodeEventLoopLag.map((l) => l.p99Ms.toFixed(0)).join(' / '),
      fixed(s.cpu.postgres, 0),
      fixed(s.cpu.redis, 0),
      fixed(sum(s.cpu.loadWorkers), 0),
      fixed(s.cpu.interrupts, 0),
      fixed(s.cpu.others, 0),
      fixed(s.cpu.machineBusy, 0),
      s.sustained ? 'yes' : 'NO',
    ]),
    1,
  );
}

/** The plain-text report printed at the end of `pnpm bench:scale`. */
export function formatScaleReport(report: ScaleReport): string {
  const out: string[] = [];
  out.push(`Scale-out benchmark (${report.quick ? 'QUICK smoke run' : 'full run'}), ${report.generatedAt}`);
  out.push(`Command: ${report.command}`);
  out.push(`Machine: ${report.machine.cpus} cores, Node ${report.machine.node}, ${report.machine.platform}`);
  out.push(`Workload: ${report.workload.description}`);
  out.push(
    'Latency = keystroke typed -> update received by another client of the deed (p50/p95/p99 over every receiver, cross-node receivers included); ' +
      'acknowledged = typed in the window and received by EVERY other client of the deed (committed, then fanned out).',
  );
  out.push('');
  if (report.configs.length > 0) {
    out.push(...sideBySide(report.configs));
    out.push('');
    out.push('CPU % = user+system time over the measured window, % of one core; machine % = all cores.');
    out.push('');
  }
  for (const result of report.configs) {
    out.push(
      `Ramp, ${result.config.label} (one continuous run, rate raised step by step; measured after each step settles):`,
    );
    out.push(...rampTable(result));
    out.push(
      `  start ${fixed(result.timings.startMs / 1000)} s, provision ${fixed(result.timings.provisionMs / 1000)} s, tokens ${fixed(result.timings.tokensMs / 1000)} s, connect ${fixed(result.timings.connectMs / 1000)} s` +
        (result.updateLog
          ? `; update log: ${result.updateLog.rows} rows left, ${fixed(result.updateLog.meanBytes, 0)} bytes mean payload`
          : ''),
    );
    out.push('');
  }
  for (const skipped of report.skipped) out.push(`Skipped ${skipped.config}: ${skipped.reason}`);
  if (report.skipped.length > 0) out.push('');
  out.push('How it scales (model from these figures):');
  for (const line of report.model) out.push(`- ${line}`);
  out.push('');
  out.push(report.problems.length > 0 ? 'Problems seen:' : 'Problems seen: none');
  for (const problem of report.problems) out.push(`  ${problem}`);
  return out.join('\n');
}
