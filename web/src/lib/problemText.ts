/**
 * Problems as people read them: a sentence saying what happened and what to do, with the HTTP
 * status and error code kept in a "Details" disclosure for whoever needs them (support, API users).
 */
import type { Problem } from "./api.ts";
import { h } from "./dom.ts";

function capitalised(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

function sentence(text: string): string {
  const trimmed = capitalised(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function retryAfter(problem: Problem): string {
  const seconds = typeof problem.retryAfterSeconds === "number" ? Math.ceil(problem.retryAfterSeconds) : undefined;
  return seconds === undefined ? "in a moment" : `in ${seconds} s`;
}

/** Where in the script, for script errors: "line 3, column 7". */
export function scriptPlace(problem: Problem): string | undefined {
  if (problem.line === undefined) return undefined;
  return `line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ""}`;
}

/** One or two sentences for a person: no status codes, no error codes. */
export function problemSentence(problem: Problem): string {
  switch (problem.code) {
    case "NETWORK":
      return "The service did not answer. Check your connection and try again.";
    case "COMPUTE_LIMITED":
      return `You have used this minute's build time. Try again ${retryAfter(problem)}.`;
    case "RATE_LIMITED":
      return `Too many requests at once. Try again ${retryAfter(problem)}.`;
    case "BUSY":
      return `The build service is busy. Try again ${retryAfter(problem)}.`;
    case "TIMEOUT":
      return "The build took longer than the time limit. Try smaller values or a simpler configuration.";
    case "QUOTA_EXCEEDED":
      return "You have no downloads left this month. Previews stay free; downloads return next month or with the enterprise plan.";
    case "NOT_AUTHENTICATED":
      return "Log in first.";
    case "ACCESS_DENIED":
      return sentence(problem.detail);
    case "MESH_LIMIT":
      return sentence(problem.detail);
    case "INTERNAL":
    case "STORE_UNAVAILABLE":
      return "Something went wrong on our side. Try again; if it keeps happening, quote the details below.";
    default: {
      const place = scriptPlace(problem);
      if (problem.status >= 500 && place !== undefined) return `The script failed at ${place}: ${sentence(problem.detail)}`;
      if (problem.status >= 500) return `The script failed: ${sentence(problem.detail)}`;
      return sentence(problem.detail);
    }
  }
}

/** A closed "Details" disclosure with the status, the code and the service's own words. */
export function problemDetails(problem: Problem): HTMLDetailsElement {
  const facts: [string, string][] = [
    ["HTTP status", problem.status === 0 ? "no answer" : String(problem.status)],
    ["Error code", problem.code],
    ...(problem.title ? ([["Title", problem.title]] as [string, string][]) : []),
    ["Message", problem.detail],
    ...(typeof problem.requestId === "string" ? ([["Request id", problem.requestId]] as [string, string][]) : []),
  ];
  return h(
    "details",
    { class: "problem-details" },
    h("summary", {}, "Details"),
    h("dl", {}, ...facts.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
  );
}
