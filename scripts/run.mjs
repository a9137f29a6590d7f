#!/usr/bin/env node
// The two Quick start commands: `npm start` (install, build, run on the embedded default) and
// `npm test` (install what tests need, then lint, types and every test suite).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const PNPM_VERSION = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const SYSTEM_PACKAGES = {
  '/usr/bin/chromium': 'chromium',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf': 'fonts-dejavu-core',
  // pdftoppm renders scanned PDFs for the classifier's OCR (api/src/vault-analysis); pdftotext,
  // pdffonts and pdfsig check the exported and signed PDFs.
  '/usr/bin/pdftoppm': 'poppler-utils',
  // The exported PDFs' structure is checked with qpdf --check.
  '/usr/bin/qpdf': 'qpdf',
  // A real Word-format consumer: the exported DOCX must convert to PDF in LibreOffice.
  '/usr/bin/soffice': 'libreoffice-writer-nogui',
};

function log(message) {
  process.stdout.write(`\n▶ ${message}\n`);
}

/** pnpm itself: the one on PATH when it is the pinned major, otherwise through npx. */
function pnpmCommand() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim().split('.')[0] === PNPM_VERSION.split('.')[0]) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    process.stderr.write(
      `\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})\n`,
    );
    process.exit(result.status ?? 1);
  }
}

function pnpm(...args) {
  const [command, ...prefix] = pnpmCommand();
  run(command, [...prefix, ...args]);
}

function installDependencies() {
  log('Installing dependencies (pnpm install)');
  // Without a terminal pnpm would stop to ask before re-creating node_modules (e.g. another store).
  pnpm('install', '--frozen-lockfile', '--config.confirmModulesPurge=false');
}

function buildEditor() {
  log('Building the web app');
  pnpm('--filter', '@deedroom/editor', 'build');
}

/** Debian packages the tests need; installed when running as root, explained otherwise. */
function installSystemPackages() {
  const missing = Object.entries(SYSTEM_PACKAGES)
    .filter(([file]) => !fs.existsSync(file))
    .map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `Missing system packages for the tests: sudo apt-get install -y ${missing.join(' ')}\n`,
    );
    process.exit(1);
  }
  log(`Installing system packages: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function start() {
  installDependencies();
  buildEditor();
  log('Starting Deedroom');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(ROOT, 'api'),
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function test() {
  installSystemPackages();
  installDependencies();
  log('Lint and format (biome)');
  run(path.join(ROOT, 'node_modules/.bin/biome'), ['ci', '.']);
  log('Type check (tsc, every package)');
  pnpm('-r', 'typecheck');
  buildEditor();
  log('Unit, API, end-to-end and security tests (vitest)');
  const report = path.join(ROOT, '.test-output', 'vitest.json');
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.rmSync(report, { force: true });
  const result = spawnSync(
    path.join(ROOT, 'node_modules/.bin/vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (!fs.existsSync(report)) {
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(result.status || 1);
  }
  const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  process.stdout.write(
    `\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
  );
  process.exit(result.status === 0 && summary.numFailedTests === 0 && summary.success ? 0 : 1);
}

const command = process.argv[2];
if (command === 'start') start();
else if (command === 'test') test();
else {
  process.stderr.write('usage: node scripts/run.mjs start|test\n');
  process.exit(2);
}
