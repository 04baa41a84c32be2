/**
 * The operations the client calls, by the operationId they have in /openapi.json. The type
 * checker holds each method and path to the generated `paths`; test/client/client.test.ts holds
 * each operationId to the served document.
 */
import type { operations, paths } from "./openapi.ts";

type Method = "get" | "put" | "post" | "delete" | "patch";

/** Whether the operation at a path and method is (structurally) the operation `Id` of the generated types. */
type IsOperation<P extends keyof paths, M extends Method, Id extends keyof operations> = [paths[P][M]] extends [operations[Id]] ? ([operations[Id]] extends [paths[P][M]] ? true : never) : never;

interface OperationEntry {
  method: Method;
  path: keyof paths;
}

export const OPERATIONS = {
  buildWithBody: { method: "post", path: "/build" },
  listModels: { method: "get", path: "/api/models" },
  createModel: { method: "post", path: "/api/models" },
  getModel: { method: "get", path: "/api/models/{id}" },
  reviseModel: { method: "put", path: "/api/models/{id}" },
  deleteModel: { method: "delete", path: "/api/models/{id}" },
  getUsage: { method: "get", path: "/api/usage" },
  getAccount: { method: "get", path: "/api/account" },
  listFormats: { method: "get", path: "/api/formats" },
  submitJob: { method: "post", path: "/api/jobs" },
  getJob: { method: "get", path: "/api/jobs/{id}" },
  cancelJob: { method: "delete", path: "/api/jobs/{id}" },
  getJobResult: { method: "get", path: "/api/jobs/{id}/result" },
  submitBatch: { method: "post", path: "/api/batches" },
} as const satisfies Record<string, OperationEntry>;

export type OperationId = keyof typeof OPERATIONS;

/** Fails to compile when an entry's path and method are not an operation of that id. */
type Checked = { [Id in OperationId]: IsOperation<(typeof OPERATIONS)[Id]["path"], (typeof OPERATIONS)[Id]["method"], Id> };
export const OPERATIONS_MATCH_TYPES: Checked = {
  buildWithBody: true,
  listModels: true,
  createModel: true,
  getModel: true,
  reviseModel: true,
  deleteModel: true,
  getUsage: true,
  getAccount: true,
  listFormats: true,
  submitJob: true,
  getJob: true,
  cancelJob: true,
  getJobResult: true,
  submitBatch: true,
};

/** The JSON body an operation answers with `status`. */
export type JsonAnswer<Id extends keyof operations, Status extends keyof operations[Id]["responses"]> = operations[Id]["responses"][Status] extends {
  content: { "application/json": infer Body };
}
  ? Body
  : never;

/** The JSON request body of an operation. */
export type JsonRequest<Id extends keyof operations> = operations[Id] extends { requestBody: { content: { "application/json": infer Body } } } ? Body : never;

/** The headers of an operation's answer with `status`. */
export type AnswerHeaders<Id extends keyof operations, Status extends keyof operations[Id]["responses"]> = operations[Id]["responses"][Status] extends { headers: infer H } ? H : never;
