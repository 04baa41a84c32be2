/**
 * The JSON bodies of the REST API as JSON Schema (OpenAPI 3.1 components), with one example
 * each. The shapes are those the route views build (`accountView`, `keyView`, `modelView`, …);
 * test/http/openapiConformance.test.ts checks real answers against them.
 */
import { JOB_STATUSES, OUTPUT_FIELDS } from "../../build/index.ts";
import { ERROR_CATALOGUE } from "../../shared/errors.ts";
import { UNITS } from "../../shared/units.ts";
import type { JsonSchema } from "./parts.ts";

const dateTime = { type: "string", format: "date-time" };
const modelId = { type: "string", pattern: "^[a-z0-9]{7,9}$" };
const visibility = { type: "string", enum: ["public", "private"] };
/** The language names a client may send (`lang` on /build, `language` on a model); modelscript/language.ts reads them. */
export const SENT_LANGUAGES = ["python", "py", "ts", "js"];

const PARAMETER: JsonSchema = {
  type: "object",
  description: "One parameter of a model as `describe()` publishes it; options a parameter does not declare are absent.",
  required: ["name", "type", "default", "group"],
  properties: {
    name: { type: "string" },
    type: { type: "string", enum: ["float", "int", "boolean", "string", "choice"] },
    default: { type: ["number", "boolean", "string"] },
    min: { type: "number" },
    max: { type: "number" },
    step: { type: "number" },
    choices: { type: "array", items: { type: ["string", "number"] } },
    maxLength: { type: "integer" },
    pattern: { type: "string" },
    desc: { type: "string" },
    group: { type: "string" },
  },
};

