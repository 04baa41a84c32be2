/**
 * The CLI against a running service: `partforge build … --server`, `models push` and `models pull`
 * spawned as a user would run them (bin/partforge.js), with the key from PARTFORGE_KEY,
 * --key-file or standard input, and every bad input a user can make: no key, a wrong key, a key
 * as a flag, an unreachable server, an unknown model, a bad parameter, a broken script.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PartforgeClient } from "partforge/client";
import { EXIT_CODES } from "../../src/shared/errors.ts";
import { BOX_SCRIPT, signUpAndLogIn, startService, storeKinds, type TestService } from "../http/harness.ts";

const BIN = fileURLToPath(new URL("../../bin/partforge.js", import.meta.url));

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Every output of every run, to check that no key was ever printed. */
const outputs: string[] = [];

/** Spawns the CLI with only the environment given (no inherited PARTFORGE_*), `input` on standard input. */
function cli(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): Promise<Run> {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env };
  const child = spawn(process.execPath, [BIN, ...args], { env, cwd: options.cwd ?? tmpdir(), stdio: ["pipe", "pipe", "pipe"] });
  const stdout: Buffer[] = [];
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const run = { code, stdout: Buffer.concat(stdout), stderr };
      outputs.push(run.stdout.toString("latin1"), run.stderr);
      resolve(run);
    });
  });
}

