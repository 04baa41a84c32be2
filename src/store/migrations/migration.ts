/**
 * Versioned schema migrations: per dialect an ordered list numbered 1, 2, 3, …, applied at open
 * inside one transaction and recorded in `schema_migrations`. Never edit a released migration;
 * add the next number instead, so a newer app migrates an older database forward.
 */
export interface Migration {
  version: number;
  name: string;
  /** One or more statements; each runs as part of the migration's transaction. */
  statements: readonly string[];
}

/** The migrations still to run, in order, given those already applied. */
export function pendingMigrations(all: readonly Migration[], applied: ReadonlySet<number>, upTo = Number.POSITIVE_INFINITY): Migration[] {
  all.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
  });
  const newest = Math.max(0, ...applied);
  if (newest > all.length) {
    throw new Error(`the database is at schema version ${newest}, newer than this partforge knows (${all.length}); upgrade partforge`);
  }
  return all.filter((migration) => !applied.has(migration.version) && migration.version <= upTo);
}
