import { CSRF_HEADER, type VaultUploadResult } from '@deedroom/shared';
import { type DetailedError, Upload } from 'tus-js-client';
import { fetchUploadResult, VAULT_UPLOADS_ENDPOINT } from '../api/vault-api';
import { checkFileBeforeUpload, describeUploadError, type UploadProblem } from './describe-upload-error';
import { TransferRateMeter } from './measure-transfer-rate';
import type { PickedFile } from './read-dropped-files';
import { forgetStoredUpload } from './unfinished-uploads';
import { buildUploadFingerprint, buildUploadMetadata, type UploadTarget } from './upload-target';

/**
 * - `queued`: waiting for a free slot (a few files go at once, the others wait);
 * - `uploading`, `retrying` (the network dropped: tus-js-client tries again by itself);
 * - `offline`: the browser is offline, the upload goes on at the `online` event;
 * - `paused` by the user; `finishing`: every byte sent, asking the server where the file landed;
 * - `done`, `duplicate` (the deal already held these bytes), `failed` (see `problem`).
 */
export type UploadStatus =
  | 'queued'
  | 'uploading'
  | 'retrying'
  | 'offline'
  | 'paused'
  | 'finishing'
  | 'done'
  | 'duplicate'
  | 'failed';

export interface UploadEntry {
  id: string;
  dealId: string;
  fileName: string;
  relativePath: string;
  size: number;
  bytesSent: number;
  status: UploadStatus;
  bytesPerSecond: number | null;
  secondsLeft: number | null;
  /** The server's offset when the upload picked up an earlier, interrupted one. */
  resumedFrom: number | null;
  problem: UploadProblem | null;
  result: VaultUploadResult | null;
  target: UploadTarget;
}

/** Each request carries at most this much: a cut connection loses at most one chunk. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/** Waits between automatic retries after a network failure or a server error (ms). */
const RETRY_DELAYS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000];
/** Files sent at the same time; the others wait their turn. */
const PARALLEL_UPLOADS = 3;
/** Progress events come many times a second; the list is redrawn at most this often (ms). */
const NOTIFY_EVERY_MS = 200;

interface Running {
  entry: UploadEntry;
  file: File;
  csrfToken: string;
  upload: Upload | null;
  meter: TransferRateMeter;
}

type Listener = () => void;
type LandedListener = (entry: UploadEntry) => void;

/**
 * The uploads of one deal, outside React so that they go on when the user opens another tab of
 * the deal. Components read `getSnapshot()` through `useSyncExternalStore`.
 */
