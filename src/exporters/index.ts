export { exportStl, type StlOptions } from "./stl.ts";
export { exportStep, type StepOptions } from "./step.ts";
export { exportAmf, amfUnit, type AmfOptions } from "./amf.ts";
export { exportTjs, type TjsOptions } from "./tjs.ts";
export { exportGlb, type GlbOptions } from "./gltf.ts";
export { exportThreeMf, threeMfUnit, type ThreeMfOptions } from "./threemf.ts";
export { exportBrep } from "./brep.ts";
export { exportProps, PROPS_VERSION, type PartProperties, type PropsOptions } from "./props.ts";
export { exportDxf, chainCurves, type DxfOptions } from "./dxf.ts";
export { exportPng, encodePng, type PngOptions } from "./png.ts";
export { exportSvg, type DrawnView, type SvgOptions } from "./svg.ts";
export { MATERIAL_DENSITIES, type MaterialName } from "./materials.ts";
export { parseView, viewFrame, viewLabel, VIEW_NAMES, type View, type ViewName, type ViewFrame } from "./views.ts";
export { weldParts, type WeldedPart, type WeldOptions } from "./weld.ts";
export { featureEdges } from "./featureEdges.ts";
export {
  EXPORT_FORMATS,
  MEDIA_TYPES,
  FILE_EXTENSIONS,
  exportFormats,
  parseExportFormat,
  isChargedFormat,
  needsNormals,
  type ExportFormat,
  type ExportFormatInfo,
} from "./formats.ts";
