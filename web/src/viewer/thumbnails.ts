/** Small still pictures of parts for the gallery, all drawn by one shared WebGL context. */
import * as THREE from "three";
import { addLights, framing, partFromGlb } from "./scene.ts";

const FOV_DEG = 35;
let shared: { renderer: THREE.WebGLRenderer; scene: THREE.Scene; camera: THREE.PerspectiveCamera } | undefined;

function context(size: number) {
  if (!shared) {
    const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    const scene = new THREE.Scene();
    scene.background = new THREE.Color(0xf4f6f8);
    addLights(scene);
    const camera = new THREE.PerspectiveCamera(FOV_DEG, 1, 0.1, 1000);
    camera.up.set(0, 0, 1);
    shared = { renderer, scene, camera };
  }
  shared.renderer.setSize(size, size, false);
  return shared;
}

/** A PNG data URL of the part in the GLB preview bytes, `sizePx` square. */
export async function thumbnailOf(bytes: ArrayBuffer, uom: string, sizePx = 320): Promise<string> {
  const part = await partFromGlb(bytes, uom);
  const { renderer, scene, camera } = context(sizePx);
  try {
    scene.add(part.group);
    const { position, target, radius } = framing(part.box, FOV_DEG);
    camera.position.copy(position);
    camera.near = radius / 100;
    camera.far = radius * 100;
    camera.updateProjectionMatrix();
    camera.lookAt(target);
    renderer.render(scene, camera);
    return renderer.domElement.toDataURL("image/png");
  } finally {
    scene.remove(part.group);
    part.dispose();
  }
}
