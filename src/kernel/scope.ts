import { noteStackOverflow } from "../shared/stackOverflow.ts";

/** Anything that owns kernel memory: replicad shapes, OCCT handles. */
export interface Deletable {
  delete(): void;
}

/**
 * A build's ownership scope. Every kernel object the modelling API makes during a build
 * is tracked here and freed once, in `dispose()`, which the build calls in `finally`.
 */
export class KernelScope {
  #owned = new Set<Deletable>();
  #disposed = false;
  #interrupted: string | undefined;
  /**
   * A kernel operation's failure from the moment it is caught until it has been classified.
   * Set with a plain store (no call, so it works at the very edge of the stack): when it is
   * still set after the build, handling the failure itself overflowed.
   */
  unclassifiedFailure: unknown = undefined;

  /**
   * Why kernel code was cut short by something other than a kernel failure (a stack overflow,
   * a JavaScript error inside the kernel layer): C++ or replicad state may be half updated,
   * even if the script caught the error. The slot is retired after such a build.
   */
  get interrupted(): string | undefined {
    if (this.#interrupted === undefined && this.unclassifiedFailure !== undefined) return "a kernel operation failed and handling the failure overflowed the stack";
    return this.#interrupted;
  }

  markInterrupted(reason: string): void {
    this.#interrupted ??= reason;
  }

  /** Takes ownership of `object`; returns it for chaining. */
  track<T extends Deletable>(object: T): T {
    if (this.#disposed) throw new Error("kernel scope already disposed");
    this.#owned.add(object);
    return object;
  }

  /** Gives up ownership, e.g. of a result that outlives the build. */
  release<T extends Deletable>(object: T): T {
    this.#owned.delete(object);
    return object;
  }

  get size(): number {
    return this.#owned.size;
  }

  /** Frees every tracked object; safe to call twice. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const object of this.#owned) {
      try {
        object.delete();
      } catch (error) {
        // Already freed by the kernel (e.g. consumed by an algorithm): nothing more to do.
        noteStackOverflow(error);
      }
    }
    this.#owned.clear();
  }

  [Symbol.dispose](): void {
    this.dispose();
  }
}

const scopes: KernelScope[] = [];
/** Kernel objects made while no build scope was open, left to the garbage collector. */
let unscopedObjects = 0;

/** The innermost active scope, if a build is running. */
export function activeScope(): KernelScope | undefined {
  return scopes[scopes.length - 1];
}

/** Tracks `object` in the active scope (objects made outside a build are left to the GC). */
export function own<T extends Deletable>(object: T): T {
  const scope = activeScope();
  if (scope === undefined) unscopedObjects += 1;
  else scope.track(object);
  return object;
}

/** How many build scopes are open: zero between builds. */
export function openScopeCount(): number {
  return scopes.length;
}

/** How many kernel objects were ever made with no build scope open (a slot compares it before and after a build). */
export function unscopedObjectCount(): number {
  return unscopedObjects;
}

/** Runs `body` with a fresh scope active, and frees everything it made afterwards. */
export function withScope<T>(body: (scope: KernelScope) => T): T {
  const scope = new KernelScope();
  scopes.push(scope);
  try {
    return body(scope);
  } finally {
    scopes.splice(scopes.lastIndexOf(scope), 1);
    scope.dispose();
  }
}

/** Like `withScope` but for async bodies (the scope stays active until the promise settles). */
export async function withScopeAsync<T>(body: (scope: KernelScope) => Promise<T>): Promise<T> {
  const scope = new KernelScope();
  scopes.push(scope);
  try {
    return await body(scope);
  } finally {
    scopes.splice(scopes.lastIndexOf(scope), 1);
    scope.dispose();
  }
}
