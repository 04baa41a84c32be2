export { exportStl, type StlOptions } from "./stl.ts";
export { exportStep, type StepOptions } from "./step.ts";
export {
  EXPORT_FORMATS,
  MEDIA_TYPES,
  FILE_EXTENSIONS,
  exportFormats,
  parseExportFormat,
  type ExportFormat,
  type ExportFormatInfo,
} from "./formats.ts";
