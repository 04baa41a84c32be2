/**
 * Two service nodes — each its own fastify app, build pool and memory cache, one database — that
 * share a build cache tier: a directory, and an S3 bucket (in-process s3rver) with leases in a
 * private Redis. A build made through one node is a hit with the same ETag through the other;
 * identical concurrent requests spread over both run one build; a damaged object is rebuilt, not
 * served; and a node whose S3 store is unreachable still builds.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { FastifyInstance } from "fastify";
import { createBuildCache, openSharedCache, type BuildCache, type StoredMeta } from "../../src/build/cache/index.ts";
import { createBuildPool, PoolBackend, type BuildPool } from "../../src/build/index.ts";
import { buildApp } from "../../src/http/app.ts";
import type { Store } from "../../src/store/index.ts";
import { storeKinds } from "../http/harness.ts";
import { freePort, S3_BUCKET, startRedis, startS3rver, type RunningServer } from "./servers.ts";

const SCRIPT = `import { Workplane, FloatParam } from "partforge";
export const METADATA = { name: "Shared" };
export const p_size = FloatParam({ min: 1, max: 100, default: 10 });
export function build() { return Workplane("XY").box(p_size.value, p_size.value, 4).faces(">Z").workplane().hole(1); }
`;

interface ServiceNode {
  app: FastifyInstance;
  pool: BuildPool;
  cache: BuildCache;
}

async function startNode(store: Store, cache: BuildCache): Promise<ServiceNode> {
  const pool = await createBuildPool({ size: 1, spare: 0, warmupBuilds: 0, cache, log: () => undefined });
  const app = await buildApp({ store, backend: new PoolBackend(pool) });
  return { app, pool, cache };
}

async function stopNode(node: ServiceNode): Promise<void> {
  await node.app.close();
  await node.pool.close();
  await node.cache.close();
}

const [sqlite] = await storeKinds();

interface Setup {
  /** A fresh cache over the shared tier, as one more node would open it. */
  openCache(): Promise<BuildCache>;
  /** Replaces the stored object for `key` with its first `bytes` bytes. */
  damage(key: string, bytes: number): Promise<void>;
  dispose(): Promise<void>;
}

