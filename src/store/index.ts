/** The store layer: accounts, sessions, API keys, models and the usage ledger, on SQLite or PostgreSQL. */
export type * from "./store.ts";
export { openStore, openSqliteStore, openPostgresStore, isPostgresUrl, SQLITE_FILE_NAME, type OpenStoreOptions, type SqliteStoreOptions, type PostgresStoreOptions } from "./openStore.ts";
export { DEFAULT_SESSION_TTL_MS, type StoreOptions } from "./createStore.ts";
export { DEFAULT_MONTHLY_QUOTA, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, MAX_NAME_LENGTH, MAX_API_KEYS_PER_ACCOUNT, MAX_CHARGES_AT_ONCE } from "./validation.ts";
export { MODEL_ID_PATTERN, isModelId } from "./modelId.ts";
export { DEFAULT_SCRYPT_PARAMS, type ScryptParams } from "./password.ts";
export { DEFAULT_HASHING_LIMITS, HashingGate, type HashingLimits } from "./hashingGate.ts";
export { normaliseEmail } from "./validation.ts";
export { monthPeriod } from "./period.ts";
