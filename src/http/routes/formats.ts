/** `GET /api/formats`: the output types `/build` accepts, from the exporters' one table. */
import type { FastifyInstance } from "fastify";
import { EXPORT_FORMATS, exportFormats } from "../../exporters/index.ts";

export function formatsView() {
  return exportFormats().map((format) => {
    const info = EXPORT_FORMATS[format];
    return { type: format.toUpperCase(), mediaType: info.mediaType, extension: info.extension, mesh: info.source === "mesh" };
  });
}

export function registerFormatRoutes(app: FastifyInstance): void {
  const formats = formatsView();
  app.get("/api/formats", async () => ({ formats }));
}
