/** `npm run bench`: every benchmark section, measured in one run on this machine. */
import { benchCore } from "./core.ts";

console.log(`# partforge benchmark — node ${process.version}, ${new Date().toISOString()}`);
await benchCore();
