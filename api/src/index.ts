/** Public entry of @deedroom/api, for the end-to-end and cross-package tests. */
export { createContentGuard } from './collab/create-content-guard';
export { type Config, loadConfig } from './config';
export { createPdfRenderer } from './export/create-pdf-renderer';
export { type RenderDeedPdfInput, renderDeedPdf } from './export/render-deed-pdf';
export { createLogger } from './logger';
export { verifyAuditChain } from './services/audit/verify-audit-chain';
export { hashPassword } from './services/auth/password-hashing';
export { buildCreditAgreement } from './services/demo/deed-content/credit-agreement';
export { DEMO_USERS } from './services/demo/demo-data';
export { type RunningServer, type StartOptions, startServer } from './start-server';
export { buildDeedDocx, type DeedDocxInput } from './word/build-deed-docx';
