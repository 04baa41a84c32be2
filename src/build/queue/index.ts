export { QueueBackend, openQueueBackend, type QueueBackendOptions, type QueueJobInfo, type QueueJobStatus } from "./queueBackend.ts";
export { BuildWorker, DEFAULT_CLOSE_GRACE_MS, startBuildWorker, type BuildWorkerOptions } from "./worker.ts";
export { DEFAULT_MAX_RESULT_BYTES, DEFAULT_QUEUE_PREFIX, JOB_ATTEMPTS, JOB_RETENTION_SECONDS, QUEUE_NAME, type QueueJob, type QueueProgress } from "./protocol.ts";
export { TAG_SPAN } from "./fairness.ts";
export { probeQueueRedis, redactUrl } from "./probe.ts";
export { RedisJobRunner, openRedisJobRunner, type RedisJobRunnerOptions } from "./redisJobRunner.ts";
export { queueConnectionOptions, reconnectDelayMs, MAX_RECONNECT_DELAY_MS } from "./connection.ts";
