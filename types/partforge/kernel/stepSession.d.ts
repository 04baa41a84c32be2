import type { kernel } from "./load.ts";
type OpenCascade = ReturnType<typeof kernel>;
export type StepSession = InstanceType<OpenCascade["XSControl_WorkSession"]>;
/**
 * Runs one export's `write` on the shared session, cleared afterwards. `write` must free the
 * writers it makes on the session before it returns or throws.
 */
export declare function withStepSession<T>(oc: OpenCascade, write: (session: StepSession) => T): T;
export {};