const setups: Record<string, () => Promise<Setup>> = {
  "a shared directory (file://)": async () => {
    const dir = await mkdtemp(join(tmpdir(), "partforge-two-nodes-"));
    return {
      async openCache() {
        return createBuildCache({ shared: await openSharedCache<StoredMeta>(`file://${dir}`), log: () => undefined });
      },
      async damage(key, bytes) {
        await truncate(join(dir, "objects", key.slice(0, 2), `${key}.pfc`), bytes);
      },
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  },
  "an S3 bucket (s3rver) with leases in Redis": async () => {
    const s3 = await startS3rver();
    const redis = await startRedis();
    const url = `s3://${S3_BUCKET}/two-nodes?endpoint=${s3.url}`;
    return {
      async openCache() {
        return createBuildCache({ shared: await openSharedCache<StoredMeta>(url, { lockUrl: redis.url }), log: () => undefined });
      },
      async damage(key, bytes) {
        const client = new S3Client({ endpoint: s3.url, forcePathStyle: true });
        const objectKey = `two-nodes/objects/${key}.pfc`;
        const stored = await (await client.send(new GetObjectCommand({ Bucket: S3_BUCKET, Key: objectKey }))).Body!.transformToByteArray();
        await client.send(new PutObjectCommand({ Bucket: S3_BUCKET, Key: objectKey, Body: stored.subarray(0, bytes) }));
        client.destroy();
      },
      async dispose() {
        await redis.stop();
        await s3.stop();
      },
    };
  },
};

for (const [tierName, makeSetup] of Object.entries(setups)) {
  describe(`two service nodes sharing ${tierName}`, () => {
    let setup: Setup;
    let store: Store;
    let dispose: () => Promise<void>;
    let nodeA: ServiceNode;
    let nodeB: ServiceNode;
    let apiKey: string;

    before(async () => {
      setup = await makeSetup();
      const created = await sqlite!.create();
      store = created.store;
      dispose = created.dispose;
      const account = await store.createAccount({ email: "nodes@example.com", password: "correct horse battery", plan: "enterprise" });
      apiKey = (await store.createApiKey(account.id, { name: "nodes" })).secret;
      nodeA = await startNode(store, await setup.openCache());
      nodeB = await startNode(store, await setup.openCache());
    });
    after(async () => {
      await Promise.all([nodeA, nodeB].filter(Boolean).map(stopNode));
      await dispose?.();
      await setup?.dispose();
    });

    const build = (node: ServiceNode, params: Record<string, string>, script = SCRIPT) =>
      node.app.inject({ method: "POST", url: "/build", headers: { "content-type": "application/json" }, payload: { key: apiKey, s: script, type: "STL", params } });
    const builds = () => nodeA.pool.health().buildsServed + nodeB.pool.health().buildsServed;
    const contentKey = (etag: unknown) => String(etag).replace(/^"|"$/g, "");

    it("answers through node B, as a hit with the same ETag and bytes and no slot, what node A built", async () => {
      const first = await build(nodeA, { p_size: "12" });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.headers["x-cache"], "miss");
      const before = builds();
      const second = await build(nodeB, { p_size: "12" });
      assert.equal(second.statusCode, 200, second.body);
      assert.equal(second.headers["x-cache"], "hit");
      assert.equal(second.headers.etag, first.headers.etag);
      assert.ok(second.rawPayload.equals(first.rawPayload));
      assert.equal(builds(), before, "node B built nothing");
      assert.equal(nodeB.cache.stats().sharedHits, 1);
    });

    it("runs one build for identical concurrent requests spread over both nodes, for a described script and a new one", async () => {
      for (const script of [SCRIPT, `${SCRIPT}// never seen by either node: ${tierName}\n`]) {
        const before = builds();
        const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => build(i % 2 === 0 ? nodeA : nodeB, { p_size: "31" }, script)));
        for (const response of responses) assert.equal(response.statusCode, 200, response.body);
        assert.equal(builds() - before, 1, `one build for six requests (${responses.map((r) => r.headers["x-cache"]).join(", ")})`);
        assert.equal(new Set(responses.map((response) => response.headers.etag)).size, 1);
        assert.ok(responses.every((response) => response.rawPayload.equals(responses[0]!.rawPayload)));
        assert.ok(responses.some((response) => response.headers["x-cache"] === "hit"), "the other node's requests were answered from the shared tier");
      }
      assert.ok(nodeA.cache.stats().leaseWaits + nodeB.cache.stats().leaseWaits >= 1, "a node waited for the other's build");
    });

    it("rebuilds, and does not serve, an object damaged in the shared tier", async () => {
      const first = await build(nodeA, { p_size: "44" });
      assert.equal(first.statusCode, 200, first.body);
      await setup.damage(contentKey(first.headers.etag), 200);
      // A third node: nothing in its memory, so it must read the shared tier.
      const nodeC = await startNode(store, await setup.openCache());
      try {
        const again = await build(nodeC, { p_size: "44" });
        assert.equal(again.statusCode, 200, again.body);
        assert.equal(again.headers["x-cache"], "miss");
        assert.equal(again.headers.etag, first.headers.etag);
        assert.ok(again.rawPayload.equals(first.rawPayload), "the rebuilt file is byte-identical");
        assert.equal(nodeC.pool.health().buildsServed, 1);
        assert.equal(nodeC.cache.stats().corruptEntries, 1);
        const third = await build(nodeB, { p_size: "44" });
        assert.equal(third.headers["x-cache"], "hit", "the rebuilt object serves the other nodes again");
        assert.ok(third.rawPayload.equals(first.rawPayload));
      } finally {
        await stopNode(nodeC);
      }
    });
  });
}

describe("a node whose S3 store is unreachable", () => {
  let node: ServiceNode;
  let dispose: () => Promise<void>;
  let apiKey: string;
  const logged: string[] = [];

  before(async () => {
    const created = await sqlite!.create();
    dispose = created.dispose;
    const account = await created.store.createAccount({ email: "alone@example.com", password: "correct horse battery", plan: "enterprise" });
    apiKey = (await created.store.createApiKey(account.id, { name: "alone" })).secret;
    process.env.AWS_ACCESS_KEY_ID ??= "unused";
    process.env.AWS_SECRET_ACCESS_KEY ??= "unused";
    const log = (level: string, message: string) => logged.push(`${level} ${message}`);
    const shared = await openSharedCache<StoredMeta>(`s3://${S3_BUCKET}/gone?endpoint=http://127.0.0.1:${await freePort()}&region=us-east-1`, { log });
    node = await startNode(created.store, createBuildCache({ shared, log }));
  });
  after(async () => {
    await stopNode(node);
    await dispose();
  });

  it("still builds (a miss), serves repeats from memory, counts the failures and logs them without crashing", async () => {
    const request = () => node.app.inject({ method: "POST", url: "/build", headers: { "content-type": "application/json" }, payload: { key: apiKey, s: SCRIPT, type: "STL", params: { p_size: "9" } } });
    const first = await request();
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.headers["x-cache"], "miss");
    const again = await request();
    assert.equal(again.statusCode, 200);
    assert.equal(again.headers["x-cache"], "hit");
    assert.equal(again.headers.etag, first.headers.etag);
    const stats = node.cache.stats();
    assert.ok(stats.storeErrors >= 1, JSON.stringify(stats));
    assert.match(logged.join("\n"), /error the build cache's s3 store s3:\/\/partforge-builds\/gone failed/);
    assert.equal((await node.app.inject({ method: "GET", url: "/health" })).statusCode, 200);
  });
});