export const COMPONENT_SCHEMAS: Record<string, JsonSchema> = {
  Problem: {
    type: "object",
    description: "Every error (RFC 9457). Extra members carry machine-readable facts, e.g. `presets` (the valid preset names), `accepted` (body types), `retryAfterSeconds`.",
    required: ["type", "status", "code", "title", "detail"],
    properties: {
      type: { type: "string", description: "A link to the code's entry in /docs", examples: ["/docs#UNKNOWN_PARAM"] },
      status: { type: "integer", minimum: 400, maximum: 599 },
      code: { type: "string", enum: Object.keys(ERROR_CATALOGUE) },
      title: { type: "string" },
      detail: { type: "string", description: "What was wrong and how to fix it" },
      param: { type: "string", description: "The request field or parameter at fault" },
      line: { type: "integer", minimum: 1, description: "Line in the script (1-based)" },
      column: { type: "integer", minimum: 1, description: "Column in the script (1-based)" },
      requestId: { type: "string", description: "5xx only: the id of the log line that tells an operator what happened (also in X-Request-Id)" },
      presets: { type: "array", items: { type: "string" }, description: "UNKNOWN_PRESET: the model's preset names" },
      parameters: { type: "array", items: { type: "string" }, description: "UNKNOWN_PARAM: the model's parameter names" },
      suggestion: { type: "string", description: "The closest valid name, when one is close" },
      accepted: { type: "array", items: { type: "string" }, description: "UNSUPPORTED_MEDIA_TYPE: the body types accepted" },
      retryAfterSeconds: { type: "number", description: "429 and 503: the wait, as in Retry-After" },
      budgetMsPerMinute: { type: "number", description: "COMPUTE_LIMITED: the slot time per minute of the plan" },
      usedMs: { type: "number", description: "COMPUTE_LIMITED: the slot time used in the last minute" },
      field: { type: "string", description: "DESCRIPTION_TOO_LARGE: what is too large, e.g. p_width.desc" },
      bytes: { type: "integer", description: "MESH_LIMIT from /api/preview: how large the preview would be, in bytes" },
      maxPreviewBytes: { type: "integer", description: "MESH_LIMIT from /api/preview: the largest preview, in bytes" },
      limit: { type: "number", description: "The limit that was reached" },
      actual: { type: "number", description: "DESCRIPTION_TOO_LARGE: the size found" },
      unit: { type: "string", enum: ["bytes", "entries"], description: "DESCRIPTION_TOO_LARGE: the unit of limit and actual" },
      selector: { type: "string", description: "SELECTOR_SYNTAX and selector failures: the selector string" },
      diagnostics: { type: "array", items: { type: "object" }, description: "Script errors: every problem found, not just the first" },
      store: { type: "string", description: "STORE_UNAVAILABLE: which database" },
      maxUnfinishedJobs: { type: "integer", description: "JOB_LIMIT: the jobs an account may have queued or running at once" },
      remaining: { type: "integer", minimum: 0, description: "QUOTA_EXCEEDED for a batch or its ZIP: the downloads left this month" },
      needed: { type: "integer", minimum: 1, description: "QUOTA_EXCEEDED for a batch or its ZIP: the downloads it would charge" },
      maxConfigurations: { type: "integer", minimum: 1, description: "A batch with too many configurations: the most one may have" },
      jobStatus: { type: "string", enum: [...JOB_STATUSES], description: "JOB_NOT_DONE: the job's status" },
      job: { type: "object", description: "JOB_NOT_DONE: the job's state (as GET /api/jobs/{id})" },
    },
  },
  BuildRequest: {
    type: "object",
    description: "A POST /build body as JSON. Parameters go in `params` (or, as in form and multipart bodies, where every value is a string, at the top level).",
    required: ["type"],
    properties: {
      key: { type: "string", description: "The API key (or send it as Authorization: Bearer or X-API-Key)" },
      id: { ...modelId, description: "A stored model's id; either id or s" },
      s: { type: "string", description: "The ModelScript text; wins over id" },
      lang: { type: "string", enum: SENT_LANGUAGES, description: "The language of s; detected when absent" },
      type: { type: "string", description: "STL, STEP, AMF, TJS, GLB, 3MF, BREP, SVG, DXF, PNG or PROPS (any case)" },
      preset: { type: "string" },
      tolerance: { type: ["string", "number"] },
      angularTolerance: { type: ["string", "number"] },
      ascii: { type: ["string", "boolean"] },
      ...Object.fromEntries(Object.values(OUTPUT_FIELDS).map((name) => [name, { type: ["string", "number", "boolean"], description: "An output option (see the out_ fields of /build)" }])),
      params: { type: "object", description: "Parameter values by name", additionalProperties: { type: ["string", "number", "boolean"] } },
    },
  },
  PreviewRequest: {
    type: "object",
    description: "A POST /api/preview body: the fields of /build without the download-only ones (tolerance, angularTolerance, ascii).",
    properties: {
      key: { type: "string", description: "An API key (or send it as Authorization: Bearer or X-API-Key); without one, a web session or nobody" },
      id: { ...modelId, description: "A stored model's id; either id or s" },
      s: { type: "string", description: "The ModelScript text (needs a caller); wins over id" },
      lang: { type: "string", enum: SENT_LANGUAGES, description: "The language of s; detected when absent" },
      type: { type: "string", description: "GLB (default), TJS or PNG, any case" },
      ...Object.fromEntries(Object.values(OUTPUT_FIELDS).map((name) => [name, { type: ["string", "number", "boolean"], description: "PNG only: a picture option (out_view, out_width, out_height, out_background, out_transparent)" }])),
      preset: { type: "string" },
      params: { type: "object", description: "Parameter values by name", additionalProperties: { type: ["string", "number", "boolean"] } },
    },
  },
  Credentials: {
    type: "object",
    required: ["email", "password"],
    properties: { email: { type: "string", format: "email" }, password: { type: "string", minLength: 1 } },
  },
  SignUp: {
    type: "object",
    required: ["email", "password"],
    properties: {
      email: { type: "string", format: "email" },
      password: { type: "string", minLength: 1 },
      displayName: { $ref: "#/components/schemas/DisplayName" },
    },
  },
  DisplayName: {
    type: "string",
    minLength: 2,
    maxLength: 40,
    pattern: "^[\\p{L}\\p{M}\\p{N} ._-]+$",
    description:
      "The account's public name, shown as the author of its models: 2–40 letters, digits, spaces, hyphens, underscores and dots (trimmed, inner spaces made one), unique regardless of case. Omitted or blank at sign-up: `maker-` and 8 hex digits of the account id.",
  },
  AccountChange: {
    type: "object",
    required: ["displayName"],
    additionalProperties: false,
    properties: { displayName: { $ref: "#/components/schemas/DisplayName" } },
  },
  Author: {
    type: "object",
    required: ["name"],
    description: "Who published the model: the owner account's display name (never its email).",
    properties: { name: { type: "string" } },
  },
  SignUpAnswer: {
    type: "object",
    required: ["status", "message"],
    properties: { status: { type: "string", const: "created-or-exists" }, message: { type: "string" } },
  },
  Account: {
    type: "object",
    required: ["id", "email", "displayName", "plan", "monthlyQuota", "createdAt"],
    properties: {
      id: { type: "string" },
      email: { type: "string" },
      displayName: { type: "string", description: "The public name shown as the author of the account's models" },
      plan: { type: "string", enum: ["evaluation", "enterprise"] },
      monthlyQuota: { type: ["integer", "null"], description: "Downloads per calendar month (UTC); null is unlimited" },
      createdAt: dateTime,
    },
  },
  AccountAnswer: { type: "object", required: ["account"], properties: { account: { $ref: "#/components/schemas/Account" } } },
  ApiKey: {
    type: "object",
    required: ["id", "name", "prefix", "createdAt", "lastUsedAt", "disabled"],
    properties: {
      id: { type: "string" },
      name: { type: "string" },
      prefix: { type: "string", description: "The first characters of the secret, to tell keys apart" },
      createdAt: dateTime,
      lastUsedAt: { type: ["string", "null"], format: "date-time" },
      disabled: { type: "boolean" },
    },
  },
  KeyInput: { type: "object", properties: { name: { type: "string" } } },
  KeyState: { type: "object", required: ["disabled"], properties: { disabled: { type: "boolean" } } },
  KeyList: { type: "object", required: ["keys"], properties: { keys: { type: "array", items: { $ref: "#/components/schemas/ApiKey" } } } },
  KeyAnswer: { type: "object", required: ["key"], properties: { key: { $ref: "#/components/schemas/ApiKey" } } },
  CreatedKey: {
    type: "object",
    required: ["key", "secret"],
    properties: { key: { $ref: "#/components/schemas/ApiKey" }, secret: { type: "string", description: "The API key itself; shown in this answer only" } },
  },
  Usage: {
    type: "object",
    required: ["periodStart", "periodEnd", "downloads", "monthlyQuota", "remaining", "recent"],
    properties: {
      periodStart: dateTime,
      periodEnd: dateTime,
      downloads: { type: "integer", minimum: 0 },
      monthlyQuota: { type: ["integer", "null"] },
      remaining: { type: ["integer", "null"], description: "Downloads left this month; null is unlimited" },
      recent: { type: "array", description: "The newest downloads, newest first", items: { $ref: "#/components/schemas/UsageEntry" } },
    },
  },
  UsageEntry: {
    type: "object",
    required: ["id", "accountId", "keyId", "modelId", "scriptHash", "type", "bytes", "buildMs", "cacheHit", "at"],
    properties: {
      id: { type: "integer" },
      accountId: { type: "string" },
      keyId: { type: ["string", "null"] },
      modelId: { type: ["string", "null"], description: "Set for a stored model; else scriptHash is" },
      scriptHash: { type: ["string", "null"], description: "SHA-256 of a script sent inline" },
      type: { type: "string" },
      bytes: { type: "integer" },
      buildMs: { type: "number" },
      cacheHit: { type: "boolean" },
      at: dateTime,
    },
  },
  ModelInput: {
    type: "object",
    required: ["script"],
    properties: {
      name: { type: "string", description: "Defaults to METADATA.name of the script" },
      script: { type: "string", minLength: 1 },
      language: {
        type: "string",
        enum: SENT_LANGUAGES,
        description: "The script's language, as /build's lang: python (or py), ts or js. Detected when absent: Python when the script parses as Python and not as JavaScript, else ts.",
      },
      visibility: { ...visibility, description: "private when creating, unchanged when revising, if absent" },
    },
  },
  ModelListingInput: {
    type: "object",
    description: "A rename and/or a change of visibility without a new revision (no script).",
    minProperties: 1,
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      visibility,
    },
  },
  ModelDescription: {
    type: "object",
    description: "What a model declares: metadata, unit, the typed parameters in order, groups and every preset's full values.",
    required: ["metadata", "uom", "version", "parameters", "groups", "presets"],
    properties: {
      metadata: { type: "object", required: ["name"], properties: { name: { type: "string" }, description: { type: "string" }, license: { type: "string" } }, additionalProperties: { type: "string" } },
      uom: { type: "string", enum: [...UNITS] },
      version: { type: "string" },
      parameters: { type: "array", items: { $ref: "#/components/schemas/Parameter" } },
      groups: { type: "array", items: { type: "object", required: ["name", "parameters"], properties: { name: { type: "string" }, parameters: { type: "array", items: { type: "string" } } } } },
      presets: { type: "object", additionalProperties: { type: "object", additionalProperties: { type: ["number", "boolean", "string"] } } },
    },
  },
  Parameter: PARAMETER,
  Model: {
    type: "object",
    required: ["id", "name", "visibility", "ownerId", "author", "revision", "createdAt", "updatedAt", "language", "schema", "script"],
    properties: {
      id: modelId,
      name: { type: "string" },
      visibility,
      ownerId: { type: "string" },
      author: { $ref: "#/components/schemas/Author" },
      revision: { type: "integer", minimum: 1 },
      createdAt: dateTime,
      updatedAt: dateTime,
      language: { type: "string", enum: ["ts", "js", "py"], description: "py for a Python ModelScript (sent as python or py, or detected)" },
      schema: { $ref: "#/components/schemas/ModelDescription" },
      script: { type: "string" },
    },
  },
  ModelList: {
    type: "object",
    required: ["models"],
    properties: {
      models: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "name", "visibility", "ownerId", "author", "revision", "createdAt", "updatedAt", "downloads", "mine"],
          properties: {
            id: modelId,
            name: { type: "string" },
            visibility,
            ownerId: { type: "string" },
            author: { $ref: "#/components/schemas/Author" },
            revision: { type: "integer" },
            createdAt: dateTime,
            updatedAt: dateTime,
            downloads: { type: "integer", minimum: 0, description: "Downloads of the model so far, all accounts together" },
            mine: { type: "boolean" },
          },
        },
      },
    },
  },
  FormatList: {
    type: "object",
    required: ["formats"],
    properties: {
      formats: {
        type: "array",
        items: {
          type: "object",
          required: ["type", "mediaType", "extension", "mesh", "free"],
          properties: {
            type: { type: "string" },
            mediaType: { type: "string" },
            extension: { type: "string" },
            mesh: { type: "boolean", description: "Whether tolerance and angularTolerance apply" },
            free: {
              type: "boolean",
              description: "Whether a /build of this type is free (PNG pictures, PROPS facts): it spends no download and sends no X-Downloads-Remaining, and only the compute budget bounds it. Other types are one download per file.",
            },
          },
        },
      },
    },
  },
  Health: {
    type: "object",
    required: ["ok"],
    properties: {
      ok: { type: "boolean" },
      reason: { type: "string", description: "Only when not ready: what is not (no build slot can take a build, the build queue's Redis unreachable or not answering, shutting down)" },
      builds: { type: "object", description: "Operators only: the build backend's slots, memory, cache and isolation" },
    },
  },
};

