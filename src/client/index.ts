/**
 * `partforge/client`: a typed client of the partforge REST API for Node and browsers (fetch only,
 * no Node modules). Its types are generated from /openapi.json (./openapi.ts).
 */
export { PartforgeClient, type PartforgeClientOptions, type Model, type ModelList, type ModelInput, type Usage, type AccountAnswer, type FormatList } from "./client.ts";
export { FINAL_JOB_STATUSES, JobWaitTimeoutError, type Job, type JobAccepted, type JobStatus, type BatchAccepted, type BatchConfiguration, type BatchOptions, type WaitOptions } from "./jobs.ts";
export type { BuildOptions, BuiltBytes, BuiltStream, BuiltFileInfo, NotModified } from "./build.ts";
export { PartforgeClientError, PartforgeConnectionError, PartforgeHttpError, PartforgeProblemError, type Problem, type ProblemCode } from "./errors.ts";
export { OPERATIONS } from "./operations.ts";
export type { components, operations, paths } from "./openapi.ts";
