import { chromium } from "playwright-core";
import { startService, storeKinds, signUpAndLogIn, BOX_SCRIPT } from "./test/http/harness.ts";
const [sqlite] = await storeKinds();
const service = await startService(sqlite!);
const cookie = await signUpAndLogIn(service.app, "a@example.com");
await service.app.inject({ method: "POST", url: "/api/models", headers: { cookie, "content-type": "application/json" }, payload: JSON.stringify({ script: BOX_SCRIPT, visibility: "public" }) });
const origin = await service.app.listen({ port: 0, host: "127.0.0.1" });
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const shots: [string, number, string, number][] = JSON.parse(process.argv[2]!);
for (const [path, width, anchor, dy] of shots) {
  const p = await b.newPage({ viewport: { width, height: 1000 } });
  await p.goto(`${origin}${path}`);
  await p.locator("main .code-box button").first().waitFor();
  if (anchor) await p.evaluate(([a, dy]) => { const e = document.querySelector(a as string)!; window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY + (dy as number)); }, [anchor, dy]);
  const name = `/tmp/h19_v_${path.replace(/\W/g, "_")}_${width}_${anchor.replace(/\W/g, "")}.png`;
  await p.screenshot({ path: name });
  console.log(name);
  await p.close();
}
await b.close();
await service.close();
