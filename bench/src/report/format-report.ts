import type { BenchReport } from './bench-report';
import { cpuMicrosPerDelivery } from './bench-report';

function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

/** A plain-text table: the first `textColumns` columns left-aligned, the figures right-aligned. */
export function table(header: string[], rows: string[][], textColumns = 2): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The plain-text report printed at the end of `pnpm bench:collab`. */
export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  out.push(
    `Collaboration benchmark (${report.quick ? 'QUICK smoke run' : 'full run'}), ${report.generatedAt}`,
  );
  out.push(`Command: ${report.command}`);
  out.push(`Machine: ${report.machine.cpus} cores, Node ${report.machine.node}, ${report.machine.platform}`);
  out.push(
    `Versions: ${Object.entries(report.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
  );
  out.push('Persistence:');
  for (const [server, text] of Object.entries(report.persistence)) out.push(`  ${server}: ${text}`);
  for (const note of report.notes) out.push(`Note: ${note}`);
  out.push('');

  out.push('Typing loads (latency = keystroke typed -> update received by another client of the deed):');
  const rows = report.loads.map((l) => [
    l.server,
    l.load,
    fixed(l.delivery.perDelivery.p50Ms),
    fixed(l.delivery.perDelivery.p95Ms),
    fixed(l.delivery.perDelivery.p99Ms),
    fixed(l.delivery.toAllPeers.p99Ms),
    fixed(l.delivery.keystrokesPerSecond, 0),
    fixed(l.delivery.deliveredPerSecond, 0),
    String(l.delivery.missingDeliveries),
    fixed(l.cpu.serverPercent, 0),
    fixed(l.serverEventLoopLag.p99Ms, 1),
    fixed(cpuMicrosPerDelivery(l), 1),
    fixed(l.rss.endMb, 0),
    fixed(l.rss.mbPerDeed, 3),
    fixed(l.rss.liveKbPerDeed, 0),
  ]);
  out.push(
    ...table(
      [
        'server',
        'load',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'p99 all-peers ms',
        'typed/s',
        'updates delivered/s',
        'missing',
        'CPU %',
        'loop lag p99 ms',
        'CPU us/update',
        'RSS MB',
        'MB/deed',
        'live KB/deed',
      ],
      rows,
    ),
  );
  out.push('');
  for (const load of [...new Set(report.loads.map((l) => `${l.load}: ${l.description}`))]) out.push(load);
  out.push('CPU % = server process user+system time over the measurement window, % of one core.');
  out.push('loop lag p99 = how late the server process ran its timers (event loop blocked or starved).');
  out.push(
    'RSS MB = server RSS at the end of the window, after a full GC (--expose-gc in the server process).',
  );
  out.push('MB/deed = (that RSS - RSS after a GC before any client connected) / deeds.');
  out.push(
    'live KB/deed = the same delta for V8 heap + external buffers (RSS rarely shrinks: the finer measure).',
  );
  out.push(
    'One-deed loads: per-deed memory is one deed with all its connections; MB/deed is left out there.',
  );
  out.push('');

  out.push(
    'Ratios ours (deedroom) / theirs (latency, CPU, memory: < 1 is better; delivered/s: > 1 is better):',
  );
  out.push(
    ...table(
      [
        'versus',
        'load',
        'p50',
        'p95',
        'p99',
        'delivered/s',
        'CPU %',
        'CPU/update',
        'RSS',
        'MB/deed',
        'live/deed',
      ],
      report.ratios.map((r) => [
        r.versus,
        r.load,
        fixed(r.p50, 2),
        fixed(r.p95, 2),
        fixed(r.p99, 2),
        fixed(r.deliveredPerSecond, 2),
        fixed(r.serverCpuPercent, 2),
        fixed(r.serverCpuMicrosPerDelivery, 2),
        fixed(r.rssMb, 2),
        fixed(r.mbPerDeed, 2),
        fixed(r.liveKbPerDeed, 2),
      ]),
    ),
  );
  out.push('');

  out.push('What saturated:');
  for (const line of report.saturation) out.push(`  ${line}`);
  out.push('');

  out.push('Editing-trace replays (writer applies batches, acknowledged by a second client receiving them):');
  for (const t of report.traces) {
    out.push(
      `  ${t.trace}: ${t.txns} txns, ${t.patches} patches, ${t.finalLength} chars final; ` +
        `${t.inProcess.updates} updates of ${t.batchSize} txns (${fixed(t.inProcess.updateBytes / 1024, 0)} KiB)`,
    );
    out.push(
      `    in-process Y.Doc: ${fixed(t.inProcess.localMs, 0)} ms (physical limit); ` +
        `with a second Y.Doc synced in-process: ${fixed(t.inProcess.twoDocsMs, 0)} ms`,
    );
    for (const s of t.servers) {
      const status = s.error ? `FAILED: ${s.error}` : s.converged ? 'final text identical' : 'DIVERGED';
      out.push(
        `    ${s.server.padEnd(18)} ${fixed(s.totalMs, 0).padStart(7)} ms = ${fixed(s.ratioToInProcess, 2).padStart(6)}x in-process, ` +
          `server CPU ${fixed(s.serverCpuSeconds, 2)} s, ${status}`,
      );
    }
  }
  out.push('');
  out.push(report.problems.length > 0 ? 'Problems seen:' : 'Problems seen: none');
  for (const problem of report.problems) out.push(`  ${problem}`);
  return out.join('\n');
}
