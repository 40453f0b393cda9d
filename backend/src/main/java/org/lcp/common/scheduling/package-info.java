/**
 * Scheduled jobs, run once per cluster.
 *
 * <p>Quartz (quarkus-quartz) keeps its triggers in the application's PostgreSQL database (the
 * clustered JDBC job store, tables of migration V14); the replicas of a deployment form one cluster
 * and the one that takes Quartz's row lock fires a trigger, so a job runs once per cluster however
 * many replicas there are ({@code QuartzClusterTest} runs two schedulers on one database and
 * counts). A replica that dies mid-job leaves the trigger to another after the check-in interval.
 *
 * <p>The convention for a job:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class MetricsJobs {
 *   @Scheduled(identity = "metrics.reminders", cron = "{lcp.metrics.reminders-cron}",
 *       timeZone = "{lcp.scheduler.time-zone}",
 *       concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
 *       skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down
 *   void reminders() {
 *     reminders.run(Instant.now()); // all the work, in the service: tests call it with any instant
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code identity}: stable and unique ({@code package.job}): it is the trigger's name in the
 *       job store, shared by the replicas;
 *   <li>the schedule comes from configuration ({@code lcp.package.job-cron} in
 *       application.properties, with an environment override);
 *   <li>the method does nothing but call a service method with the current instant (or date); the
 *       service is idempotent: it records what it did (a notification's dedup key, a row per
 *       period) so that a run again after a crash, or late after a misfire, does nothing twice.
 * </ul>
 *
 * <p>In the ordinary test profile the scheduler is off ({@code quarkus.scheduler.enabled=false}):
 * tests call the services with the instant they need.
 */
package org.lcp.common.scheduling;
