import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { CLASSIFIER_CONFIDENCE_THRESHOLD, DOCUMENT_CATEGORIES } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument, closeDocumentAnalysis } from '../src/vault-analysis/analyze-document';
import { loadModel } from '../src/vault-analysis/classifier/load-model';
import { createClassifier } from '../src/vault-analysis/classifier/predict-category';
import { loadCorpusManifest } from '../src/vault-analysis/corpus-generator/load-corpus';
import { evaluateHeldOut } from '../src/vault-analysis/evaluate-held-out';
import { extractText } from '../src/vault-analysis/extraction/extract-text';
import { createOcrEngine } from '../src/vault-analysis/extraction/ocr-engine';
import { createTextPdf } from '../src/vault-analysis/rendering/create-text-pdf';
import { retrainWithCorrections } from '../src/vault-analysis/retrain-with-corrections';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A ZIP with stored (uncompressed) entries: just enough for mammoth to open a DOCX. */
function createStoredZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function createDocx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return createStoredZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

const GFA_TEXT = [
  'GARANTIE FINANCIÈRE D’ACHÈVEMENT',
  'La Banque (le « Garant ») s’engage envers les acquéreurs des lots vendus en l’état futur d’achèvement par la SCCV Les Tilleuls à payer les sommes nécessaires à l’achèvement de l’immeuble, conformément à l’article R261-21 du Code de la construction et de l’habitation.',
  'Montant maximum de la garantie : 4 500 000,00 €. Fait à Nantes, le 12 mars 2025.',
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'deedroom-classifier-'));
});
afterAll(async () => {
  await closeDocumentAnalysis();
  await rm(dir, { recursive: true, force: true });
});

describe('text extraction', () => {
  const ocr = createOcrEngine(); // never started: these formats need no OCR

  it('reads the text layer of a generated PDF, accents and euro sign included', async () => {
    const file = path.join(dir, 'gfa.pdf');
    await writeFile(file, createTextPdf(GFA_TEXT.join('\n')));
    const { text, method } = await extractText({ filePath: file, mediaType: 'application/pdf' }, ocr);
    expect(method).toBe('pdf-text');
    expect(text).toContain('GARANTIE FINANCIÈRE D’ACHÈVEMENT');
    expect(text).toContain('4 500 000,00 €');
  });

  it('reads the raw text of a DOCX, and analyzeDocument classifies it with its metadata', async () => {
    const file = path.join(dir, 'gfa.docx');
    await writeFile(file, createDocx(GFA_TEXT));
    const { text, method } = await extractText({ filePath: file, mediaType: DOCX }, ocr);
    expect(method).toBe('docx');
    expect(text).toContain('Garant');
    const analysis = await analyzeDocument({ filePath: file, mediaType: DOCX });
    expect(analysis.category).toBe('garanties');
    expect(analysis.confidence).toBeGreaterThan(0.6);
    expect(analysis.metadata).toEqual({ dates: ['2025-03-12'], sirens: [], amounts: [4500000] });
  });

  it('returns no text and « autre » at zero confidence for a format it cannot read', async () => {
    const file = path.join(dir, 'blob.bin');
    await writeFile(file, Buffer.from([0, 1, 2, 3]));
    const analysis = await analyzeDocument({ filePath: file, mediaType: 'application/octet-stream' });
    expect(analysis).toMatchObject({ text: '', category: 'autre', confidence: 0 });
  });
});

