/** `npm run build:web`: writes the browser bundle to `dist/web/` (git-ignored), to inspect or serve elsewhere. */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleWeb } from "./bundle.ts";

const outDir = fileURLToPath(new URL("../dist/web/", import.meta.url));
const assets = await bundleWeb();
await rm(outDir, { recursive: true, force: true });
let totalBytes = 0;
for (const [name, asset] of assets) {
  const path = join(outDir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, asset.body);
  totalBytes += asset.body.length;
}
process.stdout.write(`wrote ${assets.size} files (${Math.round(totalBytes / 1024)} KiB) to ${outDir}\n`);
