import { Document, NodeIO, type Material } from "@gltf-transform/core";
import type { Mesh } from "../shared/mesh.ts";
import { metresPer } from "../shared/units.ts";
import { srgbChannels, srgbToLinear } from "./text.ts";
import { weldParts, type WeldedPart } from "./weld.ts";

/**
 * glTF 2.0 binary (GLB, https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html), written
 * with glTF Transform. glTF's units are metres and its up axis is +Y (§ 3.4), so positions are
 * scaled from the model's unit and turned from Z up (x, y, z) to Y up (x, z, -y); normals turn
 * with them. The scene, named after the model, holds a node (and mesh) per part, named after the
 * part (a one-part model's part has the model's name); each part's colour becomes a metallic-roughness material with a
 * linear `baseColorFactor` (§ 3.9.2).
 */
export interface GlbOptions {
  /** The model's name: the scene's name. Default "partforge". */
  name?: string;
}

const DEFAULT_COLOR = "#b4b8bd";

/**
 * The mesh as a GLB file. Same mesh and options → same bytes.
 *
 * @example await exportGlb(mesh, { name: "Spur gear" }) // Uint8Array starting with "glTF"
 */
export async function exportGlb(mesh: Mesh, options: GlbOptions = {}): Promise<Uint8Array> {
  const name = options.name ?? "partforge";
  const document = new Document();
  document.getRoot().getAsset().generator = "partforge";
  const buffer = document.createBuffer();
  const scene = document.createScene(name);
  document.getRoot().setDefaultScene(scene);
  const materials = new Map<string, Material>();
  const scale = metresPer(mesh.unit);

  for (const part of weldParts(mesh, { keepNormals: true })) {
    const color = part.color ?? DEFAULT_COLOR;
    let material = materials.get(color);
    if (material === undefined) {
      const [r, g, b] = srgbChannels(color).map(srgbToLinear) as [number, number, number];
      material = document.createMaterial(color).setBaseColorFactor([r, g, b, 1]).setMetallicFactor(0.1).setRoughnessFactor(0.6);
      materials.set(color, material);
    }
    const { positions, normals } = yUpMetres(part, scale);
    const indices = positions.length / 3 > 0xffff ? part.indices : Uint16Array.from(part.indices);
    const primitive = document.createPrimitive()
      .setAttribute("POSITION", document.createAccessor().setType("VEC3").setArray(positions).setBuffer(buffer))
      .setAttribute("NORMAL", document.createAccessor().setType("VEC3").setArray(normals).setBuffer(buffer))
      .setIndices(document.createAccessor().setType("SCALAR").setArray(indices).setBuffer(buffer))
      .setMaterial(material);
    const gltfMesh = document.createMesh(part.name).addPrimitive(primitive);
    scene.addChild(document.createNode(part.name).setMesh(gltfMesh));
  }
  return new NodeIO().writeBinary(document);
}

/** Positions in metres and normals, both turned from Z up to Y up: (x, y, z) → (x, z, -y). */
function yUpMetres(part: WeldedPart, scale: number): { positions: Float32Array; normals: Float32Array } {
  const source = part.positions;
  const sourceNormals = part.normals!;
  const positions = new Float32Array(source.length);
  const normals = new Float32Array(source.length);
  for (let v = 0; v < source.length; v += 3) {
    positions[v] = source[v]! * scale + 0;
    positions[v + 1] = source[v + 2]! * scale + 0;
    positions[v + 2] = -source[v + 1]! * scale + 0;
    // Renormalised: the validator wants unit normals within 5e-4, float32 rounding is below that.
    const nx = sourceNormals[v]!, ny = sourceNormals[v + 2]!, nz = -sourceNormals[v + 1]!;
    const length = Math.hypot(nx, ny, nz) || 1;
    normals[v] = nx / length + 0;
    normals[v + 1] = ny / length + 0;
    normals[v + 2] = nz / length + 0;
  }
  return { positions, normals };
}
