import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { cpuSeconds } from '../measure/process-stats';

/** Processes whose command name (/proc/<pid>/comm) is `name`, e.g. every process of PostgreSQL. */
export function pidsNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

function cpuOf(pids: number[]): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const pid of pids) {
    try {
      seconds.set(pid, cpuSeconds(pid));
    } catch {
      // exited meanwhile
    }
  }
  return seconds;
}

/**
 * CPU of a service made of processes that come and go (PostgreSQL forks a backend per pooled
 * connection), as % of one core over a window: processes found at the end count from their
 * start when they were not there at the beginning; processes gone by the end are lost (rare:
 * pools keep their connections while busy).
 */
export class ServiceCpuWindow {
  private before = new Map<number, number>();
  private startedAt = 0;

  constructor(private readonly findPids: () => number[]) {}

  begin(): void {
    this.startedAt = performance.now();
    this.before = cpuOf(this.findPids());
  }

  end(): { percent: number; processes: number } {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const after = cpuOf(this.findPids());
    let used = 0;
    for (const [pid, cpu] of after) used += cpu - (this.before.get(pid) ?? 0);
    return { percent: seconds > 0 ? (used / seconds) * 100 : 0, processes: after.size };
  }
}

/** irq + softirq jiffies of the whole machine (/proc/stat), and all jiffies. */
function interruptJiffies(): { interrupts: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  return { interrupts: (values[5] ?? 0) + (values[6] ?? 0), total: values.reduce((sum, v) => sum + v, 0) };
}

/**
 * Time the kernel spent in interrupts (mostly the loopback network's softirq work) over a window,
 * as % of one core: it is charged to no process.
 */
export class KernelCpuWindow {
  private before = { interrupts: 0, total: 0 };

  begin(): void {
    this.before = interruptJiffies();
  }

  end(): number {
    const after = interruptJiffies();
    const total = after.total - this.before.total;
    const cores = cpus().length;
    return total > 0 ? ((after.interrupts - this.before.interrupts) / total) * 100 * cores : 0;
  }
}