/** The x extent of a binary STL (the box's length along X). */
function stlWidthX(bytes: Buffer): number {
  const triangles = bytes.readUInt32LE(80);
  assert.equal(bytes.length, 84 + 50 * triangles, "a whole binary STL");
  let min = Infinity;
  let max = -Infinity;
  for (let t = 0; t < triangles; t++) {
    for (let v = 0; v < 3; v++) {
      const x = bytes.readFloatLE(84 + t * 50 + 12 + v * 12);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
  }
  return max - min;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("partforge CLI with a server", () => {
  let service: TestService;
  let server: string;
  let key: string;
  let otherKey: string;
  let dir: string;
  let modelId: string;

  async function keyFor(email: string): Promise<string> {
    const cookie = await signUpAndLogIn(service.app, email);
    const created = await service.app.inject({ method: "POST", url: "/api/keys", headers: { cookie, "content-type": "application/json" }, payload: {} });
    return (JSON.parse(created.body) as { secret: string }).secret;
  }

  before(async () => {
    const [sqlite] = await storeKinds();
    service = await startService(sqlite!);
    server = await service.app.listen({ port: 0, host: "127.0.0.1" });
    key = await keyFor("cli@example.org");
    otherKey = await keyFor("other@example.org");
    dir = await mkdtemp(join(tmpdir(), "partforge-cli-remote-"));
    await writeFile(join(dir, "box.ts"), BOX_SCRIPT);
    await writeFile(join(dir, "broken.ts"), 'import { Workplane } from "partforge";\nexport function build() {\n  return Workplane("XY").box(1, 1, 1;\n}\n');
    await writeFile(join(dir, "key.txt"), `${key}\n`);
    modelId = (await new PartforgeClient({ baseUrl: server, apiKey: key }).models.create({ script: BOX_SCRIPT, language: "ts" })).id;
  });

  after(async () => {
    await service.close();
    await rm(dir, { recursive: true, force: true });
    // Checked last, over every run above.
    for (const output of outputs) {
      assert.ok(!output.includes(key) && !output.includes(otherKey), `an API key was printed:\n${output}`);
    }
  });

  it("builds a script file on the server with the flags of a local build (-p, --preset, -o), the key from PARTFORGE_KEY", async () => {
    const [explicit, preset] = await Promise.all([
      cli(["build", "box.ts", "--server", server, "--type", "stl", "-p", "p_length=42", "-p", "p_round=no", "-o", "long.stl"], { env: { PARTFORGE_KEY: key }, cwd: dir }),
      cli(["build", "box.ts", "--type", "STL", "--preset", "short"], { env: { PARTFORGE_KEY: key, PARTFORGE_URL: server }, cwd: dir }),
    ]);
    assert.equal(explicit.code, EXIT_CODES.ok, explicit.stderr);
    assert.match(explicit.stderr, /^wrote long\.stl \(\d+ bytes, STL; built by http:\/\/127\.0\.0\.1:\d+ in \d+ ms, cache (hit|miss); \d+ downloads left this month\)\n$/);
    assert.ok(Math.abs(stlWidthX(await readFile(join(dir, "long.stl"))) - 42) < 1e-3);
    assert.equal(preset.code, EXIT_CODES.ok, preset.stderr);
    assert.match(preset.stderr, /^wrote box\.stl /, "the local build's default output name");
    assert.ok(Math.abs(stlWidthX(await readFile(join(dir, "box.stl"))) - 10) < 1e-3);
  });

  it("builds a stored model by id to standard output, the key from --key-file or standard input", async () => {
    const [fromFile, fromStdin, fromDash] = await Promise.all([
      cli(["build", modelId, "--server", server, "--key-file", join(dir, "key.txt"), "--type", "step", "-o", "-"]),
      cli(["build", modelId, "--server", server, "--type", "step", "-o", "-"], { input: `${key}\n` }),
      cli(["build", modelId, "--server", server, "--key-file", "-", "--type", "step", "-o", "-"], { input: key, env: { PARTFORGE_KEY: "pf_wrong" } }),
    ]);
    for (const run of [fromFile, fromStdin, fromDash]) {
      assert.equal(run.code, EXIT_CODES.ok, run.stderr);
      assert.match(run.stdout.toString("utf8"), /^ISO-10303-21;[\s\S]*END-ISO-10303-21;\s*$/);
      assert.equal(run.stderr, "");
    }
  });

  it("refuses a key given as a flag without printing it", async () => {
    const run = await cli(["build", "box.ts", "--server", server, "--type", "stl", "--key=pf_secret_in_argv"], { cwd: dir });
    assert.equal(run.code, EXIT_CODES.usage);
    assert.match(run.stderr, /--key is not an option: an API key on the command line shows in process listings; set PARTFORGE_KEY, pass --key-file FILE/);
    assert.ok(!run.stderr.includes("pf_secret_in_argv"));
  });

  it("says what is wrong, with the exit code of a local build: no key, wrong key, unknown model, bad parameter, broken script", async () => {
    const [noKey, wrongKey, unknownModel, badParam, broken, neither, missingKeyFile] = await Promise.all([
      cli(["build", "box.ts", "--server", server, "--type", "stl"], { cwd: dir }),
      cli(["build", "box.ts", "--server", server, "--type", "stl"], { cwd: dir, env: { PARTFORGE_KEY: "pf_not_a_key" } }),
      cli(["build", "zzzzzzzz", "--server", server, "--type", "stl"], { env: { PARTFORGE_KEY: key } }),
      cli(["build", "box.ts", "--server", server, "--type", "stl", "-p", "p_lenght=3"], { cwd: dir, env: { PARTFORGE_KEY: key } }),
      cli(["build", "broken.ts", "--server", server, "--type", "stl"], { cwd: dir, env: { PARTFORGE_KEY: key } }),
      cli(["build", "nothing.ts", "--server", server, "--type", "stl"], { cwd: dir, env: { PARTFORGE_KEY: key } }),
      cli(["build", "box.ts", "--server", server, "--key-file", "absent.txt", "--type", "stl"], { cwd: dir }),
    ]);
    assert.equal(noKey.code, EXIT_CODES.usage);
    assert.match(noKey.stderr, /^partforge: no API key on standard input: set PARTFORGE_KEY, pass --key-file FILE/);
    assert.equal(wrongKey.code, EXIT_CODES.usage);
    assert.match(wrongKey.stderr, /^box\.ts: ACCESS_DENIED \[key\]: the API key is invalid, disabled or deleted/);
    assert.equal(unknownModel.code, EXIT_CODES.usage);
    assert.match(unknownModel.stderr, /^zzzzzzzz: NOT_FOUND \[id\]: no model with id "zzzzzzzz"/);
    assert.equal(badParam.code, EXIT_CODES.script);
    assert.match(badParam.stderr, /^box\.ts: UNKNOWN_PARAM \[p_lenght\]: .*p_length/);
    assert.equal(broken.code, EXIT_CODES.script);
    assert.match(broken.stderr, /^broken\.ts:3:\d+: SCRIPT_SYNTAX: /);
    assert.equal(neither.code, EXIT_CODES.usage);
    assert.match(neither.stderr, /nothing\.ts: no such file, and not a model id/);
    assert.equal(missingKeyFile.code, EXIT_CODES.usage);
    assert.match(missingKeyFile.stderr, /--key-file absent\.txt: no such file/);
    for (const run of [noKey, wrongKey, unknownModel, badParam, broken]) assert.equal(run.stdout.length, 0);
  });

  it("exits with the same code as a local build for the same mistake", async () => {
    const local = await cli(["build", "box.ts", "--type", "stl", "-p", "p_lenght=3", "-o", "-"], { cwd: dir });
    assert.equal(local.code, EXIT_CODES.script);
    assert.match(local.stderr, /UNKNOWN_PARAM \[p_lenght\]/);
  });

  it("exits 6 naming the server when it cannot be reached, and 2 for a URL that is not one", async () => {
    const port = await closedPort();
    const [unreachable, notUrl] = await Promise.all([
      cli(["build", "box.ts", "--server", `http://127.0.0.1:${port}`, "--type", "stl"], { cwd: dir, env: { PARTFORGE_KEY: key } }),
      cli(["build", "box.ts", "--type", "stl"], { cwd: dir, env: { PARTFORGE_KEY: key, PARTFORGE_URL: "parts.example.org" } }),
    ]);
    assert.equal(unreachable.code, EXIT_CODES.unreachable);
    assert.match(unreachable.stderr, new RegExp(`^partforge: cannot reach http://127\\.0\\.0\\.1:${port}: ECONNREFUSED.*check --server \\(or PARTFORGE_URL\\)`));
    assert.equal(notUrl.code, EXIT_CODES.usage);
    assert.match(notUrl.stderr, /PARTFORGE_URL must be the service's http\(s\) URL/);
  });

  it("publishes a model, then a public revision, prints its id and page URL, and pulls its source", async () => {
    const pushed = await cli(["models", "push", "box.ts", "--server", server], { cwd: dir, env: { PARTFORGE_KEY: key } });
    assert.equal(pushed.code, EXIT_CODES.ok, pushed.stderr);
    const [id, pageUrl] = pushed.stdout.toString("utf8").trim().split(" ");
    assert.match(id!, /^[a-z0-9]{7,9}$/);
    assert.equal(pageUrl, `${server}/m/${id}`);
    assert.match(pushed.stderr, /^published "Test box": revision 1, private, 4 parameters\n$/);
    assert.equal((await fetch(pageUrl!)).status, 404, "private: not visible to anonymous visitors");

    await writeFile(join(dir, "box2.ts"), BOX_SCRIPT.replace("p_length", "p_len").replace("p_length.value", "p_len.value"));
    const revised = await cli(["models", "push", "box2.ts", "--id", id!, "--public", "--server", server], { cwd: dir, input: key });
    assert.equal(revised.code, EXIT_CODES.ok, revised.stderr);
    assert.equal(revised.stdout.toString("utf8"), `${id} ${pageUrl}\n`);
    assert.match(revised.stderr, /^revised "Test box": revision 2, public/);
    assert.equal((await fetch(pageUrl!)).status, 200, "public now");

    const [pulled, pulledToFile] = await Promise.all([
      cli(["models", "pull", id!], { env: { PARTFORGE_URL: server } }),
      cli(["models", "pull", id!, "-o", "pulled.ts", "--server", server], { cwd: dir, env: { PARTFORGE_KEY: key } }),
    ]);
    assert.equal(pulled.code, EXIT_CODES.ok, pulled.stderr);
    assert.equal(pulled.stdout.toString("utf8"), await readFile(join(dir, "box2.ts"), "utf8"));
    assert.equal(pulledToFile.code, EXIT_CODES.ok, pulledToFile.stderr);
    assert.equal(await readFile(join(dir, "pulled.ts"), "utf8"), await readFile(join(dir, "box2.ts"), "utf8"));
  });

  it("refuses to push without a key or over another account's model, and to pull a model that is not there", async () => {
    const [noKey, notOwner, unknown, privateModel, noServer, both] = await Promise.all([
      cli(["models", "push", "box.ts", "--server", server], { cwd: dir }),
      cli(["models", "push", "box.ts", "--id", modelId, "--server", server], { cwd: dir, env: { PARTFORGE_KEY: otherKey } }),
      cli(["models", "pull", "zzzzzzzz", "--server", server]),
      cli(["models", "pull", modelId, "--server", server]),
      cli(["models", "pull", modelId]),
      cli(["models", "push", "box.ts", "--public", "--private", "--server", server], { cwd: dir, env: { PARTFORGE_KEY: key } }),
    ]);
    assert.equal(noKey.code, EXIT_CODES.usage);
    assert.match(noKey.stderr, /no API key/);
    assert.equal(notOwner.code, EXIT_CODES.usage);
    assert.match(notOwner.stderr, new RegExp(`box\\.ts: NOT_FOUND \\[id\\]: no model "${modelId}" owned by this account`));
    assert.equal(unknown.code, EXIT_CODES.usage);
    assert.match(unknown.stderr, /^model zzzzzzzz: NOT_FOUND \[id\]/);
    assert.equal(privateModel.code, EXIT_CODES.usage, "a private model without its owner's key");
    assert.equal(noServer.code, EXIT_CODES.usage);
    assert.match(noServer.stderr, /models pull needs a server: --server URL or PARTFORGE_URL/);
    assert.equal(both.code, EXIT_CODES.usage);
    assert.match(both.stderr, /--public and --private contradict each other/);
  });
});
