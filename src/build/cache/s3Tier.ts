/**
 * A cache tier in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …): one object per entry,
 * `<prefix>/objects/<key>.pfc`, sealed by `envelope.ts`, so a truncated or damaged object fails
 * its checksum, is deleted and rebuilt. Credentials, region and endpoint come from the AWS SDK's
 * standard chain (`AWS_ACCESS_KEY_ID`, `AWS_PROFILE`, `AWS_REGION`, `AWS_ENDPOINT_URL_S3`, …).
 * The size of the bucket is the operator's to bound, with a lifecycle rule on the prefix (e.g.
 * expire objects 30 days after creation): S3 keeps no access times for partforge to evict by.
 */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { KEY_SHAPE, type CacheTier, type TierEntry } from "./cacheTier.ts";
import { openEntry, sealEntry } from "./envelope.ts";

export interface S3TierOptions {
  bucket: string;
  /** Key prefix without leading or trailing slashes; "" for the bucket's root. */
  prefix: string;
  /** Passed to the SDK's client: `endpoint`, `region`, `forcePathStyle`, … (unset ones come from the environment). */
  client?: S3ClientConfig;
}

/** A shared tier must fail fast when the store is away: a cache that hangs is worse than none. */
const CONNECTION_TIMEOUT_MS = 2_000;
const REQUEST_TIMEOUT_MS = 15_000;

export class S3Tier<M> implements CacheTier<M> {
  readonly kind = "s3";
  readonly location: string;
  readonly client: S3Client;
  readonly #bucket: string;
  readonly #prefix: string;
  #corrupt = 0;

  constructor(options: S3TierOptions) {
    this.#bucket = options.bucket;
    this.#prefix = options.prefix === "" ? "" : `${options.prefix}/`;
    this.location = `s3://${options.bucket}/${options.prefix}`;
    this.client = new S3Client({
      maxAttempts: 2,
      requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
      ...options.client,
    });
  }

  get corruptEntries(): number {
    return this.#corrupt;
  }

  async get(key: string): Promise<TierEntry<M> | undefined> {
    if (!KEY_SHAPE.test(key)) return undefined;
    let data: Uint8Array;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: this.#objectKey(key) }));
      if (object.Body === undefined) return undefined;
      data = await object.Body.transformToByteArray();
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    const entry = openEntry<M>(key, data);
    if (entry === undefined) {
      this.#corrupt += 1;
      await this.delete(key);
    }
    return entry;
  }

  async put(key: string, entry: TierEntry<M>): Promise<void> {
    if (!KEY_SHAPE.test(key)) return;
    // S3 makes a PUT visible whole or not at all; the checksum guards against everything else.
    await this.client.send(new PutObjectCommand({ Bucket: this.#bucket, Key: this.#objectKey(key), Body: sealEntry(key, entry), ContentType: "application/octet-stream" }));
  }

  async has(key: string): Promise<boolean> {
    if (!KEY_SHAPE.test(key)) return false;
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: this.#objectKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    if (KEY_SHAPE.test(key)) await this.client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: this.#objectKey(key) }));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  #objectKey(key: string): string {
    return `${this.#prefix}objects/${key}.pfc`;
  }
}

function isNotFound(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return failure?.name === "NoSuchKey" || failure?.name === "NotFound" || failure?.$metadata?.httpStatusCode === 404;
}
