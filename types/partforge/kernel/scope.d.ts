/** Anything that owns kernel memory: replicad shapes, OCCT handles. */
export interface Deletable {
    delete(): void;
}
/**
 * A build's ownership scope. Every kernel object the modelling API makes during a build
 * is tracked here and freed once, in `dispose()`, which the build calls in `finally`.
 */
export declare class KernelScope {
    #private;
    /**
     * A kernel operation's failure from the moment it is caught until it has been classified.
     * Set with a plain store (no call, so it works at the very edge of the stack): when it is
     * still set after the build, handling the failure itself overflowed.
     */
    unclassifiedFailure: unknown;
    /**
     * Why kernel code was cut short by something other than a kernel failure (a stack overflow,
     * a JavaScript error inside the kernel layer): C++ or replicad state may be half updated,
     * even if the script caught the error. The slot is retired after such a build.
     */
    get interrupted(): string | undefined;
    markInterrupted(reason: string): void;
    /** Takes ownership of `object`; returns it for chaining. */
    track<T extends Deletable>(object: T): T;
    /** Gives up ownership, e.g. of a result that outlives the build. */
    release<T extends Deletable>(object: T): T;
    get size(): number;
    /** Frees every tracked object; safe to call twice. */
    dispose(): void;
    [Symbol.dispose](): void;
}
/** The innermost active scope, if a build is running. */
export declare function activeScope(): KernelScope | undefined;
/** Tracks `object` in the active scope (objects made outside a build are left to the GC). */
export declare function own<T extends Deletable>(object: T): T;
/** How many build scopes are open: zero between builds. */
export declare function openScopeCount(): number;
/** How many kernel objects were ever made with no build scope open (a slot compares it before and after a build). */
export declare function unscopedObjectCount(): number;
/** Runs `body` with a fresh scope active, and frees everything it made afterwards. */
export declare function withScope<T>(body: (scope: KernelScope) => T): T;
/** Like `withScope` but for async bodies (the scope stays active until the promise settles). */
export declare function withScopeAsync<T>(body: (scope: KernelScope) => Promise<T>): Promise<T>;
