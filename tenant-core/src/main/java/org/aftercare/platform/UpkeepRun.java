package org.aftercare.platform;

/**
 * One clinic's run of one upkeep job (the job by its name in the log, e.g. {@code "session
 * reminders"}) and whether it finished: what the portal's metrics count as timer runs and failures.
 */
public record UpkeepRun(String job, boolean succeeded) {}
