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
      } catch {
        // Already freed by the kernel (e.g. consumed by an algorithm): nothing more to do.
      }
    }
    this.#owned.clear();
  }

  [Symbol.dispose](): void {
    this.dispose();
  }
}

const scopes: KernelScope[] = [];

/** The innermost active scope, if a build is running. */
export function activeScope(): KernelScope | undefined {
  return scopes[scopes.length - 1];
}

/** Tracks `object` in the active scope (objects made outside a build are left to the GC). */
export function own<T extends Deletable>(object: T): T {
  activeScope()?.track(object);
  return object;
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
