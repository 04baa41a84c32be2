/**
 * A stand-in server process for the SQLite cross-process quota test: opens its own store on the
 * data directory, says ready, waits for a start time, then charges back to back and reports its
 * successes. Arguments: <dataDir> <accountId> <keyId> <charges>. Message in: the start time (ms).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "../../src/store/index.ts";

const [dataDir, accountId, keyId, charges] = process.argv.slice(2) as [string, string, string, string];
const store = await openStore({ dataDir });
process.send?.("ready");
process.once("message", async (startAtMs: number) => {
  // Both processes start at the same wall-clock instant, so their transactions really overlap.
  await sleep(Math.max(0, startAtMs - Date.now()));
  let successes = 0;
  for (let i = 0; i < Number(charges); i++) {
    const result = await store.chargeDownload({ accountId, keyId, scriptHash: "c".repeat(64), type: "STL", bytes: 1, buildMs: 1, cacheHit: false });
    if (result.ok) successes += 1;
  }
  await store.close();
  process.send?.(successes, () => process.disconnect());
});
