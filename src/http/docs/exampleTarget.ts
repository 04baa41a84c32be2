/**
 * What the docs' examples point at: this server's address (the configured public URL, else where
 * the request was sent) and the newest public model stored here, with one of its real parameters
 * and presets, so that every example can be pasted and run as it is.
 */
import type { Store } from "../../store/index.ts";

export interface ExampleModel {
  id: string;
  name: string;
  /** Its first parameter and that parameter's default, as sent over HTTP. */
  param: { name: string; value: string } | undefined;
  /** A preset other than `default`, if it has one. */
  preset: string | undefined;
}

export interface ExampleTarget {
  /** `https://parts.example.org`, no trailing slash. */
  origin: string;
  model: ExampleModel | undefined;
}

/** Shown where a model id goes while this server has no public model. */
export const MODEL_ID_PLACEHOLDER = "MODEL_ID";

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The model's stored description, read defensively (it is plain JSON from the store). */
function parts(schema: unknown): Pick<ExampleModel, "param" | "preset"> {
  const described = record(schema);
  const parameters = Array.isArray(described?.parameters) ? described.parameters : [];
  const first = record(parameters[0]);
  const value = first?.default;
  const param = typeof first?.name === "string" && ["string", "number", "boolean"].includes(typeof value) ? { name: first.name, value: String(value) } : undefined;
  const preset = Object.keys(record(described?.presets) ?? {}).find((name) => name !== "default");
  return { param, preset };
}

/** The newest public model, or undefined when there is none. */
export async function exampleModel(store: Store): Promise<ExampleModel | undefined> {
  const [newest] = await store.listModels({ viewerId: null, limit: 1, offset: 0 });
  if (newest === undefined || newest.visibility !== "public") return undefined;
  const found = await store.getModel(newest.id, { viewerId: null });
  if (found === undefined) return undefined;
  return { id: newest.id, name: newest.name, ...parts(found.revision.schema) };
}

export async function exampleTarget(store: Store, origin: string): Promise<ExampleTarget> {
  return { origin: origin.replace(/\/+$/, ""), model: await exampleModel(store) };
}
