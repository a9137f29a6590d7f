import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Redis the 2-node cluster uses as its bus (nothing is flushed or written by the benchmark). */
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function info(): Promise<Map<string, string>> {
  const { stdout } = await run('redis-cli', ['-u', REDIS_URL, 'INFO', 'everything'], { timeout: 10_000 });
  const fields = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0 && !line.startsWith('#')) fields.set(line.slice(0, at), line.slice(at + 1));
  }
  return fields;
}

/** Why Redis cannot be used, or undefined when it answers. */
export async function redisProblem(): Promise<string | undefined> {
  try {
    const fields = await info();
    return fields.has('redis_version') ? undefined : 'INFO gave no version';
  } catch (err) {
    return `Redis not reachable at ${REDIS_URL} through redis-cli: ${(err as Error).message.split('\n')[0]}`;
  }
}

/** Server-wide counters: the benchmark is assumed to be Redis's only busy client meanwhile. */
export interface RedisCounters {
  pid: number;
  commands: number;
  publishes: number;
  /** Redis's own time inside PUBLISH (fan-out to subscribers' buffers included), microseconds. */
  publishMicros: number;
  inputBytes: number;
  outputBytes: number;
}

function commandStat(value: string | undefined, key: string): number {
  const match = new RegExp(`(?:^|,)${key}=([0-9.]+)`).exec(value ?? '');
  return match ? Number(match[1]) : 0;
}

export async function readRedisCounters(): Promise<RedisCounters> {
  const fields = await info();
  const publish = fields.get('cmdstat_publish');
  return {
    pid: Number(fields.get('process_id') ?? 0),
    commands: Number(fields.get('total_commands_processed') ?? 0),
    publishes: commandStat(publish, 'calls'),
    publishMicros: commandStat(publish, 'usec'),
    inputBytes: Number(fields.get('total_net_input_bytes') ?? 0),
    outputBytes: Number(fields.get('total_net_output_bytes') ?? 0),
  };
}

export function redisDelta(before: RedisCounters, after: RedisCounters): RedisCounters {
  return {
    pid: after.pid,
    commands: after.commands - before.commands,
    publishes: after.publishes - before.publishes,
    publishMicros: after.publishMicros - before.publishMicros,
    inputBytes: after.inputBytes - before.inputBytes,
    outputBytes: after.outputBytes - before.outputBytes,
  };
}
