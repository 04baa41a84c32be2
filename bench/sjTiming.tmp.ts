import { readFileSync } from "node:fs";
import { buildHash } from "./heapAudit.ts";
import { loadKernel, kernel } from "../src/kernel/index.ts";
import { disturbHeap } from "../test/helpers/disturbHeap.ts";
const program = "test/conformance/ports/examples-extrude-until-face-spherical-joint.ts";
const source = readFileSync(program, "utf8");
await loadKernel();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rows: string[] = [];
for (let i = 0; i < 24; i++) {
  const mode = ["none", "none", "disturb", "hold"][i % 4]!;
  let free = () => {};
  if (mode === "disturb") disturbHeap(i);
  if (mode === "hold") { const oc = kernel(); const b = Array.from({ length: 10 + i * 3 }, (_, k) => new oc.BRepPrimAPI_MakeSphere(1 + k)); const s = b.map((x) => x.Shape()); free = () => { b.forEach((x) => x.delete()); s.forEach((x) => x.delete()); }; }
  const c0 = cpu(); const t0 = performance.now();
  const hash = await buildHash({ program, source, values: {}, type: "step" });
  const ms = performance.now() - t0; const cms = cpu() - c0;
  free();
  rows.push(`${i} ${mode} wall ${ms.toFixed(0)} cpu ${cms.toFixed(0)} ${hash}`);
}
console.log(rows.join("\n"));
