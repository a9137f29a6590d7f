import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type Reply = { id: number; result: unknown } | { id: number; error: string };

/** A job as the caller sends it: the id is given by the RPC. */
export type JobWithoutId<Job> = Job extends unknown ? Omit<Job, 'id'> : never;

export interface ChildRpc<Job extends { id: number }> {
  /** Sends a job to the child (started on first use) and resolves with its answer. */
  request<T>(job: JobWithoutId<Job>): Promise<T>;
  /** Ends the child: it is disconnected (it cleans up and exits), killed after 5 s. */
  release(): Promise<void>;
}

/**
 * Heavy work out of the server's event loop: `entry` (a TypeScript module served by
 * {@link serveChildRpc}) runs in a forked child process through tsx, as the server itself runs,
 * started on the first job and kept for the next ones. A job past `timeoutMs` kills the child
 * and fails; a crash fails the jobs under way; the next job forks a new child. The child never
 * keeps the server's process alive by itself.
 */
export function createChildRpc<Job extends { id: number }>(
  entry: URL,
  options: { label: string; timeoutMs: number; args?: string[] },
): ChildRpc<Job> {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  let child: ChildProcess | undefined;
  let nextId = 1;
  let pending = 0;

  function start(): ChildProcess {
    const started = fork(entry, options.args ?? [], {
      execArgv: ['--import', tsxLoader],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    started.once('exit', () => {
      if (child === started) child = undefined;
    });
    started.unref();
    started.channel?.unref();
    return started;
  }

  function request<T>(job: JobWithoutId<Job>): Promise<T> {
    child ??= start();
    const current = child;
    const id = nextId++;
    // While a job is under way the channel holds the process open: its answer is awaited.
    if (pending++ === 0) current.channel?.ref();
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        finish();
        current.kill('SIGKILL');
        reject(new Error(`${options.label} timed out after ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        finish();
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.result as T);
      };
      const onExit = (code: number | null, signal: string | null) => {
        finish();
        reject(new Error(`${options.label} process exited (${signal ?? code})`));
      };
      function finish() {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('exit', onExit);
        if (--pending === 0) current.channel?.unref();
      }
      current.on('message', onMessage);
      current.once('exit', onExit);
      current.send({ ...job, id });
    });
  }

  return {
    request,
    async release() {
      const current = child;
      child = undefined;
      if (!current || current.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.disconnect();
      const timer = setTimeout(() => current.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
