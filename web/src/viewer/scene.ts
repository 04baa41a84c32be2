/** The part as three.js objects: shaded faces with its edges drawn over them, Z up like CAD. */
import * as THREE from "three";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { STLLoader } from "three/addons/loaders/STLLoader.js";

/** Edges where faces meet at more than this angle are drawn: outlines and creases, not mesh seams. */
const EDGE_THRESHOLD_DEG = 25;

export interface PartObjects {
  group: THREE.Group;
  box: THREE.Box3;
  dispose(): void;
}

/** Metres per unit of measure (glTF's unit is the metre). */
const METRES_PER_UNIT: Record<string, number> = { mm: 0.001, cm: 0.01, m: 1, in: 0.0254, ft: 0.3048 };

function faceMaterial(): THREE.MeshStandardMaterial {
  return new THREE.MeshStandardMaterial({
    color: 0x8fb3d9,
    metalness: 0.1,
    roughness: 0.65,
    // Pushes faces back a little so the edge lines on them are not hidden (z-fighting).
    polygonOffset: true,
    polygonOffsetFactor: 1,
    polygonOffsetUnits: 1,
  });
}

/** Faces and their outline edges for each geometry, under one group whose transform is `place`. */
function partOf(geometries: THREE.BufferGeometry[], place: (group: THREE.Group) => void, options: { flatShading: boolean }): PartObjects {
  const inner = new THREE.Group();
  const disposables: { dispose(): void }[] = [];
  for (const geometry of geometries) {
    const material = faceMaterial();
    material.flatShading = options.flatShading;
    const faces = new THREE.Mesh(geometry, material);
    const edgesGeometry = new THREE.EdgesGeometry(geometry, EDGE_THRESHOLD_DEG);
    const edgeMaterial = new THREE.LineBasicMaterial({ color: 0x1d2733 });
    inner.add(faces, new THREE.LineSegments(edgesGeometry, edgeMaterial));
    disposables.push(geometry, material, edgesGeometry, edgeMaterial);
  }
  place(inner);
  const group = new THREE.Group();
  group.add(inner);
  group.updateMatrixWorld(true);
  return {
    group,
    box: new THREE.Box3().setFromObject(group),
    dispose() {
      for (const item of disposables) item.dispose();
    },
  };
}

/** Reads binary or ASCII STL bytes (model units, Z up) into a part with faces and edges. */
export function partFromStl(bytes: ArrayBuffer): PartObjects {
  return partOf([new STLLoader().parse(bytes)], () => undefined, { flatShading: true });
}

/**
 * Reads a GLB preview into a part in the model's unit with Z up, as CAD shows it: the file is in
 * metres with Y up (glTF 2.0 § 3.4), so it is scaled back and turned a quarter about X.
 */
export async function partFromGlb(bytes: ArrayBuffer, uom: string): Promise<PartObjects> {
  const gltf = await new GLTFLoader().parseAsync(bytes, "");
  gltf.scene.updateMatrixWorld(true);
  const geometries: THREE.BufferGeometry[] = [];
  gltf.scene.traverse((object) => {
    if (object instanceof THREE.Mesh) {
      geometries.push((object.geometry as THREE.BufferGeometry).clone().applyMatrix4(object.matrixWorld));
      object.geometry.dispose();
      (object.material as THREE.Material).dispose();
    }
  });
  const unitsPerMetre = 1 / (METRES_PER_UNIT[uom] ?? 0.001);
  return partOf(
    geometries,
    (group) => {
      group.rotation.x = Math.PI / 2;
      group.scale.setScalar(unitsPerMetre);
    },
    { flatShading: false },
  );
}

/** Lights that follow nothing: a sky/ground fill and two directional keys. */
export function addLights(scene: THREE.Scene): void {
  scene.add(new THREE.HemisphereLight(0xffffff, 0x445566, 1.6));
  const key = new THREE.DirectionalLight(0xffffff, 1.6);
  key.position.set(1, -2, 3);
  const rim = new THREE.DirectionalLight(0xffffff, 0.6);
  rim.position.set(-2, 1, -1);
  scene.add(key, rim);
}

/** A round grid spacing (1, 2 or 5 × 10ⁿ) giving about ten lines across `extent`. */
export function gridSpacing(extent: number): number {
  const raw = Math.max(extent, 1e-6) / 10;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled < 1.5 ? 1 : scaled < 3.5 ? 2 : scaled < 7.5 ? 5 : 10) * power;
}

/** Camera position and target that frame `box` from the usual front-right-above view. */
export function framing(box: THREE.Box3, fovDeg: number): { position: THREE.Vector3; target: THREE.Vector3; radius: number } {
  const sphere = box.getBoundingSphere(new THREE.Sphere());
  const radius = Math.max(sphere.radius, 1e-3);
  const distance = (radius / Math.sin(THREE.MathUtils.degToRad(fovDeg) / 2)) * 1.08;
  const direction = new THREE.Vector3(1, -1.35, 0.95).normalize();
  return { position: sphere.center.clone().addScaledVector(direction, distance), target: sphere.center.clone(), radius };
}

/** `12.5 × 40 × 8 mm`: the size of the box to at most 4 significant digits. */
export function sizeLabel(box: THREE.Box3, uom: string): string {
  const size = box.getSize(new THREE.Vector3());
  const format = (value: number) => String(Number(value.toPrecision(4)));
  return `${format(size.x)} × ${format(size.y)} × ${format(size.z)} ${uom}`;
}
