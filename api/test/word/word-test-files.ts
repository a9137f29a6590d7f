import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CSRF_HEADER, FILE_NAME_HEADER } from '@deedroom/shared';
import type { Caller, TestContext } from '../support/test-context';

const run = promisify(execFile);

/** One part of a DOCX (a zip), read with `unzip -p`. */
export async function readDocxPart(bytes: Buffer, part: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-docx-part-'));
  try {
    const file = path.join(dir, 'f.docx');
    fs.writeFileSync(file, bytes);
    const { stdout } = await run('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice (private profile, so parallel runs do not collide) converts the DOCX; then pdftotext. */
export async function convertDocxWithLibreOffice(bytes: Buffer): Promise<{ pdf: Buffer; text: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-lo-'));
  try {
    const file = path.join(dir, 'deed.docx');
    fs.writeFileSync(file, bytes);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 120_000 },
    );
    const pdfPath = path.join(dir, 'deed.pdf');
    const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return { pdf: fs.readFileSync(pdfPath), text: stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Sends a Word file as the import routes expect it: raw body, no Content-Type, name in a header. */
export async function uploadDocx(
  ctx: TestContext,
  urlPath: string,
  caller: Caller,
  bytes: Buffer,
  fileName = 'Acte importé.docx',
): Promise<Response> {
  return await ctx.app.request(`http://deedroom.test${urlPath}`, {
    method: 'POST',
    headers: {
      cookie: caller.cookie,
      [CSRF_HEADER]: caller.csrfToken,
      [FILE_NAME_HEADER]: encodeURIComponent(fileName),
    },
    body: new Uint8Array(bytes),
  });
}
