/**
 * The 3D viewer: orbit (drag), pan (right-drag, or arrow keys), zoom (wheel, or + and −), fit to
 * view (F or the button), edges over faces, a grid under the part, axes, and its size in the
 * model's unit. Renders on demand, not in a loop.
 */
import * as THREE from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";
import { h } from "../lib/dom.ts";
import { addLights, framing, gridSpacing, partFromGlb, partFromStl, sizeLabel, type PartObjects } from "./scene.ts";

const FOV_DEG = 40;

export interface ViewerOptions {
  /** What the canvas shows, for screen readers (e.g. "3D view of Bored block"). */
  label: string;
}

export class Viewer {
  readonly element: HTMLElement;
  readonly #canvas: HTMLCanvasElement;
  readonly #renderer: THREE.WebGLRenderer;
  readonly #scene = new THREE.Scene();
  readonly #camera = new THREE.PerspectiveCamera(FOV_DEG, 1, 0.1, 1000);
  readonly #controls: OrbitControls;
  readonly #helpers = new THREE.Group();
  readonly #size = h("p", { class: "viewer-size", "aria-live": "polite" });
  readonly #overlay = h("div", { class: "viewer-overlay", hidden: true });
  readonly #resizeObserver: ResizeObserver;
  #part: PartObjects | undefined;
  #frame = 0;
  #loads = 0;

  constructor(options: ViewerOptions) {
    this.#canvas = h("canvas", { class: "viewer-canvas", tabindex: 0, role: "img", "aria-label": options.label });
    this.#renderer = new THREE.WebGLRenderer({ canvas: this.#canvas, antialias: true, preserveDrawingBuffer: true });
    this.#renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.#scene.background = new THREE.Color(0xf4f6f8);
    this.#camera.up.set(0, 0, 1);
    this.#camera.position.set(60, -80, 60);
    addLights(this.#scene);
    this.#scene.add(this.#helpers);
    this.#controls = new OrbitControls(this.#camera, this.#canvas);
    this.#controls.listenToKeyEvents(this.#canvas);
    this.#controls.addEventListener("change", () => this.render());
    this.#canvas.addEventListener("keydown", (event) => this.#onKey(event));
    const fit = h("button", { type: "button", class: "secondary small", onclick: () => this.fit() }, "Fit to view");
    this.element = h(
      "div",
      { class: "viewer" },
      h("div", { class: "viewer-stage" }, this.#canvas, this.#overlay),
      h("div", { class: "viewer-bar" }, this.#size, fit),
      h("p", { class: "hint" }, "Drag to orbit, right-drag or arrow keys to pan, wheel or + / − to zoom, F to fit."),
    );
    this.#resizeObserver = new ResizeObserver(() => this.#resize());
    this.#resizeObserver.observe(this.#canvas);
  }

  /** Shows STL bytes; keeps the camera unless `refit` (first view, or a different part). */
  showStl(bytes: ArrayBuffer, uom: string, options: { refit: boolean }): void {
    this.#loads += 1;
    this.#showPart(partFromStl(bytes), uom, options);
  }

  /** Shows a GLB preview (metres, Y up) in the model's unit; a later show wins over a slower earlier one. */
  async showGlb(bytes: ArrayBuffer, uom: string, options: { refit: boolean }): Promise<void> {
    const load = ++this.#loads;
    const part = await partFromGlb(bytes, uom);
    if (load !== this.#loads) {
      part.dispose();
      return;
    }
    this.#showPart(part, uom, options);
  }

  #showPart(part: PartObjects, uom: string, options: { refit: boolean }): void {
    if (this.#part) {
      this.#scene.remove(this.#part.group);
      this.#part.dispose();
    }
    this.#part = part;
    this.#scene.add(part.group);
    this.#placeHelpers(part.box);
    this.#size.textContent = `Size ${sizeLabel(part.box, uom)}`;
    this.#canvas.dataset.loaded = "true";
    if (options.refit) this.fit();
    else this.render();
  }

  /** A message over the view (progress or an error); `undefined` hides it. */
  setOverlay(message: string | undefined, kind: "busy" | "error" | "info" = "busy"): void {
    this.#overlay.hidden = message === undefined;
    this.#overlay.className = `viewer-overlay ${kind}`;
    this.#overlay.textContent = message ?? "";
  }

  fit(): void {
    if (!this.#part) return;
    const { position, target, radius } = framing(this.#part.box, FOV_DEG);
    this.#camera.position.copy(position);
    this.#camera.near = radius / 100;
    this.#camera.far = radius * 100;
    this.#camera.updateProjectionMatrix();
    this.#controls.target.copy(target);
    this.#controls.update();
    this.render();
  }

  render(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#renderer.render(this.#scene, this.#camera);
    });
  }

  dispose(): void {
    this.#resizeObserver.disconnect();
    this.#controls.dispose();
    this.#part?.dispose();
    this.#renderer.dispose();
  }

  #placeHelpers(box: THREE.Box3): void {
    for (const child of [...this.#helpers.children]) {
      this.#helpers.remove(child);
      if (child instanceof THREE.LineSegments) child.geometry.dispose();
    }
    const size = box.getSize(new THREE.Vector3());
    const center = box.getCenter(new THREE.Vector3());
    const spacing = gridSpacing(Math.max(size.x, size.y) * 1.6);
    const lines = 20;
    const grid = new THREE.GridHelper(spacing * lines, lines, 0x9aa5b1, 0xd5dbe1);
    grid.rotation.x = Math.PI / 2; // GridHelper lies in XZ; CAD's ground is XY
    grid.position.set(Math.round(center.x / spacing) * spacing, Math.round(center.y / spacing) * spacing, box.min.z);
    const axes = new THREE.AxesHelper(spacing * 2);
    axes.position.set(0, 0, box.min.z);
    this.#helpers.add(grid, axes);
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === "f" || event.key === "F") this.fit();
    else if (event.key === "+" || event.key === "=") this.#zoom(0.8);
    else if (event.key === "-" || event.key === "_") this.#zoom(1.25);
    else return;
    event.preventDefault();
  }

  #zoom(factor: number): void {
    const offset = this.#camera.position.clone().sub(this.#controls.target).multiplyScalar(factor);
    this.#camera.position.copy(this.#controls.target).add(offset);
    this.#controls.update();
    this.render();
  }

  #resize(): void {
    const width = this.#canvas.clientWidth;
    const height = this.#canvas.clientHeight;
    if (width === 0 || height === 0) return;
    this.#renderer.setSize(width, height, false);
    this.#camera.aspect = width / height;
    this.#camera.updateProjectionMatrix();
    this.render();
  }
}
