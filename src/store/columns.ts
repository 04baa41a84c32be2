/** Column lists both SQL dialects select with: the schema is the same in SQLite and PostgreSQL. */
import type { ComputeSubject } from "./store.ts";

export const API_KEY_COLUMNS = "id, account_id, name, prefix, secret_hash, created_at, last_used_at, disabled";

/** A key's columns (`k`) and its account's (`a`, prefixed `account_`), for `FROM api_keys k JOIN accounts a`. */
export const KEY_WITH_ACCOUNT_COLUMNS = `k.id, k.account_id, k.name, k.prefix, k.secret_hash, k.created_at, k.last_used_at, k.disabled,
  a.email AS account_email, a.display_name AS account_display_name, a.password_hash AS account_password_hash, a.plan AS account_plan,
  a.monthly_quota AS account_monthly_quota, a.created_at AS account_created_at`;

export const MODEL_COLUMNS = "m.id, m.owner_id, m.name, m.visibility, m.latest_revision, m.created_at, m.updated_at";
export const REVISION_COLUMNS = "r.model_id, r.revision, r.script, r.language, r.schema_json, r.created_at AS revision_created_at";
export const USAGE_COLUMNS = "id, account_id, key_id, model_id, script_hash, type, bytes, build_ms, cache_hit, at";
export const COMPUTE_COLUMNS = "id, account_id, key_id, client_address, model_id, kind, outcome, compute_ms, at";

/** The `WHERE` condition selecting a compute subject's rows, with `placeholder` for its one value. */
export function computeSubjectCondition(subject: ComputeSubject, placeholder: string): { condition: string; value: string } {
  if ("accountId" in subject) return { condition: `account_id = ${placeholder}`, value: subject.accountId };
  if ("anonymousModelId" in subject) return { condition: `account_id IS NULL AND model_id = ${placeholder}`, value: subject.anonymousModelId };
  return { condition: `account_id IS NULL AND client_address = ${placeholder}`, value: subject.anonymousClient };
}
