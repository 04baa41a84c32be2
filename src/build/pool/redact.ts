/**
 * Last line of defence for what leaves the pool: error messages never carry a host path or
 * the value of a parent environment variable, whatever a script managed to put in them.
 */
import { homedir, tmpdir } from "node:os";
import type { ErrorData } from "../../shared/errors.ts";

export type Redactor = (text: string) => string;

const PLACEHOLDER = "<hidden>";
/** Absolute POSIX paths of two or more segments, `file:` URLs and Windows drive paths. */
const PATH_LIKE = /file:\/\/\S+|(?<![\w.\-/])\/(?:[\w.@+-]+\/)+[\w.@+-]*|\b[A-Za-z]:\\(?:[^\\\s]+\\)*[^\\\s]*/g;
/** Environment values shorter than this are too likely to be ordinary words. */
const MIN_SECRET_LENGTH = 8;

/** Hides `roots`, the parent's environment values and anything shaped like a host path. */
export function createRedactor(roots: readonly string[], env: NodeJS.ProcessEnv = process.env): Redactor {
  // npm's own variables (npm_package_name=partforge, …) describe this package, not secrets:
  // hiding them would garble ordinary messages such as 'only import from "partforge"'.
  const secrets = Object.entries(env)
    .filter(([name]) => !name.toLowerCase().startsWith("npm_"))
    .map(([, value]) => value);
  const literals = [...roots, process.cwd(), homedir(), tmpdir(), process.execPath, ...secrets]
    .filter((value): value is string => typeof value === "string" && value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text;
    for (const literal of literals) if (result.includes(literal)) result = result.split(literal).join(PLACEHOLDER);
    return result.replace(PATH_LIKE, PLACEHOLDER);
  };
}

/** `data` with every string in its message and details redacted. */
export function redactError(data: ErrorData, redact: Redactor): ErrorData {
  const result: ErrorData = { ...data, message: redact(data.message) };
  if (data.details !== undefined) result.details = redactDeep(data.details, redact) as Record<string, unknown>;
  return result;
}

function redactDeep(value: unknown, redact: Redactor): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]));
  }
  return value;
}
