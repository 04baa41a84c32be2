/** Batch builds (`POST /api/batches`): the request body, the run of a batch job, its ZIP and the files' names. */
export { readBatchFields, type BatchFields, type SentConfiguration } from "./batchFields.ts";
export { runBatch, type BatchRunContext, type BatchRunDeps } from "./runBatch.ts";
export { packBatch, readBatchManifest, chargedFilesOf, MANIFEST_NAME, ZIP_MEDIA_TYPE, type BatchManifest, type BatchManifestEntry } from "./batchArchive.ts";
export { batchFileNames, MAX_CONFIGURATION_NAME_LENGTH } from "./batchFileNames.ts";
