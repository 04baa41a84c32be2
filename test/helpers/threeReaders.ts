/**
 * Independent readers for the web formats: three.js's `ObjectLoader` (TJS) and `GLTFLoader`
 * (GLB), and the Khronos glTF validator (npm `gltf-validator`). Volumes and boxes are measured
 * in world space after the loaders have done their work, from the triangles alone.
 */
import { createRequire } from "node:module";
import { Box3 as ThreeBox3, LineSegments, Mesh, ObjectLoader, Scene, Vector3, type BufferGeometry, type Object3D } from "three";
import { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { checkClosed, signedVolume, type Box3 } from "./meshChecks.ts";

export interface ThreeMeshReading {
  name: string;
  triangles: number;
  volume: number;
  bbox: Box3;
  isClosed: boolean;
  hasNormals: boolean;
  materialType: string;
  /** sRGB `#rrggbb` of the material. */
  color: string;
  /** Line segments among the mesh's children (TJS edges). */
  edgeSegments: number;
}

export interface ThreeSceneReading {
  root: Object3D;
  scene: Scene;
  meshes: ThreeMeshReading[];
  volume: number;
  bbox: Box3;
}

function worldPositions(mesh: Mesh | LineSegments): Float32Array {
  const geometry = mesh.geometry as BufferGeometry;
  const attribute = geometry.getAttribute("position");
  const out = new Float32Array(attribute.count * 3);
  const v = new Vector3();
  for (let i = 0; i < attribute.count; i++) {
    v.fromBufferAttribute(attribute, i).applyMatrix4(mesh.matrixWorld);
    out[i * 3] = v.x;
    out[i * 3 + 1] = v.y;
    out[i * 3 + 2] = v.z;
  }
  return out;
}

function indicesOf(geometry: BufferGeometry): Uint32Array {
  const index = geometry.getIndex();
  if (index) return Uint32Array.from(index.array as ArrayLike<number>);
  return Uint32Array.from({ length: geometry.getAttribute("position").count }, (_, i) => i);
}

function boxOf(object: Object3D): Box3 {
  const box = new ThreeBox3().setFromObject(object, true);
  return { min: box.min.toArray(), max: box.max.toArray() };
}

/** Adds `root` to a scene (as a viewer would) and measures every Mesh in it. */
function readScene(root: Object3D): ThreeSceneReading {
  const scene = new Scene();
  scene.add(root);
  scene.updateMatrixWorld(true);
  const meshes: ThreeMeshReading[] = [];
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const geometry = object.geometry as BufferGeometry;
    const positions = worldPositions(object);
    const indices = indicesOf(geometry);
    const material = object.material as { type: string; color: { getHexString(): string } };
    meshes.push({
      name: object.name,
      triangles: indices.length / 3,
      volume: signedVolume(positions, indices),
      bbox: boxOf(object),
      isClosed: checkClosed(positions, indices).isClosed,
      hasNormals: geometry.getAttribute("normal") !== undefined,
      materialType: material.type,
      color: `#${material.color.getHexString()}`,
      edgeSegments: object.children.filter((c): c is LineSegments => c instanceof LineSegments)
        .reduce((sum, lines) => sum + (lines.geometry as BufferGeometry).getAttribute("position").count / 2, 0),
    });
  });
  return { root, scene, meshes, volume: meshes.reduce((sum, m) => sum + m.volume, 0), bbox: boxOf(root) };
}

/** `new THREE.ObjectLoader().parse(json)`, added to a scene, measured. */
export function readTjs(bytes: Uint8Array): ThreeSceneReading {
  const json = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  return readScene(new ObjectLoader().parse(json as Parameters<ObjectLoader["parse"]>[0]));
}

/** three.js's GLTFLoader on a GLB, measured in glTF's metres, Y up. */
export async function readGlbWithThree(bytes: Uint8Array): Promise<ThreeSceneReading & { sceneName: string }> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await new GLTFLoader().parseAsync(buffer, "");
  return { ...readScene(gltf.scene), sceneName: gltf.scene.name };
}

export interface ValidatorReport {
  issues: { numErrors: number; numWarnings: number; numInfos: number; messages: { code: string; message: string; pointer?: string; severity: number }[] };
  info: { totalTriangleCount: number; drawCallCount: number; hasDefaultScene: boolean; generator?: string };
}

const require = createRequire(import.meta.url);

/** The Khronos glTF validator's report on a GLB. */
export async function validateGlb(bytes: Uint8Array): Promise<ValidatorReport> {
  const validator = require("gltf-validator") as { validateBytes(data: Uint8Array, options?: object): Promise<ValidatorReport> };
  return validator.validateBytes(bytes, { maxIssues: 50 });
}
