/**
 * How a service node tells build workers to stop a job: a marker key (seen by a worker that takes
 * the job later) and a message on a channel (seen by the worker running it now).
 */
import { QUEUE_NAME } from "./protocol.ts";

export function cancelChannel(prefix: string): string {
  return `${prefix}:${QUEUE_NAME}:cancel`;
}

export function cancelMarker(prefix: string, id: string): string {
  return `${prefix}:${QUEUE_NAME}:cancelled:${id}`;
}
