/**
 * Reads `/metrics` answers: the families (name, HELP, TYPE) with an independent parser of the
 * Prometheus text format (`parse-prometheus-text-format`, which also throws on a malformed line),
 * and the samples line by line — that parser merges a histogram's label sets into one, so it
 * cannot tell `{type="stl",outcome="built"}` from `{type="step",…}`.
 */
import parsePrometheusTextFormat from "parse-prometheus-text-format";

interface ParsedFamily {
  name: string;
  help: string;
  type: string;
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Scrape {
  families: Map<string, ParsedFamily>;
  /** The value of a sample named `name` with exactly these labels; undefined when absent. */
  value(name: string, labels?: Record<string, string>): number | undefined;
  /** The observation count of histogram `name` with exactly these labels; 0 when absent. */
  count(name: string, labels?: Record<string, string>): number;
  /** The sum of histogram `name` with exactly these labels; 0 when absent. */
  sum(name: string, labels?: Record<string, string>): number;
  /** The labels of every sample named `name`. */
  labelsOf(name: string): Array<Record<string, string>>;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?/gy;

function parseLabels(text: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  if (text === undefined || text === "") return labels;
  LABEL.lastIndex = 0;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = LABEL.exec(text)) !== null) {
    labels[match[1]!] = match[2]!.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
    end = LABEL.lastIndex;
  }
  if (end !== text.length) throw new Error(`malformed labels: {${text}}`);
  return labels;
}

function samplesOf(text: string): Sample[] {
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const match = SAMPLE.exec(line);
      if (match === null) throw new Error(`malformed sample line: ${line}`);
      return { name: match[1]!, labels: parseLabels(match[2]), value: Number(match[3]!.replace("+Inf", "Infinity")) };
    });
}

const sameLabels = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([key, value]) => a[key] === value);

export function parseMetrics(text: string): Scrape {
  const families = new Map((parsePrometheusTextFormat(text) as ParsedFamily[]).map((family) => [family.name, family]));
  const samples = samplesOf(text);
  for (const family of families.values()) {
    if (family.help === "" || family.type === "UNTYPED") throw new Error(`metric ${family.name} has no HELP or TYPE`);
  }
  const value = (name: string, labels: Record<string, string> = {}) => samples.find((sample) => sample.name === name && sameLabels(sample.labels, labels))?.value;
  return {
    families,
    value,
    count: (name, labels) => value(`${name}_count`, labels) ?? 0,
    sum: (name, labels) => value(`${name}_sum`, labels) ?? 0,
    labelsOf: (name) => samples.filter((sample) => sample.name === name).map((sample) => sample.labels),
  };
}
