/** PostgreSQL rows as the driver returns them, and their mapping to store records. */
import type { AccountRow, ApiKeyRow, ModelRow } from "../backend.ts";
import type { Model, Plan, ScriptLanguage, UsageEntry, Visibility } from "../store.ts";

export interface AccountRecord {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  plan: Plan;
  monthly_quota: number | null;
  created_at: Date;
}

export interface ApiKeyRecord {
  id: string;
  account_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  disabled: boolean;
}

export interface ModelRecord {
  id: string;
  owner_id: string;
  name: string;
  visibility: Visibility;
  latest_revision: number;
  created_at: Date;
  updated_at: Date;
}

export interface RevisionRecord {
  model_id: string;
  revision: number;
  script: string;
  language: ScriptLanguage;
  schema_json: string;
  revision_created_at: Date;
}

export interface UsageRecord {
  id: string;
  account_id: string;
  key_id: string | null;
  model_id: string | null;
  script_hash: string | null;
  type: string;
  bytes: string;
  build_ms: number;
  cache_hit: boolean;
  at: Date;
}

/** A row of `KEY_WITH_ACCOUNT_COLUMNS` (columns.ts). */
export type KeyWithAccountRecord = ApiKeyRecord & {
  [Column in keyof Omit<AccountRecord, "id"> as `account_${Column}`]: AccountRecord[Column];
};

export const toKeyWithAccount = (r: KeyWithAccountRecord): { key: ApiKeyRow; account: AccountRow } => ({
  key: toApiKeyRow(r),
  account: toAccountRow({
    id: r.account_id,
    email: r.account_email,
    display_name: r.account_display_name,
    password_hash: r.account_password_hash,
    plan: r.account_plan,
    monthly_quota: r.account_monthly_quota,
    created_at: r.account_created_at,
  }),
});

export const toAccountRow = (r: AccountRecord): AccountRow => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  plan: r.plan,
  monthlyQuota: r.monthly_quota,
  createdAt: r.created_at,
});

export const toApiKeyRow = (r: ApiKeyRecord): ApiKeyRow => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  prefix: r.prefix,
  secretHash: r.secret_hash,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  disabled: r.disabled,
});

export const toModel = (r: ModelRecord): Model => ({
  id: r.id,
  ownerId: r.owner_id,
  name: r.name,
  visibility: r.visibility,
  latestRevision: r.latest_revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toModelRow = (r: ModelRecord & RevisionRecord): ModelRow => ({
  model: toModel(r),
  revision: {
    modelId: r.model_id,
    revision: r.revision,
    script: r.script,
    language: r.language,
    schemaJson: r.schema_json,
    createdAt: r.revision_created_at,
  },
});

// bigint columns arrive as strings (pg does not guess); ledger ids and byte counts fit a double.
export const toUsageEntry = (r: UsageRecord): UsageEntry => ({
  id: Number(r.id),
  accountId: r.account_id,
  keyId: r.key_id,
  modelId: r.model_id,
  scriptHash: r.script_hash,
  type: r.type,
  bytes: Number(r.bytes),
  buildMs: r.build_ms,
  cacheHit: r.cache_hit,
  at: r.at,
});
