import type { Mesh } from "../shared/mesh.ts";
import { metresPer } from "../shared/units.ts";
import { featureEdges } from "./featureEdges.ts";
import { float32Text } from "./text.ts";
import { weldParts, type WeldedPart } from "./weld.ts";

/**
 * three.js JSON Object format 4 (the format of `Object3D.toJSON()`, read by
 * `THREE.ObjectLoader`; https://github.com/mrdoob/three.js/wiki/JSON-Object-Scene-format-4).
 * The root is a `Group` named after the model; each part is a `Mesh` (indexed `BufferGeometry`
 * with position and normal, a `MeshStandardMaterial` in the part's colour) with its visible
 * edges as a child `LineSegments`. Coordinates stay in the model's unit and Z up, as
 * `userData` on the root says (`unit`, `metresPerUnit`, `upAxis`).
 */
export interface TjsOptions {
  /** The model's name: the root Group's name. Default "partforge". */
  name?: string;
  /**
   * Edges sharper than this (radians) are drawn. Default 0.35 (20°): above the angle between
   * neighbouring facets of a curved face at the default angular tolerance, so seams and
   * tangent edges stay hidden.
   */
  creaseAngleRad?: number;
}

const FORMAT_VERSION = 4.6;
const DEFAULT_COLOR = "#b4b8bd";
const EDGE_COLOR = "#1f2328";
const DEFAULT_CREASE_ANGLE_RAD = (20 * Math.PI) / 180;
const IDENTITY = "[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]";

/**
 * The mesh as three.js JSON (UTF-8). Same mesh and options → same bytes: the uuids are derived
 * from the model's name and each element's place in the file, not drawn at random.
 *
 * @example new THREE.ObjectLoader().parse(JSON.parse(new TextDecoder().decode(exportTjs(mesh)))) // a Group
 */
export function exportTjs(mesh: Mesh, options: TjsOptions = {}): Uint8Array {
  const name = options.name ?? "partforge";
  const crease = options.creaseAngleRad ?? DEFAULT_CREASE_ANGLE_RAD;
  const uuid = uuidMaker(name);
  const shaded = weldParts(mesh, { keepNormals: true });
  const byPosition = weldParts(mesh);

  const geometries: string[] = [];
  // key → [uuid, material JSON], one material per colour
  const materials = new Map<string, [string, string]>();
  const materialUuid = (key: string, json: (id: string) => string): string => {
    let entry = materials.get(key);
    if (entry === undefined) {
      const id = uuid(`material ${key}`);
      entry = [id, json(id)];
      materials.set(key, entry);
    }
    return entry[0];
  };
  const edgeMaterial = materialUuid("edges", (id) => `{"uuid":"${id}","type":"LineBasicMaterial","name":"edges","color":${hexNumber(EDGE_COLOR)}}`);
  const children = shaded.map((part, index) => {
    const color = part.color ?? DEFAULT_COLOR;
    const material = materialUuid(color, (id) => standardMaterial(id, color));
    const meshGeometry = uuid(`geometry ${index}`);
    geometries.push(meshGeometryJson(meshGeometry, part));
    const edgeGeometry = uuid(`edges ${index}`);
    geometries.push(edgeGeometryJson(edgeGeometry, featureEdges(byPosition[index]!, crease)));
    const lines = `{"uuid":"${uuid(`edge lines ${index}`)}","type":"LineSegments","name":${JSON.stringify(`${part.name} edges`)},` +
      `"matrix":${IDENTITY},"geometry":"${edgeGeometry}","material":"${edgeMaterial}"}`;
    return `{"uuid":"${uuid(`part ${index}`)}","type":"Mesh","name":${JSON.stringify(part.name)},"matrix":${IDENTITY},` +
      `"geometry":"${meshGeometry}","material":"${material}","children":[${lines}]}`;
  });
  const userData = JSON.stringify({ unit: mesh.unit, metresPerUnit: metresPer(mesh.unit), upAxis: "Z", generator: "partforge" });
  const root = `{"uuid":"${uuid("root")}","type":"Group","name":${JSON.stringify(name)},"matrix":${IDENTITY},` +
    `"userData":${userData},"children":[${children.join(",")}]}`;
  const json = `{"metadata":{"version":${FORMAT_VERSION},"type":"Object","generator":"partforge"},` +
    `"geometries":[${geometries.join(",")}],"materials":[${[...materials.values()].map(([, json]) => json).join(",")}],"object":${root}}`;
  return new TextEncoder().encode(json);
}

function hexNumber(color: string): number {
  return parseInt(color.slice(1), 16);
}

function standardMaterial(id: string, color: string): string {
  return `{"uuid":"${id}","type":"MeshStandardMaterial","name":"${color}","color":${hexNumber(color)},"roughness":0.6,"metalness":0.1}`;
}

function numbers(values: Float32Array): string {
  let text = "";
  for (let i = 0; i < values.length; i++) text += (i === 0 ? "" : ",") + float32Text(values[i]!);
  return text;
}

function attribute(values: Float32Array): string {
  return `{"itemSize":3,"type":"Float32Array","array":[${numbers(values)}],"normalized":false}`;
}

function meshGeometryJson(id: string, part: WeldedPart): string {
  const indexType = part.positions.length / 3 > 0xffff ? "Uint32Array" : "Uint16Array";
  return `{"uuid":"${id}","type":"BufferGeometry","name":${JSON.stringify(part.name)},"data":{` +
    `"attributes":{"position":${attribute(part.positions)},"normal":${attribute(part.normals!)}},` +
    `"index":{"type":"${indexType}","array":[${part.indices.join(",")}]}}}`;
}

function edgeGeometryJson(id: string, segments: Float32Array): string {
  return `{"uuid":"${id}","type":"BufferGeometry","data":{"attributes":{"position":${attribute(segments)}}}}`;
}

/** Deterministic RFC 4122-shaped ids (version 4 layout) from the model's name and a label. */
function uuidMaker(modelName: string): (label: string) => string {
  return (label) => {
    const text = `${modelName}\u0000${label}`;
    const words = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x68e31da4].map((seed) => {
      let hash = seed;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      return (hash >>> 0).toString(16).padStart(8, "0");
    });
    const hex = words.join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[parseInt(hex[16]!, 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
