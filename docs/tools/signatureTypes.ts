/**
 * Writes src/api/signatures/generated.ts, the argument types made from the signature tables
 * (`npm run types` runs it before emitting types/partforge/).
 */
import { writeFileSync } from "node:fs";
import { renderDeclarations } from "../../src/api/signatures/declarations.ts";

writeFileSync(new URL("../../src/api/signatures/generated.ts", import.meta.url), renderDeclarations());
