import { type ChildProcess, fork } from 'node:child_process';

const MAX_KEPT_LINES = 50;

interface Tagged {
  type: string;
}

/**
 * A forked TypeScript child (the tsx loader is inherited through execArgv) with typed request/
 * answer messaging: `next('ready')` waits for the next message of that type, and rejects when the
 * child reports `failed` or exits first.
 */
export class ChildChannel<In extends Tagged, Out extends Tagged> {
  readonly child: ChildProcess;
  private readonly inbox: Out[] = [];
  private waiters: Array<() => void> = [];
  private exitError: Error | undefined;

  /** What the child printed, when captured (bounded: the first lines, and a count). */
  readonly output = { lines: [] as string[], count: 0 };

  constructor(
    modulePath: string,
    args: string[],
    options: { extraExecArgv?: string[]; captureOutput?: boolean } = {},
  ) {
    this.child = fork(modulePath, args, {
      serialization: 'advanced',
      stdio: options.captureOutput ? ['ignore', 'pipe', 'pipe', 'ipc'] : 'inherit',
      execArgv: [...process.execArgv, ...(options.extraExecArgv ?? [])],
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.setEncoding('utf8');
      let partial = '';
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines.filter((l) => l.trim() !== '')) this.keepLine(line);
      });
    }
    this.child.on('message', (message: Out) => {
      this.inbox.push(message);
      this.wake();
    });
    this.child.on('error', (err) => {
      this.exitError ??= err;
      this.wake();
    });
    this.child.on('exit', (code, signal) => {
      this.exitError = new Error(`${modulePath} exited (code ${code}, signal ${signal})`);
      this.wake();
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('child has no pid');
    return this.child.pid;
  }

  send(message: In): void {
    if (!this.child.connected) throw this.exitError ?? new Error('child is not connected');
    this.child.send(message);
  }

  async next<T extends Out['type']>(type: T, timeoutMs: number): Promise<Extract<Out, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.inbox.findIndex((m) => m.type === type || m.type === 'failed');
      const found = this.inbox[index];
      if (found) {
        this.inbox.splice(index, 1);
        if (found.type === 'failed' && type !== 'failed') {
          throw new Error(`child failed: ${(found as Tagged & { message?: string }).message ?? ''}`);
        }
        return found as Extract<Out, { type: T }>;
      }
      if (this.exitError) throw this.exitError;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for "${type}"`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for the child to exit, killing it after `graceMs`. */
  async exited(graceMs: number): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private keepLine(line: string): void {
    this.output.count += 1;
    if (this.output.lines.length < MAX_KEPT_LINES) this.output.lines.push(line.slice(0, 500));
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
