import { buildClientSpecs } from '../load/client-specs';
import { cpuSeconds } from '../measure/process-stats';
import type { ServerHandle } from '../servers/spawn-server';
import type { EditingTrace } from './editing-trace';
import { replayThroughServer, type ServerReplay } from './replay-trace';

export interface TraceReplayResult extends ServerReplay {
  server: string;
  trace: string;
  /** CPU seconds the server process spent during the replay. */
  serverCpuSeconds: number;
}

/** Replays each trace into its own deed of one server, one after the other. */
export async function runTraceReplays(
  server: ServerHandle,
  traces: EditingTrace[],
  options: { batchSize: number; window: number; timeoutMs: number },
): Promise<TraceReplayResult[]> {
  const { world } = await server.provision({ deeds: traces.length, users: 2 });
  const specs = await buildClientSpecs(server, world, 2);
  const results: TraceReplayResult[] = [];
  for (const [d, trace] of traces.entries()) {
    const [writer, observer] = specs[d] ?? [];
    if (!writer || !observer) throw new Error('two clients per trace deed expected');
    const cpuBefore = cpuSeconds(server.pid);
    const replay = await replayThroughServer(trace, writer, observer, options);
    results.push({
      server: server.kind,
      trace: trace.name,
      serverCpuSeconds: cpuSeconds(server.pid) - cpuBefore,
      ...replay,
    });
  }
  return results;
}
