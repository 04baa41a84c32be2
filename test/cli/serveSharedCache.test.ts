/**
 * `partforge serve --cache file://…` as real processes: two service nodes on one database and one
 * shared cache directory; what one built, the other answers as a hit with the same ETag. And
 * without `--cache`, the data directory's disk cache stays as it was.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = new URL("../../bin/partforge.js", import.meta.url).pathname;

interface Node {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

async function serve(dataDir: string, extraArgs: string[]): Promise<Node> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--slots", "1", "--warmup-builds", "0", "--log-level", "warn", "--data-dir", dataDir, ...extraArgs], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${stderr}`)), 120_000);
    child.stderr!.on("data", () => {
      const match = /listening on (http:\/\/[\d.:]+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        setTimeout(() => resolve(match[1]!), 200);
      }
    });
    // A start that fails ends the wait at once: the timer must not keep this test file's process alive for its 2 minutes.
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${stderr}`));
    });
  });
  return { child, url, stderr: () => stderr };
}

async function stop(node: Node | undefined): Promise<void> {
  if (node === undefined || node.child.exitCode !== null) return;
  const exited = new Promise((resolve) => node.child.once("exit", resolve));
  node.child.kill("SIGTERM");
  await exited;
}

describe("partforge serve --cache file://", () => {
  let dataDir: string;
  let cacheDir: string;
  let nodeA: Node | undefined;
  let nodeB: Node | undefined;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "partforge-serve-shared-"));
    cacheDir = await mkdtemp(join(tmpdir(), "partforge-serve-shared-cache-"));
  });
  after(async () => {
    await Promise.all([stop(nodeA), stop(nodeB)]);
    await rm(dataDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("answers through the second node, as a hit with the same ETag, what the first built; neither keeps a disk cache of its own", async () => {
    nodeA = await serve(dataDir, ["--cache", `file://${cacheDir}`]);
    assert.match(nodeA.stderr(), /shared build cache: file/);
    nodeB = await serve(dataDir, ["--cache", `file://${cacheDir}`]);
    const key = /API key\s+(\S+)/.exec(nodeA.stderr())?.[1];
    const id = /^\s+([a-z0-9]{7,9})\s+Bored block$/m.exec(nodeA.stderr())?.[1];
    assert.ok(key && id, nodeA.stderr());
    const query = `key=${key}&id=${id}&type=STL&p_length=77`;
    const first = await fetch(`${nodeA.url}/build?${query}`);
    assert.equal(first.status, 200, await first.clone().text());
    assert.equal(first.headers.get("x-cache"), "miss");
    const second = await fetch(`${nodeB.url}/build?${query}`);
    assert.equal(second.status, 200);
    assert.equal(second.headers.get("x-cache"), "hit");
    assert.equal(second.headers.get("etag"), first.headers.get("etag"));
    assert.ok(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer())));
    assert.ok((await readdir(join(cacheDir, "objects"))).length > 0);
    assert.equal(existsSync(join(dataDir, "cache", "builds")), false, "the shared tier replaces the data directory's disk cache");
  });

  it("refuses to start with a --cache URL it cannot use, saying why", async () => {
    await assert.rejects(serve(dataDir, ["--cache", "ftp://example.com/cache"]), /--cache must be a file:\/\/\/directory or s3:\/\/bucket\/prefix URL/);
  });
});
