/** Freezing plain data all the way down. */

/** Freezes `value` in place, with every object it holds (by its own enumerable properties); returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
