import { cpus } from 'node:os';
import type { ServerKind } from '../ipc/server-messages';
import type { LoadResult } from '../load/run-typing-load';
import { cpuMicrosPerDelivery, type RatioRow, type ServerOutput } from './bench-report';

const SATURATED_PERCENT = 90;
const WORKER_LAG_MS = 50;
const NOISY_PERCENT = 20;
/** Start-up banners, not problems. */
const IGNORED_SERVER_OUTPUT = [/^Persisting documents to /];

/** Says, per run, which process ran out of CPU: the server, a load worker, or the machine. */
export function diagnoseSaturation(result: LoadResult): string {
  const findings: string[] = [];
  if (result.cpu.serverPercent >= SATURATED_PERCENT) {
    findings.push(`server at ${result.cpu.serverPercent.toFixed(0)}% of its one core (saturated)`);
  }
  result.cpu.workerPercents.forEach((percent, i) => {
    const lag = result.workerEventLoopDelay[i]?.p99Ms ?? 0;
    if (percent >= SATURATED_PERCENT || lag >= WORKER_LAG_MS) {
      findings.push(`load worker ${i} at ${percent.toFixed(0)}% CPU, event-loop p99 ${lag.toFixed(0)} ms`);
    }
  });
  if (result.cpu.machineBusyPercent >= SATURATED_PERCENT) {
    findings.push(`machine ${result.cpu.machineBusyPercent.toFixed(0)}% busy (all cores)`);
  }
  if (result.cpu.otherProcessesPercent >= NOISY_PERCENT) {
    findings.push(
      `processes outside the benchmark used ${result.cpu.otherProcessesPercent.toFixed(0)}% of a core (noisy run)`,
    );
  }
  const summary = findings.length > 0 ? findings.join('; ') : 'nothing saturated';
  const workers = result.cpu.workerPercents.map((p) => p.toFixed(0)).join('/');
  return (
    `${result.server} ${result.load}: ${summary} ` +
    `[server ${result.cpu.serverPercent.toFixed(0)}%, workers ${workers}%, bench main ${result.cpu.benchMainPercent.toFixed(0)}%, ` +
    `others ${result.cpu.otherProcessesPercent.toFixed(0)}%, machine ${result.cpu.machineBusyPercent.toFixed(0)}% of ${cpus().length} cores]`
  );
}

export function ratioRows(loads: LoadResult[], ours: ServerKind): RatioRow[] {
  const rows: RatioRow[] = [];
  for (const mine of loads.filter((l) => l.server === ours)) {
    for (const theirs of loads.filter((l) => l.load === mine.load && l.server !== ours)) {
      const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
      rows.push({
        load: mine.load,
        versus: theirs.server as ServerKind,
        p50: ratio(mine.delivery.perDelivery.p50Ms, theirs.delivery.perDelivery.p50Ms),
        p95: ratio(mine.delivery.perDelivery.p95Ms, theirs.delivery.perDelivery.p95Ms),
        p99: ratio(mine.delivery.perDelivery.p99Ms, theirs.delivery.perDelivery.p99Ms),
        deliveredPerSecond: ratio(mine.delivery.deliveredPerSecond, theirs.delivery.deliveredPerSecond),
        serverCpuPercent: ratio(mine.cpu.serverPercent, theirs.cpu.serverPercent),
        serverCpuMicrosPerDelivery: ratio(cpuMicrosPerDelivery(mine), cpuMicrosPerDelivery(theirs)),
        rssMb: ratio(mine.rss.endMb, theirs.rss.endMb),
        mbPerDeed: ratio(mine.rss.mbPerDeed, theirs.rss.mbPerDeed),
        liveKbPerDeed: ratio(mine.rss.liveKbPerDeed, theirs.rss.liveKbPerDeed),
      });
    }
  }
  return rows;
}

/** Anything that should not happen in a clean run: refused clients, lost updates, divergence. */
export function problemsOf(result: LoadResult & { serverOutput: ServerOutput }): string[] {
  const problems: string[] = [];
  const where = `${result.server} ${result.load}`;
  if (result.clients.connected < result.clients.planned) {
    problems.push(
      `${where}: ${result.clients.planned - result.clients.connected} clients failed to connect (${result.clients.failures.slice(0, 3).join(' | ')})`,
    );
  }
  if (result.delivery.missingDeliveries > 0) {
    problems.push(
      `${where}: ${result.delivery.missingDeliveries} of ${result.delivery.expectedDeliveries} deliveries never arrived`,
    );
  }
  if (result.convergence.converged < result.convergence.deeds) {
    problems.push(
      `${where}: ${result.convergence.deeds - result.convergence.converged} deeds did not converge`,
    );
  }
  for (const [close, count] of Object.entries(result.unexpectedCloses)) {
    problems.push(`${where}: ${count} sockets closed by the server (${close})`);
  }
  for (const error of result.errors) problems.push(`${where}: ${error}`);
  const logged = result.serverOutput.lines.filter(
    (line) => !IGNORED_SERVER_OUTPUT.some((re) => re.test(line)),
  );
  if (logged.length > 0) {
    problems.push(
      `${where}: the server printed ${result.serverOutput.count} lines, e.g. ${logged.slice(0, 3).join(' | ')}`,
    );
  }
  return problems;
}
