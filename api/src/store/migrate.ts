import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/001-initial';
import * as deedUpdateLog from './migrations/002-deed-update-log';
import * as deedControls from './migrations/003-deed-controls';
import * as deedComments from './migrations/004-deed-comments';
import * as deedVersions from './migrations/005-deed-versions';
import * as vault from './migrations/006-vault';
import * as workflow from './migrations/007-workflow';
import * as signatures from './migrations/008-signatures';
import * as scaleOut from './migrations/009-scale-out';

/** Versioned migrations, applied in name order. Never edit one that has shipped: add a new one. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-deed-update-log': deedUpdateLog,
  '003-deed-controls': deedControls,
  '005-deed-versions': deedVersions,
  '004-deed-comments': deedComments,
  '006-vault': vault,
  '007-workflow': workflow,
  '008-signatures': signatures,
  '009-scale-out': scaleOut,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
