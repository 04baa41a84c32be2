/**
 * The HTTP layer's CPU per `GET /build`, before and after: ./httpLayerSide.ts in one process per
 * side (argv: checkout roots, a root may repeat for an A-vs-A control), rounds of `--requests`
 * requests each, the sides' order rotating every round. Prints each side's median over rounds of
 * main-thread CPU per request, fastify's elapsedTime and the lean client's wall time (µs).
 * `npx tsx bench/trivial/httpLayerCpu.ts [--rounds 30] [--requests 200] ROOT_A ROOT_B ...`
 * (`HTTP_LAYER_LOG=info`: with the service's default logger).
 */
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { ForkedSide } from "../compare/forkedSide.ts";
import type { LayerAnswer, LayerQuestion } from "./httpLayerSide.ts";

const { values, positionals } = parseArgs({ options: { rounds: { type: "string", default: "30" }, requests: { type: "string", default: "200" } }, allowPositionals: true });
const rounds = Number(values.rounds);
const requests = Number(values.requests);
const SIDE = fileURLToPath(new URL("./httpLayerSide.ts", import.meta.url));
const sides = positionals.map((root) => new ForkedSide<LayerQuestion, LayerAnswer>(SIDE, root));
await Promise.all(sides.map((side) => side.ready));
for (const side of sides) await side.run({ requests: 300 });
const answers: LayerAnswer[][] = sides.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < sides.length; k++) {
    const i = (round + k) % sides.length;
    answers[i]!.push(await sides[i]!.run({ requests }));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const us = (ms: number) => (ms * 1000).toFixed(0).padStart(6);
console.log(`side  cpu µs/req  service µs  wall µs   (${rounds} rounds × ${requests} requests; medians over rounds)  root`);
positionals.forEach((root, i) => {
  const a = answers[i]!;
  console.log(`${String(i).padEnd(4)}  ${us(median(a.map((x) => x.cpuMs)))}      ${us(median(a.map((x) => x.serviceMs)))}      ${us(median(a.map((x) => x.wallMs)))}   ${root}`);
});
for (let i = 1; i < sides.length; i++) {
  const diffs = answers[i]!.map((x, r) => x.cpuMs - answers[0]![r]!.cpuMs);
  console.log(`side ${i} − side 0, CPU per request, median of paired rounds: ${us(median(diffs))} µs`);
}
for (const side of sides) side.close();
