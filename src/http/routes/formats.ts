/**
 * `GET /api/formats`: the output types `/build` accepts, from the exporters' one table, and
 * whether each is free (PNG pictures and PROPS facts spend no download; the compute budget
 * bounds them) or a charged download.
 */
import type { FastifyInstance } from "fastify";
import { EXPORT_FORMATS, exportFormats, isChargedFormat } from "../../exporters/index.ts";

export function formatsView() {
  return exportFormats().map((format) => {
    const info = EXPORT_FORMATS[format];
    return { type: format.toUpperCase(), mediaType: info.mediaType, extension: info.extension, mesh: info.source === "mesh", free: !isChargedFormat(format) };
  });
}

export function registerFormatRoutes(app: FastifyInstance): void {
  const formats = formatsView();
  app.get("/api/formats", async () => ({ formats }));
}
