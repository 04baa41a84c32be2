/**
 * The gallery `/`: public models with their name, author, description (Markdown), unit and a
 * thumbnail (the free default-configuration PNG picture that `/api/preview` renders on the server); logged in,
 * one's own models first, public and private. Search filters by name and description as you
 * type; sort by newest, most downloaded, recently updated or name. The author is the publishing
 * account's display name (searched too); a script's `METADATA.author` naming someone else is
 * shown as its credit.
 */
import { api, callPreview } from "../lib/api.ts";
import { readBoot } from "../lib/boot.ts";
import { markdownHtml, markdownInlineHtml } from "../lib/markdown.ts";
import { h, mainElement, replaceChildren } from "../lib/dom.ts";
import type { ModelSchema } from "../lib/params.ts";

interface ListedModel {
  id: string;
  name: string;
  visibility: "public" | "private";
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Downloads of the model so far, by everyone. */
  downloads: number;
  mine: boolean;
  /** The owner account's public display name. */
  author: { name: string };
}

type SortOrder = "newest" | "downloads" | "updated" | "name";

interface ModelDetail {
  schema: ModelSchema;
}

const PARALLEL_REQUESTS = 4;

interface Card {
  element: HTMLElement;
  picture: HTMLElement;
  /** Lower-case name and description, what the search looks in. */
  text: string;
  fill(detail: ModelDetail | undefined): void;
}

function card(model: ListedModel): Card {
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
  const byline = `by ${model.author.name}${model.mine ? " (you)" : ""}`;
  const author = h("p", { class: "card-author" }, byline);
  element.insertBefore(author, description);
  const result: Card = {
    element,
    picture,
    text: `${model.name} ${model.author.name}`.toLowerCase(),
    fill(detail) {
      const metadata = detail?.schema.metadata;
      description.innerHTML = markdownInlineHtml(metadata?.description ?? "");
      const credit = metadata?.author && metadata.author !== model.author.name ? metadata.author : undefined;
      if (credit) author.textContent = `${byline} · credits ${credit}`;
      // Searched as people read it: the rendered text, without Markdown's ** and [](…).
      const plain = document.createElement("div");
      plain.innerHTML = markdownHtml(metadata?.description ?? "");
      result.text = `${model.name} ${model.author.name} ${credit ?? ""} ${plain.textContent ?? ""}`.replace(/\s+/g, " ").toLowerCase();
      const downloads = `${model.downloads} download${model.downloads === 1 ? "" : "s"}`;
      meta.textContent = detail ? `${detail.schema.uom} · ${detail.schema.parameters.length} parameters · ${downloads}` : downloads;
    },
  };
  return result;
}

/** Runs `work` over `items`, `parallel` at a time. */
async function eachLimited<T>(items: T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(parallel, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}

/** The default configuration's free preview as a PNG rendered by the service (no WebGL needed). */
async function thumbnail(model: ListedModel, picture: HTMLElement): Promise<void> {
  const query = new URLSearchParams({ id: model.id, type: "PNG", out_width: "360", out_height: "360", out_background: "#f4f6f8" });
  const outcome = await callPreview({ query });
  if (!outcome.ok) {
    replaceChildren(picture, h("span", { class: "thumb-wait" }, "No preview"));
    return;
  }
  const src = URL.createObjectURL(new Blob([outcome.file.bytes], { type: "image/png" }));
  replaceChildren(picture, h("img", { src, alt: "", width: 180, height: 180 }));
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
  const lists: { models: ListedModel[]; list: HTMLUListElement; empty: HTMLElement }[] = [];
  const section = (heading: string, id: string, list: ListedModel[], empty: HTMLElement | string) => {
    const ul = h("ul", { class: "cards" }, ...list.map((model) => cards.get(model.id)!.element));
    const none = h("p", { hidden: list.length > 0 }, empty);
    lists.push({ models: list, list: ul, empty: none });
    return h("section", { "aria-labelledby": id }, h("h2", { id }, heading), none, ul);
  };
  const search = h("input", { id: "gallery-search", type: "search", placeholder: "Name, author or description", autocomplete: "off" });
  const sort = h(
    "select",
    { id: "gallery-sort" },
    h("option", { value: "newest" }, "Newest first"),
    h("option", { value: "downloads" }, "Most downloaded"),
    h("option", { value: "updated" }, "Recently updated"),
    h("option", { value: "name" }, "Name (A–Z)"),
  );
  const count = h("p", { class: "hint", role: "status", id: "gallery-count" });
  const compare: Record<SortOrder, (a: ListedModel, b: ListedModel) => number> = {
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    downloads: (a, b) => b.downloads - a.downloads || b.createdAt.localeCompare(a.createdAt),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    name: (a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: "base" }),
  };
  const apply = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter((word) => word !== "");
    let shownCount = 0;
    for (const { models: listModels, list, empty } of lists) {
      const sorted = [...listModels].sort(compare[sort.value as SortOrder]);
      let visible = 0;
      for (const model of sorted) {
        const entry = cards.get(model.id)!;
        const match = words.every((word) => entry.text.includes(word));
        entry.element.hidden = !match;
        if (match) visible += 1;
        list.append(entry.element);
      }
      empty.hidden = visible > 0 || (words.length === 0 && listModels.length > 0);
      if (words.length > 0 && visible === 0 && listModels.length > 0) empty.textContent = "No model here matches the search.";
      shownCount += visible;
    }
    count.textContent = words.length === 0 ? "" : `${shownCount === 1 ? "1 model matches" : `${shownCount} models match`} "${search.value.trim()}".`;
  };
  search.addEventListener("input", apply);
  sort.addEventListener("change", apply);
  replaceChildren(
    main,
    h("h1", {}, "Parametric models"),
    h("p", { class: "lead" }, "Open a model to customise it in 3D for free and download it, or build it from your own code with the REST API."),
    h(
      "div",
      { class: "gallery-tools", role: "search" },
      h("div", { class: "field" }, h("label", { for: "gallery-search" }, "Search models"), search),
      h("div", { class: "field" }, h("label", { for: "gallery-sort" }, "Sort by"), sort),
    ),
    count,
    boot.account ? section("Your models", "mine-heading", mine, h("span", {}, "None yet. ", h("a", { href: "/editor" }, "Write one in the editor"), ".")) : null,
    section("Public models", "public-heading", others, "No public models yet."),
  );
  apply();
  const shown = [...mine, ...others];
  await eachLimited(shown, PARALLEL_REQUESTS, async (model) => {
    const detail = await api<ModelDetail>("GET", `/api/models/${model.id}`);
    cards.get(model.id)!.fill(detail.ok ? detail.data : undefined);
  });
  apply();
  await eachLimited(shown, PARALLEL_REQUESTS, (model) => thumbnail(model, cards.get(model.id)!.picture));
}

void main();
