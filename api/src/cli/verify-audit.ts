import { loadConfig } from '../config';
import { verifyAuditChain } from '../services/audit/verify-audit-chain';
import { createStores } from '../store/create-stores';

/** `pnpm verify-audit`: checks the whole hash chain; exit 1 and the first broken entry if altered. */
async function main(): Promise<void> {
  const config = loadConfig();
  const stores = await createStores({
    dataDir: config.dataDir,
    databaseUrl: config.database.url,
    databaseAppRole: config.database.appRole,
  });
  try {
    const result = await verifyAuditChain(stores.audit);
    if (result.ok) {
      process.stdout.write(`Audit log intact: ${result.checked} entries verified.\n`);
      return;
    }
    process.stdout.write(
      `Audit log BROKEN at entry ${result.brokenSeq}: ${result.reason} (${result.checked} entries verified before it).\n`,
    );
    process.exitCode = 1;
  } finally {
    await stores.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`verify-audit failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
