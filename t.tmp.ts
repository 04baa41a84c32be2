import { startService, storeKinds, signUpAndLogIn, BOX_SCRIPT } from "./test/http/harness.ts";
import { writeFileSync } from "node:fs";
const [sqlite] = await storeKinds();
const service = await startService(sqlite!);
const cookie = await signUpAndLogIn(service.app, "a@example.com");
await service.app.inject({ method: "POST", url: "/api/models", headers: { cookie, "content-type": "application/json" }, payload: JSON.stringify({ script: BOX_SCRIPT, visibility: "public" }) });
for (const p of ["/docs", "/docs/rest", "/docs/first-modelscript", "/docs/modelscript", "/docs/api", "/docs/contract"]) {
  const t = performance.now();
  const r = await service.app.inject({ url: p, headers: { host: "parts.example.test:8123" } });
  console.log(p, r.statusCode, r.body.length, Math.round(performance.now() - t), "ms");
  writeFileSync(`/tmp/h19${p.replace(/\//g, "_")}.html`, r.body);
}
await service.close();
