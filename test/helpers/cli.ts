/** The partforge CLI run in-process for tests, its output captured. */
import { main } from "../../src/cli/main.ts";

/** Runs `partforge …argv` in this process: its exit code, stdout as bytes (a build may write a file there) and stderr. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  let stdout = Buffer.alloc(0);
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (chunk: string | Uint8Array) => (stdout = Buffer.concat([stdout, Buffer.from(chunk)])) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}
