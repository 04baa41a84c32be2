/** Parsing `partforge` command lines; every mistake is a USAGE error that says how to fix it. */
import { parseArgs } from "node:util";
import { PartforgeError } from "../shared/errors.ts";

export const USAGE = `Usage:
  partforge build <model.ts|model.js> --type stl|step [-p name=value]... [--preset NAME]
                  [--tolerance T] [--angular-tolerance A] [--ascii] [-o FILE|-]
  partforge describe <model.ts|model.js>
  partforge help

Exit codes: 0 success, 1 internal error, 2 usage error, 3 script or parameter error,
4 geometry kernel error, 5 time or size limit.`;

export interface BuildCommand {
  command: "build";
  file: string;
  type: string;
  values: Record<string, string>;
  preset: string | undefined;
  tolerance: number | undefined;
  angularTolerance: number | undefined;
  ascii: boolean;
  output: string | undefined;
}

export interface DescribeCommand {
  command: "describe";
  file: string;
}

export interface HelpCommand {
  command: "help";
}

export type Command = BuildCommand | DescribeCommand | HelpCommand;

function usage(message: string): PartforgeError {
  return new PartforgeError("USAGE", `${message}\n\n${USAGE}`);
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) throw usage(`--${name} must be a number; got "${value}"`);
  return number;
}

function parseValues(pairs: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf("=");
    if (equals <= 0) throw usage(`-p expects name=value; got "${pair}"`);
    const name = pair.slice(0, equals);
    if (Object.hasOwn(values, name)) throw usage(`parameter "${name}" is given twice`);
    values[name] = pair.slice(equals + 1);
  }
  return values;
}

function singleFile(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw usage(`${command}: missing the model file`);
  if (positionals.length > 1) throw usage(`${command}: expected one model file; got ${positionals.join(", ")}`);
  return positionals[0]!;
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") return { command: "help" };
  if (command === "describe") {
    const { positionals } = parseStrict(rest, {});
    return { command: "describe", file: singleFile("describe", positionals) };
  }
  if (command === "build") {
    const { values, positionals } = parseStrict(rest, {
      type: { type: "string", short: "t" },
      param: { type: "string", short: "p", multiple: true },
      preset: { type: "string" },
      tolerance: { type: "string" },
      "angular-tolerance": { type: "string" },
      ascii: { type: "boolean" },
      output: { type: "string", short: "o" },
    });
    const type = values.type as string | undefined;
    if (type === undefined) throw usage("build: --type is required (stl or step)");
    return {
      command: "build",
      file: singleFile("build", positionals),
      type,
      values: parseValues((values.param as string[] | undefined) ?? []),
      preset: values.preset as string | undefined,
      tolerance: numberOption("tolerance", values.tolerance as string | undefined),
      angularTolerance: numberOption("angular-tolerance", values["angular-tolerance"] as string | undefined),
      ascii: (values.ascii as boolean | undefined) ?? false,
      output: values.output as string | undefined,
    };
  }
  throw usage(`unknown command "${command}"`);
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

function parseStrict(args: readonly string[], options: OptionSpec): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as { values: Record<string, unknown>; positionals: string[] };
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
}
