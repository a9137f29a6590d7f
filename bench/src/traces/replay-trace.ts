import type { ClientSpec } from '../protocol/client-spec';
import { createClient } from '../protocol/create-client';
import { applyPatches, batchTxns, type EditingTrace } from './editing-trace';

export interface ServerReplay {
  /** First batch sent -> the observer holds the final text. */
  totalMs: number;
  updates: number;
  converged: boolean;
  error: string | undefined;
}

interface Pending {
  predicate: () => boolean;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Replays a trace through a server: a writer client applies it batch by batch as Y.Text edits;
 * y-websocket has no acknowledgement, so a batch counts as acknowledged when a second (observer)
 * client has received it, and at most `window` batches are in flight. The clock stops when the
 * observer holds the final text.
 */
export async function replayThroughServer(
  trace: EditingTrace,
  writerSpec: ClientSpec,
  observerSpec: ClientSpec,
  options: { batchSize: number; window: number; timeoutMs: number },
): Promise<ServerReplay> {
  const batches = batchTxns(trace, options.batchSize);
  const writer = createClient(writerSpec);
  const observer = createClient(observerSpec);
  let pending: Pending | undefined;
  let deadline = Number.POSITIVE_INFINITY;
  const settle = () => {
    if (!pending) return;
    const closed = writer.unexpectedClose ?? observer.unexpectedClose;
    const failure = closed
      ? `socket closed by the server: ${closed.code} ${closed.reason}`
      : performance.now() > deadline
        ? `timed out after ${options.timeoutMs} ms`
        : undefined;
    const current = pending;
    if (failure) current.reject(new Error(failure));
    else if (current.predicate()) current.resolve();
    else return;
    pending = undefined;
  };
  const until = (predicate: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      pending = { predicate, resolve, reject };
      settle();
    });
  const heartbeat = setInterval(settle, 100); // notices closes and the deadline without traffic
  try {
    await writer.connect(30_000);
    await observer.connect(30_000);
    const writerText = writer.doc.getText('deed');
    const observerText = observer.doc.getText('deed');
    let received = 0;
    observer.onRemoteUpdate(() => {
      received += 1;
      setImmediate(settle); // the update is applied right after its listeners ran
    });

    const began = performance.now();
    deadline = began + options.timeoutMs;
    for (const [index, batch] of batches.entries()) {
      await until(() => received > index - options.window);
      writer.doc.transact(() => applyPatches(writerText, batch));
    }
    await until(() => received >= batches.length && observerText.length === trace.endContent.length);
    const totalMs = performance.now() - began;
    const converged =
      observerText.toString() === trace.endContent && writerText.toString() === trace.endContent;
    return { totalMs, updates: batches.length, converged, error: undefined };
  } catch (err) {
    return { totalMs: Number.NaN, updates: batches.length, converged: false, error: (err as Error).message };
  } finally {
    clearInterval(heartbeat);
    writer.close();
    observer.close();
  }
}
