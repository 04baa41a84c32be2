/**
 * Freezes, transitively, everything of partforge a script can reach: the `"partforge"` scope and
 * every exported value of the modelling API, the ModelScript layer and the error catalogue —
 * so the classes and prototypes behind the objects a build receives at run time (Workplane,
 * Shape, Vector, Plane, Location, selectors, Param, PartforgeError, …) are frozen too. Kernel
 * objects stay out of reach: the API keeps them in module-private WeakMaps.
 */
import * as api from "../../../api/index.ts";
import * as modelscript from "../../../modelscript/index.ts";
import * as errors from "../../../shared/errors.ts";
import { partforgeScope } from "../../scope.ts";

/** Call once per slot, after `lockdown()` and before the first build. */
export function hardenModellingApi(): Readonly<Record<string, unknown>> {
  for (const namespace of [api, api.selectors, modelscript, errors]) hardenExports(namespace);
  return harden(partforgeScope());
}

/** Module namespace objects cannot be frozen themselves; their exported values can. */
function hardenExports(namespace: object): void {
  for (const value of Object.values(namespace)) {
    if ((typeof value === "object" && value !== null && !isNamespace(value)) || typeof value === "function") harden(value);
  }
}

function isNamespace(value: object): boolean {
  return Object.prototype.toString.call(value) === "[object Module]";
}
