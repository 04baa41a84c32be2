import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_SCRYPT_PARAMS, hashPassword, parsePasswordHash, verifyPasswordHash } from "./password.ts";

const FAST = { log2N: 10, blockSize: 8, parallelization: 1 };

test("hashes with the default OWASP scrypt parameters into a self-describing string", async () => {
  const hash = await hashPassword("correct horse");
  assert.match(hash, /^\$scrypt\$v=1\$ln=16,r=8,p=2\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  assert.deepEqual(parsePasswordHash(hash)?.params, DEFAULT_SCRYPT_PARAMS);
  assert.equal(await verifyPasswordHash("correct horse", hash), true);
  assert.equal(await verifyPasswordHash("correct horse ", hash), false);
});

test("salts every hash, so one password never hashes the same twice", async () => {
  const [a, b] = await Promise.all([hashPassword("same", FAST), hashPassword("same", FAST)]);
  assert.notEqual(a, b);
  assert.ok(await verifyPasswordHash("same", a));
  assert.ok(await verifyPasswordHash("same", b));
});

test("verifies a hash by the parameters stored in it, not the current defaults", async () => {
  const hash = await hashPassword("pw with old cost", { log2N: 11, blockSize: 4, parallelization: 1 });
  assert.match(hash, /\$ln=11,r=4,p=1\$/);
  assert.ok(await verifyPasswordHash("pw with old cost", hash));
});

test("treats NFC and NFD spellings of a password as one", async () => {
  const hash = await hashPassword("caf\u00e9 au lait", FAST);
  assert.ok(await verifyPasswordHash("cafe\u0301 au lait", hash));
});

test("refuses malformed, unknown-version and over-expensive hashes without computing them", async () => {
  const hash = await hashPassword("pw", FAST);
  for (const bad of ["", "plain", hash.replace("v=1", "v=2"), hash.replace("ln=10", "ln=40"), hash.replace("$scrypt$", "$argon2id$"), hash.slice(0, -30)]) {
    assert.equal(parsePasswordHash(bad), undefined, bad);
    assert.equal(await verifyPasswordHash("pw", bad), false);
  }
});

test("rejects invalid parameters when hashing", async () => {
  await assert.rejects(hashPassword("pw", { log2N: 0, blockSize: 8, parallelization: 1 }), RangeError);
  await assert.rejects(hashPassword("pw", { log2N: 10.5, blockSize: 8, parallelization: 1 }), RangeError);
});
