import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSimpleDocx } from '../collab/support/build-zip';
import { collectPageErrors, DEAL_NAME, signIn } from './support/deed-editor';
import { screenshotPath } from './support/launch-browser';
import { useAppAndBrowser } from './support/use-app-and-browser';

const env = useAppAndBrowser();

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const JULIE = 'julie.morel@atlantique-promotion.example';
const PAUL = 'paul.girard@banque-horizon.example';
const KARIM = 'karim.benali@rhone-habitat.example';

const KBIS_NAME = 'kbis-sccv-les-tilleuls.pdf';
const STATUTS_NAME = 'statuts-sccv-les-tilleuls.docx';
const INSURANCE_NAME = 'attestation-dommages-ouvrage.png';
const PLANS_NAME = 'plans-permis-de-construire.pdf';
const PLANS_BYTES = 40 * 1024 * 1024;
const ACCOUNTS_NAME = 'comptes-annuels-2025.pdf';
const INTERNAL_NOTE_NAME = 'note-interne-comite.pdf';
const BALANCE_NAME = 'bilan-promoteur-tilleuls.pdf';

// ---------------------------------------------------------------------------------------------
// Small but real files, written here so that the test needs nothing from outside.

/** A one-page PDF whose text layer holds `lines`; `paddingBytes` adds an unused binary stream. */
function buildPdf(lines: readonly string[], paddingBytes = 0): Buffer {
  const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = `BT /F1 11 Tf 56 780 Td 15 TL ${lines.map((line) => `(${escapePdf(line)}) '`).join(' ')} ET`;
  const content = Buffer.from(text, 'latin1');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  ];
  if (paddingBytes > 0) {
    const padding = randomBytes(paddingBytes);
    objects.push(
      Buffer.concat([
        Buffer.from(`<< /Length ${padding.length} >>\nstream\n`),
        padding,
        Buffer.from('\nendstream'),
      ]),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const KBIS_V2_PDF = buildPdf([
  'Greffe du Tribunal de commerce de Nantes',
  'EXTRAIT KBIS',
  'Extrait d’immatriculation principale au registre du commerce et des sociétés',
  'à jour au 20 novembre 2026',
  'Immatriculation au RCS, numéro : 912 345 678 R.C.S. Nantes',
  'Dénomination ou raison sociale : SCCV LES TILLEULS',
  'Gérant : ATLANTIQUE PROMOTION SAS',
]);

/** The start of a Windows executable (« MZ », then the DOS stub): never welcome in a deal room. */
const EXECUTABLE = Buffer.concat([
  Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000', 'hex'),
  Buffer.from('This program cannot be run in DOS mode.'),
  randomBytes(2048),
]);

const KBIS_PDF = buildPdf([
  'Greffe du Tribunal de commerce de Nantes',
  'EXTRAIT KBIS',
  'Extrait d’immatriculation principale au registre du commerce et des sociétés',
  'à jour au 12 novembre 2026',
  'IDENTIFICATION DE LA PERSONNE MORALE',
  'Immatriculation au RCS, numéro : 912 345 678 R.C.S. Nantes',
  'Date d’immatriculation : 03/02/2024',
  'Dénomination ou raison sociale : SCCV LES TILLEULS',
  'Forme juridique : Société civile de construction vente',
  'Capital social : 1 000,00 Euros',
  'Adresse du siège : 12 rue des Tilleuls 44000 Nantes',
  'Activités principales : construction en vue de la vente d’un ensemble immobilier',
  'GESTION, DIRECTION, ADMINISTRATION, CONTRÔLE, ASSOCIÉS OU MEMBRES',
  'Gérant : ATLANTIQUE PROMOTION SAS',
  'Le Greffier',
]);

const STATUTS_DOCX = buildSimpleDocx(
  'SCCV LES TILLEULS',
  'Société civile de construction vente au capital de 1 000 euros',
  'Siège social : 12 rue des Tilleuls, 44000 Nantes',
  'STATUTS',
  'Les soussignés ont établi ainsi qu’il suit les statuts de la société civile de construction vente.',
  'Article 1 – Forme. Il est formé entre les propriétaires des parts ci-après créées une société civile de construction vente régie par les articles L211-1 et suivants du Code de la construction et de l’habitation.',
  'Article 2 – Objet. La société a pour objet l’acquisition d’un terrain sis à Nantes et la construction d’un ensemble immobilier de 42 logements en vue de sa vente, en totalité ou par fractions, avant ou après achèvement.',
  'Article 3 – Dénomination. La dénomination de la société est SCCV LES TILLEULS.',
  'Article 7 – Capital social. Le capital social est fixé à la somme de 1 000 euros, divisé en 100 parts sociales de 10 euros chacune.',
  'Article 15 – Gérance. La société est administrée par un gérant, associé ou non, nommé par décision collective des associés. Le premier gérant est la société ATLANTIQUE PROMOTION SAS.',
  'Article 18 – Décisions collectives. Les décisions collectives sont prises en assemblée générale.',
  'Fait à Nantes, le 3 février 2024, en quatre exemplaires originaux.',
);

// ---------------------------------------------------------------------------------------------

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-vault-e2e-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function findDealId(context: BrowserContext, name: string): Promise<string> {
  const { deals } = (await (await context.request.get(`${env.app.url}/api/deals`)).json()) as {
    deals: Array<{ id: string; name: string }>;
  };
  const deal = deals.find((candidate) => candidate.name === name);
  if (!deal) throw new Error(`${name} is not visible`);
  return deal.id;
}

interface ListedDocument {
  id: string;
  title: string;
  category: string | null;
  categorySource: string;
  currentVersion: { id: string; sha256: string; size: number };
}

async function listDocuments(context: BrowserContext, dealId: string): Promise<ListedDocument[]> {
  const response = await context.request.get(`${env.app.url}/api/deals/${dealId}/vault/documents`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { documents: ListedDocument[] }).documents;
}

/** Drops files on the drop zone the way a browser does: dragenter, dragover, then drop with a DataTransfer. */
async function dropFiles(
  page: Page,
  files: Array<{ name: string; type: string; base64: string }>,
  withScan: boolean,
): Promise<void> {
  await page.evaluate(
    async ({ given, withScan }) => {
      const transfer = new DataTransfer();
      for (const file of given) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(
          new File([bytes], file.name, { type: file.type, lastModified: 1_764_000_000_000 }),
        );
      }
      // A scanned insurance certificate: real text drawn on a canvas, so OCR has something to read.
      if (withScan) {
        const canvas = document.createElement('canvas');
        canvas.width = 1240;
        canvas.height = 700;
        const draw = canvas.getContext('2d');
        if (!draw) throw new Error('no canvas');
        draw.fillStyle = '#fff';
        draw.fillRect(0, 0, canvas.width, canvas.height);
        draw.fillStyle = '#111';
        draw.font = 'bold 40px sans-serif';
        draw.fillText('ATTESTATION D’ASSURANCE', 80, 110);
        draw.fillText('DOMMAGES-OUVRAGE', 80, 165);
        draw.font = '28px sans-serif';
        const lines = [
          'Assureur : Mutuelle des Constructeurs',
          'Souscripteur : SCCV LES TILLEULS',
          'Opération : Résidence Les Tilleuls, 42 logements, Nantes',
          'Garantie dommages-ouvrage (article L242-1 du Code des assurances)',
          'Police n° DO-2026-0042, valable à compter du 1er mars 2026',
          'Attestation délivrée pour servir et valoir ce que de droit.',
        ];
        lines.forEach((line, index) => {
          draw.fillText(line, 80, 260 + index * 56);
        });
        const png = await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no png'))), 'image/png'),
        );
        transfer.items.add(
          new File([png], 'attestation-dommages-ouvrage.png', {
            type: 'image/png',
            lastModified: 1_764_000_000_000,
          }),
        );
      }
      const zone = document.querySelector('[data-testid="vault-drop-zone"]');
      if (!zone) throw new Error('no drop zone');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { given: files, withScan },
  );
}

function uploadRow(page: Page, fileName: string) {
  return page.locator(`[data-testid="vault-upload-row"][data-file-name="${fileName}"]`).last();
}

function documentRow(page: Page, title: string) {
  return page.locator(`[data-testid="vault-document-row"][data-title="${title}"]`);
}

function requestItem(page: Page, category: string) {
  return page.locator(`[data-testid="vault-request"][data-category="${category}"]`).first();
}

/** Brings the deal's tabs to the top of the window, so that a screenshot shows the vault itself. */
async function scrollToTabs(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.getByTestId('deal-tabs').evaluate((element) => {
    // Below the sticky application header.
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 76);
  });
}

