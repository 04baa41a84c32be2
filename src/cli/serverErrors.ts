/**
 * What the CLI makes of the typed client's errors: a problem from the service becomes the
 * PartforgeError of its code, so a build on a server exits with the code a local build would;
 * no answer (or one that is not the service's) is exit code 6.
 */
import { PartforgeClientError, PartforgeConnectionError, PartforgeProblemError } from "../client/index.ts";
import { EXIT_CODES, isErrorCode, PartforgeError, type ExitCode } from "../shared/errors.ts";

/** Runs `call`, turning the service's problems into PartforgeErrors. */
export async function serverCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PartforgeProblemError && isErrorCode(error.problem.code)) {
      const { problem } = error;
      throw new PartforgeError(problem.code, problem.detail, {
        ...(problem.param !== undefined ? { param: problem.param } : {}),
        ...(problem.line !== undefined ? { location: { line: problem.line, column: problem.column ?? 1 } } : {}),
      });
    }
    throw error;
  }
}

/** The message and exit code for a client error that is not one of the service's problems. */
export function clientFailure(error: unknown): { message: string; exitCode: ExitCode } | undefined {
  if (error instanceof PartforgeConnectionError) {
    return { message: `${error.message}: check --server (or PARTFORGE_URL) and that the service is running`, exitCode: EXIT_CODES.unreachable };
  }
  if (error instanceof PartforgeClientError) {
    return { message: `the server did not answer as a partforge service (${error.message}): check --server (or PARTFORGE_URL)`, exitCode: EXIT_CODES.unreachable };
  }
  return undefined;
}
