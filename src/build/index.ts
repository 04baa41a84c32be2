export { buildModel, parseFormat, downloadName, languageOf, loadScript, type BuildRequest, type BuildOutput } from "./buildModel.ts";
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
export { resultParts } from "./result.ts";
export { partforgeScope } from "./scope.ts";
export {
  InProcessBackend,
  contentKey,
  type BuildBackend,
  type BackendBuildRequest,
  type BackendBuildResult,
  type DescribeResult,
} from "./backend.ts";
export { PoolBackend } from "./poolBackend.ts";
export {
  createBuildPool,
  BuildPool,
  type BuildPoolOptions,
  type PoolBuildRequest,
  type ScriptRequest,
  type BuildCallOptions,
  type BuildResult,
  type BuildSuccess,
  type BuildFailure,
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
