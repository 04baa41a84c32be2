import { isPartforgeError, PartforgeError } from "../shared/errors.ts";
import { isStackOverflow, noteStackOverflow } from "../shared/stackOverflow.ts";
import { isKernelLoaded, kernel } from "./load.ts";
import { activeScope, type KernelScope } from "./scope.ts";

interface ExceptionIntrospection {
  getExceptionMessage?(exception: WasmException): [string, string];
  decrementExceptionRefcount?(exception: WasmException): void;
}

/** OCCT's exception type and message for a thrown `WebAssembly.Exception`, when the build can tell. */
function describeWasmException(exception: WasmException): string | undefined {
  if (!isKernelLoaded()) return undefined;
  const oc = kernel() as unknown as ExceptionIntrospection;
  try {
    const [type, message] = oc.getExceptionMessage?.(exception) ?? [];
    oc.decrementExceptionRefcount?.(exception);
    if (type === undefined) return undefined;
    return message ? `${type}: ${message}` : type;
  } catch (error) {
    noteStackOverflow(error);
    return undefined;
  }
}

/** `WebAssembly.Exception` (Node 20's type definitions predate it). */
type WasmException = object & { readonly __wasmException?: never };
const WasmExceptionClass = (WebAssembly as unknown as { Exception?: abstract new (...args: never[]) => object }).Exception;

function isWasmException(value: unknown): value is WasmException {
  return WasmExceptionClass !== undefined && value instanceof WasmExceptionClass;
}

/** True when `value` came from the kernel rather than from script or partforge code. */
export function isKernelFailure(value: unknown): boolean {
  if (isWasmException(value) || typeof value === "number") return true;
  if (value instanceof WebAssembly.RuntimeError) return true;
  // replicad reports failed OCCT algorithms as plain Errors ("Could not fuse as a 3d shape").
  return value instanceof Error && !isPartforgeError(value) && /^(Could not|Failed|BRep|StdFail)/.test(value.message);
}

/**
 * The one place where OpenCascade failures become partforge errors: thrown numbers
 * (C++ exception pointers), `WebAssembly.Exception`s and WASM traps become a GEOMETRY
 * error that carries OCCT's own message and names the operation that failed.
 */
export function translateKernelError(error: unknown, operation: string): PartforgeError {
  if (isPartforgeError(error)) return error;
  let reason: string;
  if (isWasmException(error)) {
    reason = describeWasmException(error) ?? "the geometry kernel raised an exception";
  } else if (typeof error === "number") {
    reason = `the geometry kernel raised exception #${error}`;
  } else if (error instanceof WebAssembly.RuntimeError) {
    reason = `the geometry kernel aborted (${error.message})`;
  } else if (error instanceof Error) {
    reason = error.message;
  } else {
    reason = String(error);
  }
  return new PartforgeError("GEOMETRY", `${operation} failed: ${reason}`, { cause: error });
}

/** Runs a kernel operation, turning any kernel failure into a GEOMETRY error naming `operation`. */
export function withKernel<T>(operation: string, run: () => T): T {
  const scope = activeScope();
  try {
    return run();
  } catch (error) {
    // Plain stores and no calls until the failure is classified: at the edge of the stack any
    // call may overflow again, and then the scope still shows an unclassified failure.
    if (scope !== undefined) scope.unclassifiedFailure = error;
    const translated = translateKernelError(error, operation);
    if (scope !== undefined) {
      noteInterruption(scope, error, operation);
      scope.unclassifiedFailure = undefined;
    }
    throw translated;
  }
}

/**
 * A kernel operation cut short by a stack overflow or a WebAssembly trap may have left C++ or
 * replicad state half updated, and the script may catch the error and carry on. The build's
 * scope remembers it, so the slot is retired after the build.
 */
function noteInterruption(scope: KernelScope, error: unknown, operation: string): void {
  if (isStackOverflow(error)) {
    scope.markInterrupted(`${operation} was interrupted by a stack overflow`);
  } else if (error instanceof WebAssembly.RuntimeError) {
    scope.markInterrupted(`${operation} was interrupted by a WebAssembly trap`);
  }
}
