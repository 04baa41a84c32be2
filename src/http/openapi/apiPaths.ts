/** The JSON API (`/api/…`): accounts, sessions, keys, usage, models and formats. */
import type { ErrorData } from "../../shared/errors.ts";
import { formatsView } from "../routes/formats.ts";
import type { ServiceLimits } from "../deps.ts";
import { CALLER_SECURITY, OPTIONAL_CALLER_SECURITY, OPTIONAL_SESSION_SECURITY, PUBLIC, SESSION_SECURITY } from "./security.ts";
import { EXAMPLES } from "./schemas.ts";
import { emptyResponse, jsonBody, jsonResponse, MODEL_ID_PARAMETER, problemResponse, schemaRef, type PathItem } from "./parts.ts";

const badBody = (...more: ErrorData[]) =>
  problemResponse(400, "The JSON body is missing, not an object, or a field is wrong", [
    { code: "USAGE", message: "this endpoint needs a JSON body: send an object with Content-Type: application/json" },
    ...more,
  ]);
const notJson = problemResponse(415, "The body is not application/json", [
  { code: "UNSUPPORTED_MEDIA_TYPE", message: "this endpoint takes application/json, not application/x-www-form-urlencoded: send a JSON object with Content-Type: application/json" },
]);
const notLoggedIn = (action: string) =>
  problemResponse(401, "No session (and, where allowed, no API key)", [{ code: "NOT_AUTHENTICATED", message: `${action} needs a logged-in session (POST /api/session or the account page)` }]);
const needsCaller = problemResponse(401, "Neither a session nor an API key", [{ code: "NOT_AUTHENTICATED", message: "log in (POST /api/session) or send an API key in Authorization: Bearer …" }]);
const badKey = problemResponse(403, "The API key is invalid, disabled or deleted", [
  { code: "ACCESS_DENIED", message: "the API key is invalid, disabled or deleted: create a new one on your account page", param: "key" },
]);
const displayNameTaken = problemResponse(409, "Another account has this display name", [
  { code: "CONFLICT", message: 'the display name "Ada Lovelace" is taken (names are compared ignoring case); choose another', param: "displayName" },
]);
const modelNotFound = (detail: string) => problemResponse(404, "No such model visible to the caller", [{ code: "NOT_FOUND", message: detail, param: "id" }]);
const keyId = { name: "id", in: "path", required: true, description: "The key's id (from GET /api/keys)", schema: { type: "string" }, example: "key_81ab3c" };

/** What saving a script can answer besides success: the describe run's failures keep 400 unless they are limits. */
function saveErrors(limits: ServiceLimits): Record<string, unknown> {
  return {
    "400": badBody(
      { code: "SCRIPT_SYNTAX", message: "Unexpected token (3:14)", line: 3, column: 14 },
      { code: "DESCRIPTION_TOO_LARGE", message: "the model has more than 200 parameters", details: { field: "parameters", limit: 200, actual: 201, unit: "entries" } },
    ),
    "401": needsCaller,
    "403": badKey,
    "413": problemResponse(413, "The script is too large", [{ code: "PAYLOAD_TOO_LARGE", message: `the script is larger than ${limits.maxScriptBytes} bytes`, param: "script" }]),
    "415": notJson,
    "429": problemResponse(429, "The account's compute budget for this minute is used up", [{ code: "COMPUTE_LIMITED", message: "this account used its build time for this minute", details: { retryAfterSeconds: 10 } }], { retryAfter: true }),
    "503": problemResponse(503, "Every build slot is busy", [{ code: "BUSY", message: "every build slot is busy and the queue is full; retry after the Retry-After seconds" }], { retryAfter: true }),
    "504": problemResponse(504, "Describing the script took too long", [{ code: "TIMEOUT", message: "the script took longer than its 60 s limit" }]),
  };
}

