/**
 * A side of a before/after benchmark run in its own process (`fork` of a side script with the
 * checkout's root as its argument, under tsx): it says "ready" once set up, answers each message
 * with one message, and exits when the channel closes.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export class ForkedSide<Question, Answer> {
  readonly #child: ChildProcess;
  readonly ready: Promise<void>;
  #pending: ((answer: Answer) => void) | undefined;

  constructor(script: string, root: string) {
    this.#child = fork(script, [root], { cwd: ROOT, execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    this.ready = new Promise((resolveReady, reject) => {
      this.#child.once("exit", (code) => reject(new Error(`a side of the benchmark (${root}) exited (${code}) before it was ready`)));
      this.#child.on("message", (message: unknown) => {
        if (message === "ready") resolveReady();
        else this.#pending?.(message as Answer);
      });
    });
  }

  run(question: Question): Promise<Answer> {
    return new Promise((resolveAnswer) => {
      this.#pending = resolveAnswer;
      this.#child.send(question as object);
    });
  }

  close(): void {
    this.#child.disconnect();
  }
}