describe('French OCR of scans (offline)', () => {
  it('reads a scanned Kbis image and files it as « kbis », SIREN included', async () => {
    const scan = (await loadCorpusManifest()).find((e) => e.format === 'png-scan' && e.category === 'kbis');
    expect(scan).toBeDefined();
    const analysis = await analyzeDocument({ filePath: scan?.path ?? '', mediaType: 'image/png' });
    expect(analysis.text.toLowerCase()).toContain('greffe');
    expect(analysis.category).toBe('kbis');
    expect(analysis.confidence).toBeGreaterThan(0.6);
    expect(analysis.metadata.sirens.length).toBeGreaterThan(0);
  }, 90_000);

  it('gives up on a page past its time limit and recovers with a fresh worker', async () => {
    const scan = (await loadCorpusManifest()).find((e) => e.format === 'png-scan' && e.category === 'autre');
    const ocr = createOcrEngine();
    try {
      await expect(ocr.recognize(scan?.path ?? '', 1)).rejects.toThrow(/longer than 1 ms/);
      expect((await ocr.recognize(scan?.path ?? '')).length).toBeGreaterThan(20);
    } finally {
      await ocr.close();
    }
  }, 90_000);

  it('renders a scanned PDF (no text layer) and classifies it', async () => {
    const scan = (await loadCorpusManifest()).find(
      (e) => e.format === 'pdf-scan' && e.category === 'permis_construire',
    );
    const analysis = await analyzeDocument({ filePath: scan?.path ?? '', mediaType: 'application/pdf' });
    expect(analysis.category).toBe('permis_construire');
  }, 90_000);
});

describe('classify command (contract)', () => {
  it('prints one JSON line per file and fails on unreadable files', async () => {
    const manifest = await loadCorpusManifest();
    const files = ['grille_prix', 'etat_hypothecaire'].map(
      (category) => manifest.find((e) => e.format === 'pdf' && e.category === category)?.path ?? '',
    );
    const given = files.map((file) => path.relative(ROOT, file));
    const cli = [
      path.join(ROOT, 'api/node_modules/.bin/tsx'),
      'api/src/vault-analysis/cli/classify.ts',
    ] as const;
    const { stdout } = await run(cli[0], [cli[1], ...given], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT },
    });
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { file: given[0], category: 'grille_prix', confidence: expect.any(Number) },
      { file: given[1], category: 'etat_hypothecaire', confidence: expect.any(Number) },
    ]);
    for (const line of lines) expect(line.confidence).toBeGreaterThan(0.6);
    const failed = await run(cli[0], [cli[1], 'no/such/file.pdf'], { cwd: ROOT }).catch(
      (error: unknown) => error,
    );
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect((failed as { stderr: string }).stderr).toContain('no/such/file.pdf');
  }, 60_000);
});

describe('model quality on the held-out split', () => {
  it('keeps top-1 accuracy above the measured floor on held-out text and PDFs', async () => {
    const report = await evaluateHeldOut(['txt', 'pdf']);
    expect(report.items.length).toBeGreaterThan(150);
    // Measured 100 % (173/173) when the model was committed; a broken model falls well below.
    expect(report.accuracy).toBeGreaterThanOrEqual(0.97);
    for (const category of DOCUMENT_CATEGORIES)
      expect(report.perCategory[category].recall).toBeGreaterThan(0.8);
  });

  it('keeps most hand-written documents (other wording than the templates) right', async () => {
    const report = await evaluateHeldOut(['handwritten']);
    expect(report.items).toHaveLength(32);
    // Measured 30/32 (93.8 %) when the model was committed; both misses scored below 0.4.
    expect(report.accuracy).toBeGreaterThanOrEqual(28 / 32);
    const confidentMistakes = report.items.filter(
      (i) => i.expected !== i.predicted && i.confidence >= CLASSIFIER_CONFIDENCE_THRESHOLD,
    );
    expect(confidentMistakes).toEqual([]);
  });

  it('learns from a person’s corrections on retraining', async () => {
    const vigilance = (n: number) =>
      `ATTESTATION DE VIGILANCE URSSAF n° ${n}\nL’Urssaf atteste que l’entreprise est à jour de ses obligations de déclaration et de paiement des cotisations sociales au titre de la lutte contre le travail dissimulé (article L8222-1 du Code du travail).`;
    const before = createClassifier(await loadModel()).predict(vigilance(3)).category;
    const modelPath = path.join(dir, 'retrained.json');
    await retrainWithCorrections(
      [1, 2].map((n) => ({
        text: vigilance(n),
        category: before === 'marches_travaux' ? 'statuts' : 'marches_travaux',
      })),
      modelPath,
    );
    const after = createClassifier(JSON.parse(await readFile(modelPath, 'utf8'))).predict(vigilance(3));
    expect(after.category).toBe(before === 'marches_travaux' ? 'statuts' : 'marches_travaux');
  }, 120_000);
});
