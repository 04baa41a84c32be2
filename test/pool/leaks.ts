/** What no error leaving the pool may contain: a secret from the parent's environment, a host path, a stack trace. */
import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import type { ErrorData } from "../../src/shared/errors.ts";

/** Set in the test process's environment before the pool starts; no slot may ever see it. */
export const FAKE_SECRET = "pf-test-secret-7f3a9c21e4b8";
export const SECRET_VARIABLE = "PARTFORGE_TEST_SECRET";

const APP_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function assertNothingLeaks(error: ErrorData): void {
  const text = JSON.stringify(error);
  assert.ok(!text.includes(FAKE_SECRET), `the secret leaked: ${text}`);
  for (const hostPath of [APP_ROOT, APP_ROOT.replace(/\/$/, ""), tmpdir() + "/", "node_modules", "file://", "/proc/", "/etc/"]) {
    assert.ok(!text.includes(hostPath), `a host path (${hostPath}) leaked: ${text}`);
  }
  assert.ok(!/\n\s+at\s/.test(text) && !/\\n\s+at\s/.test(text), `a stack trace leaked: ${text}`);
}