/** Bytes already sent, read from the row's « 42 % · 17 Mo sur 40 Mo » line. */
async function readPercent(page: Page, fileName: string): Promise<number> {
  const figures = await uploadRow(page, fileName).getByTestId('vault-upload-figures').innerText();
  const match = /^(\d+)/.exec(figures.trim());
  return match ? Number(match[1]) : 0;
}

describe('the deal vault in Chromium', () => {
  let tilleulsId = '';
  let plansSha = '';

  it('takes three dropped files, resumes a large upload after a reload, and files them', {
    timeout: 240_000,
  }, async () => {
    const context = await signIn(env.browser, env.app.url, JULIE);
    tilleulsId = await findDealId(context, DEAL_NAME);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(`${env.app.url}/deals/${tilleulsId}/vault`);
    await page.getByTestId('vault-drop-zone').waitFor();

    await dropFiles(
      page,
      [
        { name: KBIS_NAME, type: 'application/pdf', base64: KBIS_PDF.toString('base64') },
        {
          name: STATUTS_NAME,
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          base64: STATUTS_DOCX.toString('base64'),
        },
      ],
      true,
    );
    await expect.poll(() => page.getByTestId('vault-upload-row').count()).toBe(3);
    for (const name of [KBIS_NAME, STATUTS_NAME, INSURANCE_NAME]) {
      await expect
        .poll(() => uploadRow(page, name).getAttribute('data-status'), { timeout: 30_000 })
        .toBe('done');
      await documentRow(page, name).waitFor({ timeout: 15_000 });
    }
    // Each landed document is either still being filed or already in a category of the taxonomy.
    for (const name of [KBIS_NAME, STATUTS_NAME, INSURANCE_NAME]) {
      const source = await documentRow(page, name).getAttribute('data-category-source');
      expect(['pending', 'predicted', 'to_review', 'person']).toContain(source);
      if (source === 'pending') {
        expect(await documentRow(page, name).innerText()).toContain('Classement en cours');
      }
    }

    // The same bytes again: the vault says so and points at the document it already holds.
    await dropFiles(
      page,
      [{ name: KBIS_NAME, type: 'application/pdf', base64: KBIS_PDF.toString('base64') }],
      false,
    );
    await expect
      .poll(() => uploadRow(page, KBIS_NAME).getAttribute('data-status'), { timeout: 30_000 })
      .toBe('duplicate');
    expect(await uploadRow(page, KBIS_NAME).getByTestId('vault-upload-duplicate').innerText()).toContain(
      'déjà dans le dossier',
    );
    // What the vault refuses says why and what to do: an executable, an empty file.
    await dropFiles(
      page,
      [
        { name: 'outil-calcul.exe', type: 'application/x-msdownload', base64: EXECUTABLE.toString('base64') },
        { name: 'vide.pdf', type: 'application/pdf', base64: '' },
      ],
      false,
    );
    await expect
      .poll(() => uploadRow(page, 'outil-calcul.exe').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('failed');
    expect(
      await uploadRow(page, 'outil-calcul.exe').getByTestId('vault-upload-problem').innerText(),
    ).toContain('Type de fichier refusé');
    expect(await uploadRow(page, 'vide.pdf').getAttribute('data-status')).toBe('failed');
    expect(await uploadRow(page, 'vide.pdf').getByTestId('vault-upload-problem').innerText()).toContain(
      'Ce fichier est vide',
    );
    for (const name of ['outil-calcul.exe', 'vide.pdf']) {
      await uploadRow(page, name).getByTestId('vault-upload-cancel').click();
    }
    await page.getByRole('button', { name: 'Retirer les dépôts terminés' }).click();
    await expect.poll(() => page.getByTestId('vault-upload-row').count()).toBe(0);

    // A newer Kbis becomes version 2 of the same document; version 1 stays downloadable.
    const kbisV2Path = path.join(workDir, KBIS_NAME);
    fs.writeFileSync(kbisV2Path, KBIS_V2_PDF);
    await documentRow(page, KBIS_NAME).getByTestId('vault-document-open').click();
    const drawer = page.getByTestId('vault-document-drawer');
    await drawer.getByTestId('vault-version-list').waitFor();
    const versionChooser = page.waitForEvent('filechooser');
    await drawer.getByTestId('vault-new-version').click();
    await (await versionChooser).setFiles(kbisV2Path);
    await expect.poll(() => drawer.getByTestId('vault-version-row').count(), { timeout: 30_000 }).toBe(2);
    expect(await drawer.getByTestId('vault-version-download').count()).toBe(2);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expect
      .poll(() => documentRow(page, KBIS_NAME).innerText(), { timeout: 10_000 })
      .toContain('2 versions');
    await page.getByRole('button', { name: 'Retirer les dépôts terminés' }).click();

    // A 40 MB plan on a slow line (about 3 MB/s up): progress, speed and time left show.
    const plans = buildPdf(['Plans du permis de construire', 'Résidence Les Tilleuls, Nantes'], PLANS_BYTES);
    plansSha = sha256(plans);
    const plansPath = path.join(workDir, PLANS_NAME);
    fs.writeFileSync(plansPath, plans);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 30,
      downloadThroughput: -1,
      uploadThroughput: 3 * 1024 * 1024,
    });
    await page.getByTestId('vault-file-input').setInputFiles(plansPath);
    const plansRow = uploadRow(page, PLANS_NAME);
    await expect.poll(() => readPercent(page, PLANS_NAME), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);

    // Pause: nothing moves any more; resume: it goes on from where the server stands.
    await plansRow.getByTestId('vault-upload-pause').click();
    await expect.poll(() => plansRow.getAttribute('data-status')).toBe('paused');
    const pausedAt = await readPercent(page, PLANS_NAME);
    await page.waitForTimeout(1_500);
    expect(await readPercent(page, PLANS_NAME)).toBe(pausedAt);
    await plansRow.getByTestId('vault-upload-resume').click();
    await expect.poll(() => readPercent(page, PLANS_NAME), { timeout: 20_000 }).toBeGreaterThan(pausedAt + 2);

    // The line drops: the row says so, then goes on by itself once the network is back.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect
      .poll(() => plansRow.getAttribute('data-status'), { timeout: 15_000 })
      .toMatch(/^(offline|retrying)$/);
    expect(await plansRow.getByTestId('vault-upload-problem').innerText()).toContain('Connexion perdue');
    const offlineAt = await readPercent(page, PLANS_NAME);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 30,
      downloadThroughput: -1,
      uploadThroughput: 3 * 1024 * 1024,
    });
    await expect
      .poll(() => readPercent(page, PLANS_NAME), { timeout: 30_000 })
      .toBeGreaterThan(offlineAt + 2);
    expect(await plansRow.getAttribute('data-status')).toBe('uploading');
    await expect
      .poll(() => plansRow.getByTestId('vault-upload-figures').innerText(), { timeout: 10_000 })
      .toMatch(/Mo\/s · encore/);
    await scrollToTabs(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'vault-uploads.png') });
    const percentBeforeReload = await readPercent(page, PLANS_NAME);
    expect(percentBeforeReload).toBeLessThan(90);

    // Reload mid-upload: the page remembers the unfinished upload and asks for the file again.
    // Leaving mid-upload asks first; the user confirms.
    const leaving: string[] = [];
    page.once('dialog', (dialog) => {
      leaving.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(leaving).toEqual(['beforeunload']);
    const unfinished = page.locator(
      `[data-testid="vault-unfinished-upload"][data-file-name="${PLANS_NAME}"]`,
    );
    await unfinished.waitFor({ timeout: 15_000 });
    await scrollToTabs(page);
    await page.screenshot({ path: screenshotPath('vault-unfinished.png') });
    const chooser = page.waitForEvent('filechooser');
    await unfinished.getByTestId('vault-unfinished-resume').click();
    await (await chooser).setFiles(plansPath);
    const resumedRow = uploadRow(page, PLANS_NAME);
    await expect
      .poll(() => resumedRow.getAttribute('data-resumed-from'), { timeout: 20_000 })
      .toMatch(/^\d+$/);
    const resumedFrom = Number(await resumedRow.getAttribute('data-resumed-from'));
    expect(resumedFrom).toBeGreaterThan(0);
    expect(await resumedRow.getByTestId('vault-upload-resumed').innerText()).toMatch(/Repris à \d+/);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect.poll(() => resumedRow.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    await expect(page.getByTestId('vault-unfinished-uploads').count()).resolves.toBe(0);
    await documentRow(page, PLANS_NAME).waitFor({ timeout: 15_000 });

    // The stored bytes are the source's, byte for byte.
    const stored = (await listDocuments(context, tilleulsId)).find(
      (document) => document.title === PLANS_NAME,
    );
    expect(stored?.currentVersion.size).toBe(plans.length);
    const download = await context.request.get(
      `${env.app.url}/api/vault/documents/${stored?.id}/versions/${stored?.currentVersion.id}/content`,
    );
    expect(download.status()).toBe(200);
    expect(sha256(await download.body())).toBe(plansSha);

    // Answering the bank's checklist: the upload carries the request, which turns « Reçue ».
    for (const [category, name, lines] of [
      [
        'comptes',
        ACCOUNTS_NAME,
        ['COMPTES ANNUELS AU 31 DÉCEMBRE 2025', 'Bilan actif et passif, compte de résultat, annexe'],
      ],
      [
        'bilan_promoteur',
        BALANCE_NAME,
        ['BILAN PROMOTEUR PRÉVISIONNEL', 'Chiffre d’affaires TTC : 9 850 000 €', 'Marge : 8 %'],
      ],
    ] as const) {
      const filePath = path.join(workDir, name);
      fs.writeFileSync(filePath, buildPdf(lines));
      const request = requestItem(page, category);
      const answerChooser = page.waitForEvent('filechooser');
      await request.getByTestId('vault-request-answer').click();
      await (await answerChooser).setFiles(filePath);
      await expect
        .poll(() => request.getByTestId('vault-request-status').getAttribute('data-status'), {
          timeout: 30_000,
        })
        .toBe('received');
    }

    // When the classifier files the Kbis by itself, it files it as a Kbis.
    const kbis = documentRow(page, KBIS_NAME);
    const isAnalysed = await expect
      .poll(() => kbis.getAttribute('data-category-source'), { timeout: 45_000 })
      .not.toBe('pending')
      .then(
        () => true,
        () => false,
      );
    if (isAnalysed && (await kbis.getAttribute('data-category-source')) === 'predicted') {
      expect(await kbis.getAttribute('data-category')).toBe('kbis');
    }

    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('shows the bank the documents and its checklist', { timeout: 90_000 }, async () => {
    const context = await signIn(env.browser, env.app.url, PAUL);
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(`${env.app.url}/deals/${tilleulsId}/vault`);
    await page.getByTestId('vault-document-list').waitFor();
    for (const name of [KBIS_NAME, STATUTS_NAME, INSURANCE_NAME, PLANS_NAME, ACCOUNTS_NAME]) {
      await documentRow(page, name).waitFor({ timeout: 15_000 });
    }
    await page.getByTestId('vault-requests').waitFor();
    expect(await page.getByTestId('vault-requests').innerText()).toContain('Pièces demandées');

    // The search calls the list with `q`: the Kbis by a word of its text or name.
    await page.getByTestId('vault-search').fill('Kbis');
    await expect.poll(() => documentRow(page, KBIS_NAME).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => documentRow(page, PLANS_NAME).count(), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('vault-search').fill('');
    await documentRow(page, PLANS_NAME).waitFor();

    // The detail: versions, a preview, what extraction found.
    await documentRow(page, KBIS_NAME).getByTestId('vault-document-open').click();
    const drawer = page.getByTestId('vault-document-drawer');
    await drawer.getByTestId('vault-version-list').waitFor();
    await drawer.getByTestId('vault-preview-pdf').waitFor();
    await page.screenshot({ path: screenshotPath('vault-document-drawer.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // A Word document shows its extracted text.
    await documentRow(page, STATUTS_NAME).getByTestId('vault-document-open').click();
    await expect
      .poll(() => drawer.getByTestId('vault-preview-text').innerText(), { timeout: 30_000 })
      .toContain('SCCV LES TILLEULS');
    await page.screenshot({ path: screenshotPath('vault-document-drawer-docx.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The checklist: accept one piece, refuse another with a reason, ask for one more.
    const accounts = requestItem(page, 'comptes');
    await accounts.getByTestId('vault-request-accept').click();
    await expect
      .poll(() => accounts.getByTestId('vault-request-status').getAttribute('data-status'))
      .toBe('accepted');
    const balance = requestItem(page, 'bilan_promoteur');
    await balance.getByTestId('vault-request-reject').click();
    await page
      .getByTestId('vault-reject-reason')
      .fill('Le bilan doit couvrir les 42 lots, pas seulement la tranche 1.');
    await page.getByTestId('vault-reject-submit').click();
    await expect
      .poll(() => balance.getByTestId('vault-request-status').getAttribute('data-status'))
      .toBe('rejected');
    expect(await balance.getByTestId('vault-request-reason').innerText()).toContain('42 lots');
    expect(await page.getByTestId('vault-requests-summary').innerText()).toMatch(/^1 pièce sur \d+ reçue$/);

    const requestCount = await page.getByTestId('vault-request').count();
    await page.getByTestId('vault-add-request').click();
    const modal = page.getByTestId('vault-add-request-modal');
    await page.getByTestId('vault-request-category').click();
    await page.getByRole('option', { name: 'Marchés de travaux' }).click();
    await page
      .getByTestId('vault-request-description')
      .fill('Planning prévisionnel des travaux signé par l’entreprise générale');
    await page.getByTestId('vault-request-due-date').fill('2026-12-15');
    await page.getByTestId('vault-request-submit').click();
    await modal.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('vault-request').count()).toBe(requestCount + 1);

    // A note the bank keeps to itself: marked internal, never shown to the developer.
    const notePath = path.join(workDir, INTERNAL_NOTE_NAME);
    fs.writeFileSync(
      notePath,
      buildPdf(['NOTE INTERNE – COMITÉ DE CRÉDIT', 'Marge du promoteur à surveiller']),
    );
    await page.getByTestId('vault-internal-switch').click();
    await page.getByTestId('vault-file-input').setInputFiles(notePath);
    await expect
      .poll(() => uploadRow(page, INTERNAL_NOTE_NAME).getAttribute('data-status'), { timeout: 30_000 })
      .toBe('done');
    await documentRow(page, INTERNAL_NOTE_NAME)
      .getByTestId('vault-internal-badge')
      .waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Retirer les dépôts terminés' }).click();
    await page.getByTestId('vault-internal-switch').click();

    await scrollToTabs(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'vault.png') });
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('keeps the other developer out: 404 from the API, nothing on his page', {
    timeout: 60_000,
  }, async () => {
    const julie = await signIn(env.browser, env.app.url, JULIE);
    const documents = await listDocuments(julie, tilleulsId);
    const plans = documents.find((document) => document.title === PLANS_NAME);
    expect(plans).toBeTruthy();
    // The bank's internal note is not the developer's to see.
    expect(documents.map((document) => document.title)).not.toContain(INTERNAL_NOTE_NAME);
    await julie.close();

    const karim = await signIn(env.browser, env.app.url, KARIM);
    const base = env.app.url;
    for (const url of [
      `${base}/api/deals/${tilleulsId}/vault/documents`,
      `${base}/api/deals/${tilleulsId}/vault/requests`,
      `${base}/api/vault/documents/${plans?.id}`,
      `${base}/api/vault/documents/${plans?.id}/versions/${plans?.currentVersion.id}/content`,
    ]) {
      expect((await karim.request.get(url)).status(), url).toBe(404);
    }

    const terrassesId = await findDealId(karim, 'Les Terrasses du Rhône');
    const page = await karim.newPage();
    await page.goto(`${base}/deals/${terrassesId}/vault`);
    await page.getByTestId('vault-panel').waitFor();
    await expect
      .poll(
        async () =>
          (await page.getByTestId('vault-documents-empty').count()) +
          (await page.getByTestId('vault-document-list').count()),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    const text = await page.locator('body').innerText();
    for (const name of [KBIS_NAME, STATUTS_NAME, INSURANCE_NAME, PLANS_NAME, 'Tilleuls']) {
      expect(text).not.toContain(name);
    }

    await page.goto(`${base}/deals/${tilleulsId}/vault`);
    await page.getByTestId('deal-not-found').waitFor();
    await karim.close();
  });
});
