export {
  parseOutputType,
  parseExportOptions,
  resolveBuildRequest,
  DEFAULT_TENANT,
  MAX_BUILD_TIMEOUT_MS,
  DEFAULT_PRIORITY,
  MAX_PRIORITY,
  resolvePriority,
  type OutputType,
  type ScriptRequest,
  type DescribeRequest,
  type BuildRequest,
  type ResolvedBuildRequest,
  type BuildLimits,
  type BeforeRun,
  thenStarted,
  type ExportOptionFields,
} from "./request.ts";
export { cancelledError, type BuildResult, type BuildSuccess, type BuildFailure, type DescribeResult, type BuildCost, type CacheState, type PhaseTimings } from "./result.ts";
export { buildModel, downloadName, languageOf, loadScript } from "./buildModel.ts";
export { contentKey } from "./contentKey.ts";
export {
  resolveExportOptions,
  DEFAULT_EXPORT_OPTIONS,
  TOLERANCE_BOUNDS,
  ANGULAR_TOLERANCE_BOUNDS,
  MESH_TRIANGLE_LIMIT,
  type ExportOptions,
} from "./exportOptions.ts";
export { exportParts, prepareExport, finishExport, BuildMeshes, type PreparedExport, type MeshFormat } from "./exportParts.ts";
export {
  parseOutputFields,
  checkOutputOptions,
  isOutputField,
  OUTPUT_FIELDS,
  OUTPUT_OPTION_DOCS,
  SVG_SIZE_BOUNDS,
  PNG_SIZE_BOUNDS,
  DEFAULT_PICTURE_SIZE,
  type OutputOptions,
} from "./outputOptions.ts";
export { resultParts } from "./resultParts.ts";
export { partforgeScope } from "./scope.ts";
export { backendReady, notReadyReason, InProcessBackend, type BuildBackend } from "./backend.ts";
export { PoolBackend } from "./poolBackend.ts";
export { CacheFirstBackend, type CacheFirstOptions } from "./cacheFirstBackend.ts";
export {
  createBuildPool,
  BuildPool,
  DEFAULT_SLOT_LIMITS,
  SERVICE_WASM_TIER_UP,
  isWasmTierUp,
  type WasmTierUp,
  type BuildPoolOptions,
  type PoolHealth,
  type SlotHealth,
  type PoolLogger,
  type IsolationReport,
  type RecycleReason,
  SLOT_STATES,
  type SlotState,
} from "./pool/index.ts";
export {
  createBuildCache,
  BuildCache,
  buildCacheKey,
  engineVersion,
  type BuildCacheOptions,
  type BuildCacheStats,
  type CachedBuild,
  type CachedBuildMeta,
} from "./cache/index.ts";
export {
  JOB_STATUSES,
  isFinalStatus,
  InProcessJobRunner,
  type JobStatus,
  type JobState,
  type JobProgress,
  type JobTimings,
  type JobSubmission,
  type JobRecord,
  type JobRunner,
  type InProcessJobRunnerOptions,
  type JobHooks,
  type JobRunnerLimits,
  type BatchConfiguration,
  type BatchRequest,
} from "./jobs/index.ts";
