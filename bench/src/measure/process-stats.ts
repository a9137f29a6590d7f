import { readFileSync } from 'node:fs';

/** Linux clock ticks per second (`getconf CLK_TCK`), 100 on every mainstream kernel config. */
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process, in seconds, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: split after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

/** Resident set size of a process, in bytes, from /proc/<pid>/status (VmRSS). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Busy and total jiffies of the whole machine, from the first line of /proc/stat. */
export function machineJiffies(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, v) => sum + v, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** CPU use of a set of processes over a window, as % of one core. */
export class CpuWindow {
  private readonly startCpu = new Map<number, number>();
  private startedAt = 0;
  private startMachine = { busy: 0, total: 0 };

  begin(pids: number[]): void {
    this.startedAt = performance.now();
    this.startMachine = machineJiffies();
    for (const pid of pids) this.startCpu.set(pid, cpuSeconds(pid));
  }

  /** Per-pid % of one core, and the machine's busy % of all its cores. */
  end(): { perPid: Map<number, number>; machineBusyPercent: number; seconds: number } {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const perPid = new Map<number, number>();
    for (const [pid, before] of this.startCpu) {
      perPid.set(pid, ((cpuSeconds(pid) - before) / seconds) * 100);
    }
    const machine = machineJiffies();
    const busy = machine.busy - this.startMachine.busy;
    const total = machine.total - this.startMachine.total;
    return { perPid, machineBusyPercent: total > 0 ? (busy / total) * 100 : 0, seconds };
  }
}

/** Samples a process's RSS periodically; keeps the peak. */
export class RssSampler {
  peakBytes = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pid: number) {}

  start(everyMs: number): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  stop(): number {
    clearInterval(this.timer);
    return this.sample();
  }

  private sample(): number {
    const rss = rssBytes(this.pid);
    this.peakBytes = Math.max(this.peakBytes, rss);
    return rss;
  }
}
