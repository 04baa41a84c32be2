/** Milliseconds of CPU (user and system) this thread has used: only differences mean anything. */
export declare function threadCpuMs(): number;
