/** The part as three.js objects: shaded faces with its edges drawn over them, Z up like CAD. */
import * as THREE from "three";
import { STLLoader } from "three/addons/loaders/STLLoader.js";

/** Edges where faces meet at more than this angle are drawn: outlines and creases, not mesh seams. */
const EDGE_THRESHOLD_DEG = 25;

export interface PartObjects {
  group: THREE.Group;
  box: THREE.Box3;
  dispose(): void;
}

/** Reads binary or ASCII STL bytes into a part with faces and edges. */
export function partFromStl(bytes: ArrayBuffer): PartObjects {
  const geometry = new STLLoader().parse(bytes);
  geometry.computeBoundingBox();
  const faces = new THREE.Mesh(
    geometry,
    new THREE.MeshStandardMaterial({
      color: 0x8fb3d9,
      metalness: 0.1,
      roughness: 0.65,
      flatShading: true,
      // Pushes faces back a little so the edge lines on them are not hidden (z-fighting).
      polygonOffset: true,
      polygonOffsetFactor: 1,
      polygonOffsetUnits: 1,
    }),
  );
  const edgesGeometry = new THREE.EdgesGeometry(geometry, EDGE_THRESHOLD_DEG);
  const edges = new THREE.LineSegments(edgesGeometry, new THREE.LineBasicMaterial({ color: 0x1d2733 }));
  const group = new THREE.Group();
  group.add(faces, edges);
  return {
    group,
    box: geometry.boundingBox!.clone(),
    dispose() {
      geometry.dispose();
      edgesGeometry.dispose();
      (faces.material as THREE.Material).dispose();
      (edges.material as THREE.Material).dispose();
    },
  };
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
