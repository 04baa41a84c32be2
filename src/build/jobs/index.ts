/** Asynchronous builds: the job runner contract and its in-process implementation. */
export { JOB_STATUSES, isFinalStatus, type JobStatus, type JobState, type JobProgress, type JobTimings, type JobSubmission, type JobRecord, type JobRunner } from "./jobRunner.ts";
export { InProcessJobRunner, type InProcessJobRunnerOptions, type JobExecutor, type JobHooks } from "./inProcessJobRunner.ts";
export { isBatchRequest, type BatchConfiguration, type BatchRequest, type JobRequest } from "./jobRequest.ts";