export function apiPaths(limits: ServiceLimits): Record<string, PathItem> {
  const credentialErrors = { "400": badBody({ code: "USAGE", message: '"email" is required and must be a non-empty string', param: "email" }), "415": notJson };
  return {
    "/api/accounts": {
      post: {
        operationId: "signUp",
        summary: "Sign up (evaluation plan)",
        description:
          "Answers the same whether or not the email already has an account (no cookie): log in next with POST /api/session. `displayName` is optional (default `maker-` and 8 hex digits of the account id); a malformed one is 400 and one another account has is 409 (names are public).",
        tags: ["accounts"],
        security: PUBLIC,
        requestBody: jsonBody("SignUp", EXAMPLES.signUp),
        responses: {
          "202": jsonResponse("Account created, or it already existed", "SignUpAnswer", EXAMPLES.signUpAnswer),
          ...credentialErrors,
          "400": badBody(
            { code: "USAGE", message: '"email" is required and must be a non-empty string', param: "email" },
            { code: "USAGE", message: "the display name must be 2 to 40 characters (it has 1)", param: "displayName" },
          ),
          "409": displayNameTaken,
        },
      },
    },
    "/api/session": {
      post: {
        operationId: "logIn",
        summary: "Log in",
        description: "Sets the session cookie. Failed log-ins are throttled per account and per client address (429 with Retry-After, doubling).",
        tags: ["accounts"],
        security: PUBLIC,
        requestBody: jsonBody("Credentials", EXAMPLES.credentials),
        responses: {
          "200": jsonResponse("Logged in", "AccountAnswer", EXAMPLES.accountAnswer, {
            "Set-Cookie": { description: "The session cookie (HttpOnly, SameSite=Lax)", schema: { type: "string" }, example: "pf_session=…; Path=/; HttpOnly; SameSite=Lax" },
          }),
          ...credentialErrors,
          "401": problemResponse(401, "Wrong email or password", [{ code: "NOT_AUTHENTICATED", message: "wrong email or password" }]),
          "429": problemResponse(429, "Too many failed log-ins", [{ code: "RATE_LIMITED", message: "too many failed log-ins for this account or from this address", details: { retryAfterSeconds: 4 } }], { retryAfter: true }),
        },
      },
      delete: {
        operationId: "logOut",
        summary: "Log out",
        tags: ["accounts"],
        security: OPTIONAL_SESSION_SECURITY,
        responses: { "204": emptyResponse("Logged out; the cookie is cleared") },
      },
    },
    "/api/account": {
      get: {
        operationId: "getAccount",
        summary: "The caller's account",
        tags: ["accounts"],
        security: CALLER_SECURITY,
        responses: { "200": jsonResponse("The account", "AccountAnswer", EXAMPLES.accountAnswer), "401": needsCaller, "403": badKey },
      },
      patch: {
        operationId: "changeAccount",
        summary: "Change the account's public display name",
        description: "The name shown as the author of the account's models. A logged-in session only: an API key cannot change the account.",
        tags: ["accounts"],
        security: SESSION_SECURITY,
        requestBody: jsonBody("AccountChange", EXAMPLES.accountChange),
        responses: {
          "200": jsonResponse("The changed account", "AccountAnswer", EXAMPLES.accountAnswer),
          "400": badBody(
            { code: "USAGE", message: "the display name may hold only letters, digits, spaces, hyphens, underscores and dots, with at least one letter or digit", param: "displayName" },
            { code: "USAGE", message: 'only "displayName" can be changed here, not "email"', param: "email" },
          ),
          "401": notLoggedIn("changing the account"),
          "409": displayNameTaken,
          "415": notJson,
        },
      },
    },
    "/api/keys": {
      get: {
        operationId: "listKeys",
        summary: "List API keys",
        description: "Prefix, name, created, last used, disabled. A logged-in session only: an API key cannot manage keys.",
        tags: ["keys"],
        security: SESSION_SECURITY,
        responses: { "200": jsonResponse("The keys", "KeyList", EXAMPLES.keyList), "401": notLoggedIn("listing API keys") },
      },
      post: {
        operationId: "createKey",
        summary: "Create an API key",
        description: "The secret is in this answer only (the service keeps a hash). A logged-in session only.",
        tags: ["keys"],
        security: SESSION_SECURITY,
        requestBody: jsonBody("KeyInput", EXAMPLES.keyInput),
        responses: {
          "201": jsonResponse("The key and its secret", "CreatedKey", EXAMPLES.createdKey),
          "400": badBody({ code: "USAGE", message: '"name" must be a string', param: "name" }),
          "401": notLoggedIn("creating an API key"),
          "409": problemResponse(409, "The account has as many keys as allowed", [{ code: "KEY_LIMIT", message: "this account has 20 API keys, the most allowed: delete one first", details: { limit: 20 } }]),
          "415": notJson,
        },
      },
    },
    "/api/keys/{id}": {
      patch: {
        operationId: "setKeyDisabled",
        summary: "Disable or enable an API key",
        description: "Takes effect at once. A logged-in session only.",
        tags: ["keys"],
        security: SESSION_SECURITY,
        parameters: [keyId],
        requestBody: jsonBody("KeyState", EXAMPLES.keyState),
        responses: {
          "200": jsonResponse("The key", "KeyAnswer", EXAMPLES.keyAnswer),
          "400": badBody({ code: "USAGE", message: '"disabled" must be true or false', param: "disabled" }),
          "401": notLoggedIn("disabling or enabling an API key"),
          "404": problemResponse(404, "No such key in this account", [{ code: "NOT_FOUND", message: 'no API key "key_81ab3c" in this account' }]),
          "415": notJson,
        },
      },
      delete: {
        operationId: "deleteKey",
        summary: "Delete an API key",
        tags: ["keys"],
        security: SESSION_SECURITY,
        parameters: [keyId],
        responses: {
          "204": emptyResponse("Deleted"),
          "401": notLoggedIn("deleting an API key"),
          "404": problemResponse(404, "No such key in this account", [{ code: "NOT_FOUND", message: 'no API key "key_81ab3c" in this account' }]),
        },
      },
    },
    "/api/usage": {
      get: {
        operationId: "getUsage",
        summary: "Downloads this month, the quota and recent downloads",
        tags: ["accounts"],
        security: CALLER_SECURITY,
        responses: { "200": jsonResponse("Usage of the caller's account", "Usage", EXAMPLES.usage), "401": needsCaller, "403": badKey },
      },
    },
    "/api/models": {
      get: {
        operationId: "listModels",
        summary: "List public models and the caller's own",
        tags: ["models"],
        security: OPTIONAL_CALLER_SECURITY,
        parameters: [
          { name: "limit", in: "query", description: "At most this many (1–200, default 50)", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 }, example: 20 },
          { name: "offset", in: "query", description: "Skip this many (default 0)", schema: { type: "integer", minimum: 0, default: 0 }, example: 0 },
        ],
        responses: {
          "200": jsonResponse("Models, newest first", "ModelList", EXAMPLES.modelList),
          "400": problemResponse(400, "limit or offset is not a whole number within its range", [{ code: "USAGE", message: '"limit" must be a whole number from 1 to 200 (default 50), not "1000"', param: "limit" }]),
          "403": badKey,
        },
      },
      post: {
        operationId: "createModel",
        summary: "Create a model from a ModelScript",
        description:
          "The script is TypeScript, JavaScript or Python (a CadQuery CQGI or ParametricParts script): `language` names it, else it is detected as `/build` detects `s`, and the model records it (`py` for Python). The script is run once to validate and describe it (charged to the caller's compute budget); a bad script is 400 with its line and column — in the Python source for a Python script.",
        tags: ["models"],
        security: CALLER_SECURITY,
        requestBody: jsonBody("ModelInput", EXAMPLES.modelInput),
        responses: { "201": jsonResponse("The model, with its id, schema and presets", "Model", { ...EXAMPLES.model, revision: 1 }), ...saveErrors(limits) },
      },
    },
    "/api/scripts/describe": {
      post: {
        operationId: "describeScript",
        summary: "Check a ModelScript and describe its parameters, without saving it",
        description:
          "Runs the script's top level once, as a save does (charged to the caller's compute budget; no geometry is built), and answers what a save would store as the model's schema. A bad script is 400 with its line and column — the editor checks syntax, imports and parameter declarations with it as you type.",
        tags: ["models"],
        security: CALLER_SECURITY,
        requestBody: jsonBody("ModelInput", { script: EXAMPLES.modelInput.script, language: "ts" }),
        responses: { "200": jsonResponse("The script's metadata, unit, parameters, groups and presets", "ModelDescription", EXAMPLES.model.schema), ...saveErrors(limits) },
      },
    },
    "/api/models/{id}": {
      get: {
        operationId: "getModel",
        summary: "A model: metadata, typed parameter schema, groups, presets and script",
        tags: ["models"],
        security: OPTIONAL_CALLER_SECURITY,
        parameters: [MODEL_ID_PARAMETER],
        responses: { "200": jsonResponse("The model", "Model", EXAMPLES.model), "403": badKey, "404": modelNotFound('no model with id "4hskpb69"') },
      },
      put: {
        operationId: "reviseModel",
        summary: "A new revision of a model (same id), or a new name or visibility",
        description:
          "The caller's own models only. With a `script`: a new revision, validated and described like a new model (charged to the compute budget); name and visibility stay as they were unless given. Without a `script`: only the name and/or visibility change (publish, unpublish, rename), no revision is made and nothing runs.",
        tags: ["models"],
        security: CALLER_SECURITY,
        parameters: [MODEL_ID_PARAMETER],
        requestBody: { required: true, content: { "application/json": { schema: { oneOf: [schemaRef("ModelInput"), schemaRef("ModelListingInput")] }, example: EXAMPLES.modelInput } } },
        responses: { "200": jsonResponse("The model at its new revision", "Model", EXAMPLES.model), ...saveErrors(limits), "404": modelNotFound('no model "4hskpb69" owned by this account') },
      },
      delete: {
        operationId: "deleteModel",
        summary: "Delete a model",
        description: "The caller's own models only.",
        tags: ["models"],
        security: CALLER_SECURITY,
        parameters: [MODEL_ID_PARAMETER],
        responses: { "204": emptyResponse("Deleted"), "401": needsCaller, "403": badKey, "404": modelNotFound('no model "4hskpb69" owned by this account') },
      },
    },
    "/api/formats": {
      get: {
        operationId: "listFormats",
        summary: "The output types /build accepts, with media types and extensions",
        tags: ["build"],
        security: PUBLIC,
        responses: { "200": jsonResponse("The formats", "FormatList", { formats: formatsView() }) },
      },
    },
  };
}
