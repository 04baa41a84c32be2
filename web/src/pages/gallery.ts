/**
 * The gallery `/`: public models with their name, description, unit and a rendered thumbnail
 * (the free default-configuration preview from `/api/preview`); logged in, one's own models first, public and private.
 */
import { api, callPreview } from "../lib/api.ts";
import { readBoot } from "../lib/boot.ts";
import { h, mainElement, replaceChildren } from "../lib/dom.ts";
import type { ModelSchema } from "../lib/params.ts";
import { thumbnailOf } from "../viewer/thumbnails.ts";

interface ListedModel {
  id: string;
  name: string;
  visibility: "public" | "private";
  revision: number;
  updatedAt: string;
  mine: boolean;
}

interface ModelDetail {
  schema: ModelSchema;
}

const PARALLEL_REQUESTS = 4;

function card(model: ListedModel): { element: HTMLElement; fill(detail: ModelDetail | undefined): void; picture: HTMLElement } {
  const picture = h("div", { class: "thumb", "aria-hidden": "true" }, h("span", { class: "thumb-wait" }, "Rendering…"));
  const description = h("p", { class: "card-description" });
  const meta = h("p", { class: "card-meta" });
  const element = h(
    "li",
    { class: "card" },
    picture,
    h("h3", {}, h("a", { href: `/m/${model.id}` }, model.name)),
    description,
    meta,
    model.visibility === "private" ? h("span", { class: "badge" }, "private") : null,
  );
  return {
    element,
    picture,
    fill(detail) {
      description.textContent = detail?.schema.metadata.description ?? "";
      meta.textContent = detail ? `${detail.schema.uom} · ${detail.schema.parameters.length} parameters · revision ${model.revision}` : `revision ${model.revision}`;
    },
  };
}

/** Runs `work` over `items`, `parallel` at a time. */
async function eachLimited<T>(items: T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(parallel, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}

/** The default configuration's free preview (`/api/preview`), drawn as a still picture. */
async function thumbnail(model: ListedModel, uom: string, picture: HTMLElement): Promise<void> {
  const outcome = await callPreview({ query: new URLSearchParams({ id: model.id }) });
  if (!outcome.ok) {
    replaceChildren(picture, h("span", { class: "thumb-wait" }, "No preview"));
    return;
  }
  replaceChildren(picture, h("img", { src: await thumbnailOf(outcome.file.bytes, uom, 360), alt: "", width: 180, height: 180 }));
}

async function main(): Promise<void> {
  const boot = readBoot();
  const listed = await api<{ models: ListedModel[] }>("GET", "/api/models?limit=200");
  const main = mainElement();
  if (!listed.ok) {
    replaceChildren(main, h("h1", {}, "Models"), h("p", { class: "error" }, `The models could not be listed: ${listed.problem.detail}`));
    return;
  }
  const models = listed.data.models;
  const mine = models.filter((m) => m.mine);
  const others = models.filter((m) => !m.mine && m.visibility === "public");
  const cards = new Map(models.map((model) => [model.id, card(model)]));
  const section = (heading: string, id: string, list: ListedModel[], empty: HTMLElement | string) =>
    h(
      "section",
      { "aria-labelledby": id },
      h("h2", { id }, heading),
      list.length === 0 ? h("p", {}, empty) : h("ul", { class: "cards" }, ...list.map((model) => cards.get(model.id)!.element)),
    );
  replaceChildren(
    main,
    h("h1", {}, "Parametric models"),
    h("p", { class: "lead" }, "Open a model to customise it in 3D and download it, or build it from your own code with the REST API."),
    boot.account ? section("Your models", "mine-heading", mine, h("span", {}, "None yet. ", h("a", { href: "/editor" }, "Write one in the editor"), ".")) : null,
    section("Public models", "public-heading", others, "No public models yet."),
  );
  const shown = [...mine, ...others];
  const units = new Map<string, string>();
  await eachLimited(shown, PARALLEL_REQUESTS, async (model) => {
    const detail = await api<ModelDetail>("GET", `/api/models/${model.id}`);
    cards.get(model.id)!.fill(detail.ok ? detail.data : undefined);
    if (detail.ok) units.set(model.id, detail.data.schema.uom);
  });
  // Thumbnails one after another: they share one WebGL context.
  for (const model of shown) await thumbnail(model, units.get(model.id) ?? "mm", cards.get(model.id)!.picture);
}

void main();
