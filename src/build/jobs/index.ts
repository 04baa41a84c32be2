/** Asynchronous builds: the job runner contract and its in-process implementation (the Redis one is queue mode's, in `../queue`). */
export {
  JOB_STATUSES,
  JOB_PROGRESS,
  INTERNAL_JOB_ERROR,
  isFinalStatus,
  finalChange,
  jobLimitError,
  runningProgress,
  type JobStatus,
  type JobState,
  type JobProgress,
  type JobTimings,
  type JobSubmission,
  type JobRecord,
  type JobRunner,
  type JobRunnerLimits,
  type JobHooks,
} from "./jobRunner.ts";
export { InProcessJobRunner, type InProcessJobRunnerOptions } from "./inProcessJobRunner.ts";
export { type BatchConfiguration, type BatchRequest } from "./jobRequest.ts";
