/** What the service needs to know about an output format; adding a format is one entry below. */
export interface ExportFormatInfo {
  /** The `Content-Type` of a download (SPEC section 2). */
  mediaType: string;
  /** File name extension, with its dot. */
  extension: string;
  /** `mesh`: exported from the tessellated `Mesh` (honours tolerances); `brep`: from the exact shapes. */
  source: "mesh" | "brep";
  /** Not charged as a download (facts and previews); still bounded by the compute budget. */
  free?: true;
  /**
   * A mesh format that writes or shades with vertex normals (from the exact surface). The others
   * (STL, AMF, 3MF) are meshed without them, which saves a surface evaluation per vertex.
   */
  normals?: true;
}

/** Every output format, keyed by its lower-case `type` name. */
export const EXPORT_FORMATS = {
  stl: { mediaType: "model/stl", extension: ".stl", source: "mesh" },
  step: { mediaType: "model/step", extension: ".step", source: "brep" },
  amf: { mediaType: "application/x-amf", extension: ".amf", source: "mesh" },
  tjs: { mediaType: "application/json", extension: ".json", source: "mesh", normals: true },
  glb: { mediaType: "model/gltf-binary", extension: ".glb", source: "mesh", normals: true },
  "3mf": { mediaType: "model/3mf", extension: ".3mf", source: "mesh" },
  brep: { mediaType: "application/x-brep", extension: ".brep", source: "brep" },
  props: { mediaType: "application/json", extension: ".json", source: "brep", free: true },
  svg: { mediaType: "image/svg+xml", extension: ".svg", source: "brep" },
  dxf: { mediaType: "image/vnd.dxf", extension: ".dxf", source: "brep" },
  png: { mediaType: "image/png", extension: ".png", source: "mesh", free: true, normals: true },
} as const satisfies Record<string, ExportFormatInfo>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

const FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

function tableOf<K extends keyof ExportFormatInfo>(key: K): Readonly<Record<ExportFormat, ExportFormatInfo[K]>> {
  return Object.freeze(
    Object.fromEntries(FORMAT_NAMES.map((format) => [format, (EXPORT_FORMATS[format] as ExportFormatInfo)[key]])) as Record<ExportFormat, ExportFormatInfo[K]>,
  );
}

/** Media type per format, e.g. `MEDIA_TYPES.stl === "model/stl"`. */
export const MEDIA_TYPES = tableOf("mediaType");

/** File extension per format, e.g. `FILE_EXTENSIONS.step === ".step"`. */
export const FILE_EXTENSIONS = tableOf("extension");

/** Whether a build in `format` is charged as a download (PNG and PROPS are not). */
export function isChargedFormat(format: ExportFormat): boolean {
  return !("free" in EXPORT_FORMATS[format]);
}

/** Whether `format` is written from a mesh with vertex normals (GLB, TJS, PNG). */
export function needsNormals(format: ExportFormat): boolean {
  return "normals" in EXPORT_FORMATS[format];
}

/** The formats, in table order. */
export function exportFormats(): readonly ExportFormat[] {
  return FORMAT_NAMES;
}

/** The format a request's `type` names (case-insensitive, SPEC section 2), or undefined. */
export function parseExportFormat(type: string): ExportFormat | undefined {
  const name = type.trim().toLowerCase();
  return (FORMAT_NAMES as readonly string[]).includes(name) ? (name as ExportFormat) : undefined;
}
