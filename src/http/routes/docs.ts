/**
 * `/openapi.json` and the docs section (`/docs`, `/docs/rest`, `/docs/first-modelscript`,
 * `/docs/modelscript`, `/docs/api`, `/docs/contract`): pages inside the site's frame, rendered
 * on the server, their examples aimed at this server and a public model stored here.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Store } from "../../store/index.ts";
import { sessionCaller } from "../auth.ts";
import type { ServiceLimits } from "../deps.ts";
import { apiReferencePage, apiToc, readApiSections } from "../docs/apiReferencePage.ts";
import { CONTRACT_TOC, contractPage } from "../docs/contractPage.ts";
import { docsHomePage } from "../docs/docsHome.ts";
import { exampleTarget, type ExampleTarget } from "../docs/exampleTarget.ts";
import { firstModelScriptPage, GUIDE_TOC } from "../docs/firstModelScript.ts";
import { DOCS_PAGES, docsMain, type DocsPath } from "../docs/layout.ts";
import { MODELSCRIPT_TOC, modelScriptReferencePage } from "../docs/modelScriptReference.ts";
import { restReferencePage, restToc } from "../docs/restReference.ts";
import { openApiDocument, withServer } from "../openapi/index.ts";
import { sendPage } from "../sitePage.ts";

interface DocsPageContent {
  body: string;
  toc?: readonly { id: string; label: string }[];
}

export function registerDocRoutes(app: FastifyInstance, deps: { limits: ServiceLimits; publicUrl: string | undefined; store: Store }): void {
  const document = openApiDocument(deps.limits);
  // The configured public URL, else where this request was sent (protocol and Host as fastify reads them).
  const originOf = (request: FastifyRequest) => deps.publicUrl ?? `${request.protocol}://${request.host}`;
  app.get("/openapi.json", async (request) => withServer(document, originOf(request)));

  // docs/api.md, rendered once per process (a failed read is tried again on the next request).
  let apiReference: Promise<{ html: string; toc: { id: string; label: string }[] }> | undefined;
  function apiReferenceContent(): Promise<{ html: string; toc: { id: string; label: string }[] }> {
    apiReference ??= readApiSections()
      .then((sections) => ({ html: apiReferencePage(sections), toc: apiToc(sections) }))
      .catch((error: unknown) => {
        apiReference = undefined;
        throw error;
      });
    return apiReference;
  }

  // The REST reference (about 140 KB) changes only with the address and the example model: the last one is kept.
  let lastRest: { key: string; html: string } | undefined;
  function restReference(target: ExampleTarget, origin: string): string {
    const key = JSON.stringify([origin, target]);
    if (lastRest?.key !== key) lastRest = { key, html: restReferencePage(withServer(document, origin), target) };
    return lastRest.html;
  }

  const pages: Record<DocsPath, (target: ExampleTarget, request: FastifyRequest) => Promise<DocsPageContent> | DocsPageContent> = {
    "/docs": (target) => ({ body: docsHomePage(target) }),
    "/docs/rest": (target, request) => ({ body: restReference(target, originOf(request)), toc: restToc(document) }),
    "/docs/first-modelscript": (target) => ({ body: firstModelScriptPage(target), toc: GUIDE_TOC }),
    "/docs/modelscript": () => ({ body: modelScriptReferencePage(deps.limits), toc: MODELSCRIPT_TOC }),
    "/docs/api": async () => {
      const { html, toc } = await apiReferenceContent();
      return { body: html, toc };
    },
    "/docs/contract": (target) => ({ body: contractPage(deps.limits, target), toc: CONTRACT_TOC }),
  };

  for (const { path, title } of DOCS_PAGES) {
    app.get(path, async (request, reply) => {
      // The examples name a model that exists here: the newest public one, with one of its parameters and presets.
      const target = await exampleTarget(deps.store, originOf(request));
      const content = await pages[path](target, request);
      const caller = await sessionCaller(deps.store, request);
      return sendPage(reply, { page: "docs", title, caller, mainHtml: docsMain(path, content.body, content.toc) });
    });
  }
}