export class UploadQueue {
  private readonly runs = new Map<string, Running>();
  private order: string[] = [];
  private snapshot: readonly UploadEntry[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly landedListeners = new Set<LandedListener>();
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;

  constructor(
    private readonly dealId: string,
    private readonly userId: string,
  ) {
    window.addEventListener('online', () => this.resumeOffline());
    // Leaving the page stops the uploads (they resume later, but only once the files are given
    // again): the browser asks the user to confirm first.
    window.addEventListener('beforeunload', (event) => {
      if (this.hasUnfinishedWork()) event.preventDefault();
    });
  }

  /** Files still being sent or waiting their turn (not paused, not failed). */
  hasUnfinishedWork(): boolean {
    return [...this.runs.values()].some(
      (run) =>
        isActive(run.entry.status) || run.entry.status === 'queued' || run.entry.status === 'finishing',
    );
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly UploadEntry[] => this.snapshot;

  /** Called once per file that reached the vault (or was found there already). */
  onLanded(listener: LandedListener): () => void {
    this.landedListeners.add(listener);
    return () => this.landedListeners.delete(listener);
  }

  /** Queues the files; a file matching an interrupted upload of the same target resumes it. */
  add(files: readonly PickedFile[], target: UploadTarget, csrfToken: string): string[] {
    const ids: string[] = [];
    for (const { file, relativePath } of files) {
      const id = `upload-${this.nextId++}`;
      const problem = checkFileBeforeUpload(file);
      const entry: UploadEntry = {
        id,
        dealId: this.dealId,
        fileName: file.name,
        relativePath,
        size: file.size,
        bytesSent: 0,
        status: problem ? 'failed' : 'queued',
        bytesPerSecond: null,
        secondsLeft: null,
        resumedFrom: null,
        problem,
        result: null,
        target,
      };
      this.runs.set(id, { entry, file, csrfToken, upload: null, meter: new TransferRateMeter() });
      this.order.push(id);
      ids.push(id);
    }
    this.pump();
    this.notify(true);
    return ids;
  }

  pause(id: string): void {
    const run = this.runs.get(id);
    if (!run) return;
    if (run.entry.status === 'queued') {
      this.update(run, { status: 'paused' });
      return;
    }
    if (!isActive(run.entry.status)) return;
    void run.upload?.abort();
    run.meter.restart();
    this.update(run, { status: 'paused', bytesPerSecond: null, secondsLeft: null });
    this.pump();
  }

  resume(id: string): void {
    const run = this.runs.get(id);
    if (
      !run ||
      !(run.entry.status === 'paused' || run.entry.status === 'failed' || run.entry.status === 'offline')
    ) {
      return;
    }
    if (run.entry.status === 'failed' && checkFileBeforeUpload(run.file)) return;
    this.update(run, { status: 'queued', problem: null });
    this.pump();
  }

  /** Stops the upload and deletes what the server received of it. */
  cancel(id: string): void {
    const run = this.runs.get(id);
    if (!run) return;
    this.runs.delete(id);
    this.order = this.order.filter((other) => other !== id);
    // Terminating also forgets the fingerprint, unless the server already dropped the upload.
    const upload = run.upload;
    if (upload) {
      void upload.abort(true).catch(() => (upload.url ? forgetStoredUpload(upload.url) : undefined));
    }
    this.pump();
    this.notify(true);
  }

  /** Takes a finished or failed row off the list. */
  dismiss(id: string): void {
    const run = this.runs.get(id);
    if (!run || isActive(run.entry.status) || run.entry.status === 'finishing') return;
    this.runs.delete(id);
    this.order = this.order.filter((other) => other !== id);
    this.notify(true);
  }

  /** Takes every row that landed off the list. */
  dismissLanded(): void {
    for (const run of [...this.runs.values()]) {
      if (run.entry.status === 'done' || run.entry.status === 'duplicate') this.dismiss(run.entry.id);
    }
  }

  /** The upload URLs being worked on now (so the « interrupted uploads » list skips them). */
  activeUploadUrls(): Set<string> {
    const urls = new Set<string>();
    for (const run of this.runs.values()) if (run.upload?.url) urls.add(run.upload.url);
    return urls;
  }

  private pump(): void {
    let running = [...this.runs.values()].filter((run) => isActive(run.entry.status)).length;
    for (const id of this.order) {
      if (running >= PARALLEL_UPLOADS) return;
      const run = this.runs.get(id);
      if (run?.entry.status !== 'queued') continue;
      running += 1;
      void this.start(run);
    }
  }

  private async start(run: Running): Promise<void> {
    this.update(run, { status: 'uploading' });
    run.meter.restart();
    if (run.upload) {
      // A paused or failed upload: tus asks the server for its offset (HEAD), then goes on.
      run.upload.start();
      return;
    }
    const upload = this.createUpload(run);
    run.upload = upload;
    try {
      const previous = await upload.findPreviousUploads();
      const latest = previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
      if (latest) {
        upload.resumeFromPreviousUpload(latest);
      }
    } catch {
      // localStorage unreadable: the upload simply starts from the first byte.
    }
    if (run.entry.status === 'uploading') upload.start();
  }

  private createUpload(run: Running): Upload {
    const { entry, file } = run;
    const target = entry.target;
    return new Upload(file, {
      endpoint: new URL(VAULT_UPLOADS_ENDPOINT, window.location.origin).href,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      metadata: buildUploadMetadata(this.dealId, file.name, target),
      headers: { [CSRF_HEADER]: run.csrfToken },
      fingerprint: (chosen) =>
        Promise.resolve(buildUploadFingerprint(this.userId, this.dealId, chosen as File, target)),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onAfterResponse: (request, response) => {
        // A HEAD is how tus resumes: its answer is where the server's copy of the file stops.
        if (request.getMethod() !== 'HEAD' || run.entry.resumedFrom !== null) return;
        const offset = Number(response.getHeader('Upload-Offset'));
        if (Number.isFinite(offset) && offset > 0)
          this.update(run, { resumedFrom: offset, bytesSent: offset });
      },
      onProgress: (bytesSent, bytesTotal) => {
        if (!this.runs.has(entry.id) || run.entry.status === 'paused') return;
        run.meter.record(bytesSent);
        this.update(run, {
          status: 'uploading',
          bytesSent,
          bytesPerSecond: run.meter.bytesPerSecond(),
          secondsLeft: run.meter.secondsLeft(bytesTotal),
        });
      },
      onShouldRetry: (error: DetailedError, _attempt, _options) => {
        const status = error.originalResponse?.getStatus() ?? 0;
        const isRetryable = status === 0 || status >= 500 || status === 423;
        if (isRetryable && navigator.onLine && this.runs.has(entry.id)) {
          run.meter.restart();
          this.update(run, {
            status: 'retrying',
            bytesPerSecond: null,
            secondsLeft: null,
            problem: describeUploadError(error),
          });
        }
        return isRetryable && navigator.onLine;
      },
      onError: (error) => {
        if (!this.runs.has(entry.id)) return;
        const problem = describeUploadError(error);
        const status = problem.isNetwork && !navigator.onLine ? 'offline' : 'failed';
        // A refusal (type, size, rights) ends the upload on the server: nothing is left to resume.
        const url = run.upload?.url;
        if (problem.isRefusal && url) void forgetStoredUpload(url).catch(() => undefined);
        run.meter.restart();
        this.update(run, { status, problem, bytesPerSecond: null, secondsLeft: null });
        this.pump();
      },
      onSuccess: () => {
        if (!this.runs.has(entry.id)) return;
        this.update(run, {
          status: 'finishing',
          bytesSent: entry.size,
          bytesPerSecond: null,
          secondsLeft: null,
        });
        this.pump();
        void this.readResult(run);
      },
    });
  }

  /** The document the finished upload became; the server may still be filing it, so ask again. */
  private async readResult(run: Running): Promise<void> {
    const url = run.upload?.url;
    if (!url) return;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      try {
        const result = await fetchUploadResult(url);
        this.update(run, { status: result.isDuplicate ? 'duplicate' : 'done', result, problem: null });
        for (const listener of this.landedListeners) listener(run.entry);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
      }
    }
    this.update(run, {
      status: 'done',
      problem: {
        message:
          'Le fichier est arrivé, mais le serveur n’a pas encore dit où il est classé. Rechargez la liste.',
        detail: null,
        isNetwork: false,
        isRefusal: false,
      },
    });
    for (const listener of this.landedListeners) listener(run.entry);
  }

  private resumeOffline(): void {
    for (const run of this.runs.values()) {
      if (run.entry.status === 'offline') this.update(run, { status: 'queued', problem: null });
    }
    this.pump();
  }

  private update(run: Running, change: Partial<UploadEntry>): void {
    run.entry = { ...run.entry, ...change };
    // Status changes show at once; progress is batched.
    this.notify(change.status !== undefined && change.status !== 'uploading');
  }

  private notify(isUrgent = false): void {
    if (isUrgent) {
      if (this.notifyTimer) clearTimeout(this.notifyTimer);
      this.notifyTimer = null;
      this.publish();
      return;
    }
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      this.publish();
    }, NOTIFY_EVERY_MS);
  }

  private publish(): void {
    this.snapshot = this.order.flatMap((id) => {
      const run = this.runs.get(id);
      return run ? [run.entry] : [];
    });
    for (const listener of this.listeners) listener();
  }
}

function isActive(status: UploadStatus): boolean {
  return status === 'uploading' || status === 'retrying';
}

const queues = new Map<string, UploadQueue>();

/** The user's upload queue for the deal, created on first use and kept for the life of the page. */
export function getUploadQueue(dealId: string, userId: string): UploadQueue {
  const key = `${userId}/${dealId}`;
  let queue = queues.get(key);
  if (!queue) {
    queue = new UploadQueue(dealId, userId);
    queues.set(key, queue);
  }
  return queue;
}
