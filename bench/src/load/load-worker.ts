/**
 * Child process of the load generator: hosts a share of the simulated clients, types on
 * command, and returns what it sent and received. Several run side by side so that no single
 * event loop of the load generator becomes the bottleneck.
 */
import { createHash } from 'node:crypto';
import type {
  ParentToWorker,
  WorkerResult,
  WorkerSetup,
  WorkerStart,
  WorkerToParent,
} from '../ipc/worker-messages';
import { nowMs, sleep } from '../measure/clock';
import { DeliveryLog } from '../measure/delivery-log';
import { EventLoopLag } from '../measure/event-loop-lag';
import { createClient } from '../protocol/create-client';
import { TypingClient } from './typing-client';

interface Hosted {
  deedIndex: number;
  clientIndex: number;
  typist: TypingClient;
}

const hosted: Hosted[] = [];
const deliveries = new DeliveryLog();
const errors: string[] = [];

function send(message: WorkerToParent): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) throw new Error('load worker must be forked with an IPC channel');
    process.send(message, undefined, {}, () => resolve());
  });
}

async function connectAll(setup: WorkerSetup): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const connectOne = async () => {
    for (;;) {
      const assigned = setup.clients[next++];
      if (!assigned) return;
      const client = createClient(assigned.spec);
      client.onRemoteUpdate(deliveries.receiver(() => client.doc.clientID));
      try {
        await client.connect(setup.connectTimeoutMs);
        const typist = new TypingClient(client, setup.keystrokesPerSecond);
        hosted.push({ deedIndex: assigned.deedIndex, clientIndex: assigned.clientIndex, typist });
      } catch (err) {
        failures.push(`${assigned.spec.docName}#${assigned.clientIndex}: ${(err as Error).message}`);
        client.close();
      }
    }
  };
  await Promise.all(Array.from({ length: setup.connectConcurrency }, connectOne));
  return failures;
}

async function run(start: WorkerStart): Promise<WorkerResult> {
  const lag = new EventLoopLag();
  await sleep(Math.max(0, start.startAt - nowMs()));
  lag.start();
  for (const h of hosted) h.typist.start(start.stopAt, start.rateSteps);
  await sleep(Math.max(0, start.stopAt - nowMs()));
  const eventLoopDelay = lag.read();
  lag.stop();
  for (const h of hosted) h.typist.stop();

  // Drain: wait until nothing arrived for quietMs (bounded by maxDrainMs).
  const drainEnds = nowMs() + start.maxDrainMs;
  let seen = deliveries.count;
  let quietSince = nowMs();
  while (nowMs() < drainEnds && nowMs() - quietSince < start.quietMs) {
    await sleep(50);
    if (deliveries.count !== seen) {
      seen = deliveries.count;
      quietSince = nowMs();
    }
  }

  const unexpectedCloses: Record<string, number> = {};
  for (const h of hosted) {
    const closed = h.typist.client.unexpectedClose;
    if (closed) {
      const key = `${closed.code} ${closed.reason}`;
      unexpectedCloses[key] = (unexpectedCloses[key] ?? 0) + 1;
    }
    if (h.typist.clockMismatches > 0) errors.push(`client ${h.clientIndex}: keystroke clocks out of step`);
  }
  const result: WorkerResult = {
    type: 'result',
    sends: hosted.map((h) => ({
      deedIndex: h.deedIndex,
      clientId: h.typist.client.doc.clientID,
      times: h.typist.sends(),
    })),
    arrivals: deliveries.columns(),
    digests: hosted.map((h) => {
      const text = h.typist.text.toString();
      return {
        deedIndex: h.deedIndex,
        clientIndex: h.clientIndex,
        length: text.length,
        hash: createHash('sha1').update(text).digest('hex').slice(0, 16),
      };
    }),
    unexpectedCloses,
    errors,
    eventLoopDelay,
  };
  for (const h of hosted) h.typist.client.close();
  return result;
}

process.on('message', (message: ParentToWorker) => {
  void (async () => {
    try {
      if (message.type === 'setup') {
        const began = nowMs();
        const failures = await connectAll(message);
        await send({ type: 'connected', clients: hosted.length, failures, elapsedMs: nowMs() - began });
      } else {
        await send(await run(message));
        process.disconnect();
      }
    } catch (err) {
      await send({ type: 'failed', message: (err as Error).stack ?? String(err) });
      process.exit(1);
    }
  })();
});
