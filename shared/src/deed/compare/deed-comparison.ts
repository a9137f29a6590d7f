/**
 * The comparison model, as the zod schema defines it: the one place where `compare/` reaches the
 * schemas, two folders up but still inside `shared/src`.
 */
// biome-ignore lint/style/noRestrictedImports: the pattern aims at leaving shared/, this path stays in shared/src.
export type * from '../../schemas/compare';
