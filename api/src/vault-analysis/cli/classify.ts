import { stat } from 'node:fs/promises';
import path from 'node:path';
import { analyzeDocument, closeDocumentAnalysis } from '../analyze-document';
import { sniffMediaType } from '../sniff-media-type';

// Contract: stdout carries only the JSON lines; anything a library logs goes to stderr.
for (const method of ['log', 'info', 'warn', 'debug'] as const) {
  console[method] = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
}

/**
 * `pnpm --silent classify <file>...`: one line per file,
 * `{"file":"<path as given>","category":"<taxonomy code>","confidence":<0..1>}`,
 * through the vault's own extraction (OCR included) and model. Unreadable files: a message on
 * stderr, the other files still classified, exit code 1.
 */
async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: pnpm --silent classify <file>...\n');
    return 2;
  }
  // pnpm runs root scripts from the repository root; paths are relative to where it was invoked.
  const base = process.env.INIT_CWD ?? process.cwd();
  let exitCode = 0;
  try {
    for (const file of files) {
      const filePath = path.resolve(base, file);
      try {
        if (!(await stat(filePath)).isFile()) throw new Error('not a regular file');
        const { category, confidence } = await analyzeDocument({
          filePath,
          mediaType: await sniffMediaType(filePath),
        });
        process.stdout.write(
          `${JSON.stringify({ file, category, confidence: Math.round(confidence * 1e4) / 1e4 })}\n`,
        );
      } catch (error) {
        process.stderr.write(
          `classify: ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        exitCode = 1;
      }
    }
  } finally {
    await closeDocumentAnalysis();
  }
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`classify failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
