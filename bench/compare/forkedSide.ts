/**
 * A process a benchmark talks to (`fork` of a script with one argument, under tsx): a side of a
 * before/after benchmark (the checkout's root as its argument), or the trivial bench's HTTP client
 * (the service's origin). It says "ready" once set up, answers each message with one message, and
 * exits when the channel closes.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export class ForkedSide<Question, Answer> {
  readonly #child: ChildProcess;
  readonly ready: Promise<void>;
  #pending: { resolve(answer: Answer): void; reject(error: Error): void } | undefined;
  #exited: Error | undefined;

  constructor(script: string, argument: string) {
    this.#child = fork(script, [argument], { cwd: ROOT, execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    this.ready = new Promise((resolveReady, reject) => {
      this.#child.once("exit", (code) => {
        // A process that ends mid-question fails the question instead of leaving the bench waiting.
        this.#exited = new Error(`${script} (${argument}) exited (${code})`);
        this.#pending?.reject(this.#exited);
        reject(new Error(`${script} (${argument}) exited (${code}) before it was ready`));
      });
      this.#child.on("message", (message: unknown) => {
        if (message === "ready") resolveReady();
        else this.#pending?.resolve(message as Answer);
      });
    });
  }

  run(question: Question): Promise<Answer> {
    if (this.#exited !== undefined) return Promise.reject(this.#exited);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#child.send(question as object);
    });
  }

  close(): void {
    if (this.#child.connected) this.#child.disconnect();
  }
}
