import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { isPartforgeError } from "../shared/errors.ts";
import { pendingMigrations, type Migration } from "./migrations/migration.ts";
import { POSTGRES_MIGRATIONS } from "./migrations/postgres.ts";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite.ts";
import { isModelId, randomModelId } from "./modelId.ts";
import { monthPeriod } from "./period.ts";
import { apiKeyPrefix, digestsEqual, newApiKeySecret, sha256Hex } from "./secrets.ts";
import { normaliseEmail, quotaForPlan } from "./validation.ts";

test("normalises emails by trimming, NFC and lower case, and rejects non-addresses", () => {
  assert.equal(normaliseEmail("  Jos\u0065\u0301@Example.ORG "), "jos\u00e9@example.org");
  for (const bad of ["", "@example.com", "a@", "a@b", "a@.com", "a@b..com", "a b@c.com", "a@b\n.com", "x".repeat(250) + "@a.com", null]) {
    assert.throws(() => normaliseEmail(bad), (error: unknown) => isPartforgeError(error) && error.code === "USAGE" && error.param === "email", String(bad));
  }
});

test("gives evaluation the default quota and enterprise none", () => {
  assert.equal(quotaForPlan("evaluation", undefined), 100);
  assert.equal(quotaForPlan("evaluation", 0), 0);
  assert.equal(quotaForPlan("enterprise", undefined), null);
  assert.throws(() => quotaForPlan("evaluation", Number.POSITIVE_INFINITY), /quota/);
});

test("finds the UTC calendar month around an instant", () => {
  assert.deepEqual(monthPeriod(new Date("2024-02-29T23:59:59.999Z")), { start: new Date("2024-02-01T00:00:00Z"), end: new Date("2024-03-01T00:00:00Z") });
  assert.deepEqual(monthPeriod(new Date("2024-12-31T23:30:00-05:00")), { start: new Date("2025-01-01T00:00:00Z"), end: new Date("2025-02-01T00:00:00Z") });
});

test("draws model ids of 8 characters, 9 after repeated collisions", () => {
  assert.match(randomModelId(), /^[a-z0-9]{8}$/);
  assert.match(randomModelId(5), /^[a-z0-9]{9}$/);
  for (const good of ["4hskpb6", "4hskpb69", "4hskpb69x"]) assert.ok(isModelId(good), good);
  for (const bad of ["4hskpb", "4HSKPB69", "4hskpb69xy", "4hsk-b69", " 4hskpb69", 42]) assert.equal(isModelId(bad), false, String(bad));
});

test("makes API key secrets whose prefix can be read back, and nothing else parses", () => {
  const { secret, prefix } = newApiKeySecret();
  assert.equal(apiKeyPrefix(secret), prefix);
  assert.equal(apiKeyPrefix(`${secret} `), undefined);
  assert.equal(apiKeyPrefix(prefix), undefined);
  assert.notEqual(newApiKeySecret().secret, secret);
  assert.ok(digestsEqual(sha256Hex(secret), sha256Hex(secret)));
  assert.ok(!digestsEqual(sha256Hex(secret), sha256Hex(`${secret}x`)));
  assert.ok(!digestsEqual(sha256Hex(secret), "abcd"));
});

test("hashes secrets to the hex SHA-256 of their UTF-8 bytes, as keys and sessions already stored were hashed", () => {
  assert.equal(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  // Non-ASCII text is hashed as UTF-8 (the stored hashes were made so), not as Latin-1 or UTF-16.
  assert.equal(sha256Hex("é"), createHash("sha256").update(Buffer.from("é", "utf8")).digest("hex"));
  assert.notEqual(sha256Hex("é"), createHash("sha256").update(Buffer.from("é", "latin1")).digest("hex"));
});

test("orders migrations, skips applied ones and refuses a database newer than the app", () => {
  const list: Migration[] = [1, 2, 3].map((version) => ({ version, name: `m${version}`, statements: [] }));
  assert.deepEqual(pendingMigrations(list, new Set()).map((m) => m.version), [1, 2, 3]);
  assert.deepEqual(pendingMigrations(list, new Set([1])).map((m) => m.version), [2, 3]);
  assert.deepEqual(pendingMigrations(list, new Set([1]), 2).map((m) => m.version), [2]);
  assert.deepEqual(pendingMigrations(list, new Set([1, 2, 3])), []);
  assert.throws(() => pendingMigrations(list, new Set([1, 2, 3, 4])), /newer than this partforge/);
  assert.throws(() => pendingMigrations([list[1]!], new Set()), /expected 1/);
});

test("keeps the SQLite and PostgreSQL migration lists in step", () => {
  assert.deepEqual(
    SQLITE_MIGRATIONS.map((m) => [m.version, m.name]),
    POSTGRES_MIGRATIONS.map((m) => [m.version, m.name]),
  );
});
