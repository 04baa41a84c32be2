import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { unzipSync, strFromU8 } from "fflate";
import { ObjectLoader, type Mesh, type MeshStandardMaterial } from "three";
import { buildModel, type OutputType } from "../../src/build/index.ts";
import { loadKernel } from "../../src/kernel/index.ts";

// Issue 6 point 4: an Assembly's parts keep their names and colours in GLB, 3MF and TJS.
const ASSEMBLY = `import { Assembly, Color, Location, Workplane } from "partforge";
export const METADATA = { name: "Pair" };
export function build() {
  return Assembly()
    .add(Workplane().box(10, 10, 10), { name: "base", color: new Color("red") })
    .add(Workplane().sphere(3), { name: "ball", color: new Color("blue"), loc: new Location([20, 0, 0]) });
}
`;

const build = (type: OutputType) => buildModel({ source: ASSEMBLY, language: "ts", type });

describe("an Assembly result", () => {
  before(() => loadKernel());

  it("keeps part names and colours in 3MF", async () => {
    const files = unzipSync((await build("3mf")).bytes);
    const model = strFromU8(files["3D/3dmodel.model"]!);
    assert.match(model, /<object[^>]*name="base"/);
    assert.match(model, /<object[^>]*name="ball"/);
    assert.match(model, /displaycolor="#FF0000"/i);
    assert.match(model, /displaycolor="#0000FF"/i);
  });

  it("keeps part names and colours in GLB", async () => {
    const bytes = (await build("glb")).bytes;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const jsonLength = view.getUint32(12, true);
    const gltf = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength)));
    const names = gltf.nodes.map((n: { name?: string }) => n.name);
    assert.ok(names.includes("base") && names.includes("ball"), `nodes ${names}`);
    const factors = gltf.materials.map((m: { pbrMetallicRoughness: { baseColorFactor: number[] } }) => m.pbrMetallicRoughness.baseColorFactor.slice(0, 3).map((c) => Math.round(c * 100) / 100));
    assert.ok(factors.some((f: number[]) => f[0] === 1 && f[1] === 0 && f[2] === 0), `materials ${JSON.stringify(factors)}`);
    assert.ok(factors.some((f: number[]) => f[0] === 0 && f[1] === 0 && f[2] === 1), `materials ${JSON.stringify(factors)}`);
  });

  it("keeps part names and colours in TJS, loadable by three's ObjectLoader", async () => {
    const json = JSON.parse(new TextDecoder().decode((await build("tjs")).bytes));
    const root = new ObjectLoader().parse(json);
    const meshes: Mesh[] = [];
    root.traverse((object) => {
      if ((object as Mesh).isMesh) meshes.push(object as Mesh);
    });
    const byName = new Map(meshes.map((m) => [m.name, (m.material as MeshStandardMaterial).color.getHexString()]));
    assert.equal(byName.get("base"), "ff0000");
    assert.equal(byName.get("ball"), "0000ff");
  });
});
