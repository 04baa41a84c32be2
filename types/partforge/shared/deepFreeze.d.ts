/** Freezing plain data all the way down. */
/** Freezes `value` in place, with every object it holds (by its own enumerable properties); returns it. */
export declare function deepFreeze<T>(value: T): T;
