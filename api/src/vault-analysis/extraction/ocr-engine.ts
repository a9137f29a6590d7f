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
  recognize(image: Buffer | string): Promise<string>;
  close(): Promise<void>;
}

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
  return {
    async recognize(image) {
      const ready = await start();
      const { data } = await ready.recognize(image);
      return data.text;
    },
    async close() {
      if (!worker) return;
      const pending = worker;
      worker = undefined;
      await (await pending).terminate();
    },
  };
}
