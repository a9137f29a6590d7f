import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);

/** Folder holding fra.traineddata.gz, shipped by @tesseract.js-data/fra: OCR never goes online. */
function frenchLangPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/fra/package.json')), '4.0.0');
}

/** One French tesseract worker, created on first use and reused; `close()` ends it. */
export interface OcrEngine {
  /** Text of one image; past `timeoutMs` the worker is ended (a new one starts next time) and it throws. */
  recognize(image: Buffer | string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/** One page takes 3 to 8 s on a busy 2-core machine; a page still running after this is abandoned. */
export const OCR_PAGE_TIMEOUT_MS = 60_000;

export function createOcrEngine(): OcrEngine {
  let worker: Promise<Worker> | undefined;
  const start = (): Promise<Worker> => {
    worker ??= createWorker('fra', OEM.LSTM_ONLY, {
      langPath: frenchLangPath(),
      cacheMethod: 'none',
      gzip: true,
      // tesseract.js logs through console by default; keep stdout clean for the CLI contract.
      logger: () => {},
      errorHandler: (error: unknown) => process.stderr.write(`ocr: ${String(error)}\n`),
    });
    return worker;
  };
  const close = async (): Promise<void> => {
    if (!worker) return;
    const pending = worker;
    worker = undefined;
    await (await pending).terminate();
  };
  return {
    async recognize(image, timeoutMs = OCR_PAGE_TIMEOUT_MS) {
      const started = start();
      const ready = await started;
      const job = ready.recognize(image);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`OCR took longer than ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const { data } = await Promise.race([job, timeout]);
        return data.text;
      } catch (error) {
        // The next document gets a fresh worker; the late one is ended once its page is done
        // (ending it mid-page makes tesseract.js post to a dead worker and crash the process).
        if (worker === started) {
          worker = undefined;
          job.then(
            () => ready.terminate(),
            () => ready.terminate(),
          );
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    close,
  };
}