const DESCRIPTION_EXAMPLE = {
  metadata: { name: "Bracket" },
  uom: "mm",
  version: "1",
  parameters: [
    { name: "p_length", type: "float", default: 20, min: 5, max: 100, group: "default" },
    { name: "p_holes", type: "int", default: 0, min: 0, max: 4, group: "default" },
  ],
  groups: [{ name: "default", parameters: ["p_length", "p_holes"] }],
  presets: { default: { p_length: 20, p_holes: 0 }, short: { p_length: 10, p_holes: 0 } },
};

const ACCOUNT_EXAMPLE = { id: "acc_5f2c1e", email: "ada@example.org", displayName: "Ada Lovelace", plan: "evaluation", monthlyQuota: 100, createdAt: "2026-11-02T09:14:00.000Z" };
const KEY_EXAMPLE = { id: "key_81ab3c", name: "workshop", prefix: "pf_7Qx2", createdAt: "2026-11-02T09:15:00.000Z", lastUsedAt: null, disabled: false };
const SCRIPT_EXAMPLE = 'import { Workplane, FloatParam } from "partforge";\nexport const p_length = FloatParam({ min: 5, max: 100, default: 20 });\nexport function build() { return Workplane("XY").box(p_length.value, 10, 5); }\n';

/** One example per body, valid against its schema (the linter checks). */
export const EXAMPLES = {
  credentials: { email: "ada@example.org", password: "correct horse battery" },
  signUp: { email: "ada@example.org", password: "correct horse battery", displayName: "Ada Lovelace" },
  accountChange: { displayName: "Ada L." },
  signUpAnswer: { status: "created-or-exists", message: "If this email had no account, one was created with this password. Log in with your email and password." },
  accountAnswer: { account: ACCOUNT_EXAMPLE },
  keyInput: { name: "workshop" },
  keyState: { disabled: true },
  keyList: { keys: [KEY_EXAMPLE] },
  keyAnswer: { key: { ...KEY_EXAMPLE, disabled: true } },
  createdKey: { key: KEY_EXAMPLE, secret: "pf_7Qx2bM4k9sT1vW8yZ3nR6cL0" },
  usage: {
    periodStart: "2026-12-01T00:00:00.000Z",
    periodEnd: "2027-01-01T00:00:00.000Z",
    downloads: 1,
    monthlyQuota: 100,
    remaining: 99,
    recent: [{ id: 17, accountId: "acc_5f2c1e", keyId: "key_81ab3c", modelId: "4hskpb69", scriptHash: null, type: "STEP", bytes: 23817, buildMs: 412, cacheHit: false, at: "2026-12-02T08:01:12.000Z" }],
  },
  modelInput: { name: "Bracket", script: SCRIPT_EXAMPLE, language: "ts", visibility: "public" },
  model: {
    id: "4hskpb69",
    name: "Bracket",
    visibility: "public",
    ownerId: "acc_5f2c1e",
    author: { name: "Ada Lovelace" },
    revision: 2,
    createdAt: "2026-11-02T09:20:00.000Z",
    updatedAt: "2026-11-03T10:00:00.000Z",
    language: "ts",
    schema: DESCRIPTION_EXAMPLE,
    script: SCRIPT_EXAMPLE,
  },
  modelList: {
    models: [{ id: "4hskpb69", name: "Bracket", visibility: "public", ownerId: "acc_5f2c1e", author: { name: "Ada Lovelace" }, revision: 2, createdAt: "2026-11-01T09:00:00.000Z", updatedAt: "2026-11-03T10:00:00.000Z", downloads: 17, mine: true }],
  },
  previewRequest: { id: "4hskpb69", type: "GLB", preset: "short", params: { p_length: 120 } },
  buildRequest: { type: "STEP", id: "4hskpb69", preset: "short", params: { p_length: "120" } },
  health: { ok: true },
} as const;
