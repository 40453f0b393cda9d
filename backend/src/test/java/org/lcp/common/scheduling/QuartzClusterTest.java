package org.lcp.common.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.lcp.support.Db;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;

/**
 * Two replicas, one database: two Quartz schedulers of one cluster (the clustered JDBC job store on
 * the tables of V14, as the API configures it) run the same triggers, and every firing runs once,
 * on one of them.
 */
@QuarkusTest
class QuartzClusterTest {

  static final String CLUSTER = "lcp-cluster-test";

  /** Executions per trigger, and which instance ran them (both schedulers live in this JVM). */
  static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

  static final Set<String> INSTANCES = ConcurrentHashMap.newKeySet();

  /** A job that counts its executions and takes a moment, so that firings could overlap. */
  public static class CountingJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      RUNS.computeIfAbsent(context.getTrigger().getKey().getName(), k -> new AtomicInteger())
          .incrementAndGet();
      try {
        INSTANCES.add(context.getScheduler().getSchedulerInstanceId());
        Thread.sleep(100);
      } catch (SchedulerException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Quartz's connections: plain JDBC to the test database (Quartz commits itself, JobStoreTX). */
  public static class Connections implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      var config = ConfigProvider.getConfig();
      return DriverManager.getConnection(
          config.getValue("quarkus.datasource.jdbc.url", String.class),
          config.getValue("quarkus.datasource.username", String.class),
          config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }

  static Scheduler replica(String instanceId) throws SchedulerException {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", CLUSTER);
    p.setProperty("org.quartz.scheduler.instanceId", instanceId);
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", "4");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty("org.quartz.jobStore.dataSource", "db");
    p.setProperty("org.quartz.dataSource.db.connectionProvider.class", Connections.class.getName());
    Scheduler s = new StdSchedulerFactory(p).getScheduler();
    // the factory keeps schedulers by name in one JVM; a second replica needs its own instance
    SchedulerRepository.getInstance().remove(CLUSTER);
    return s;
  }

  @Test
  void twoReplicasOnOneDatabaseRunEachFiringExactlyOnce() throws Exception {
    Scheduler a = replica("replica-a");
    Scheduler b = replica("replica-b");
    try {
      a.clear(); // nothing left from an earlier run
      Date start = new Date(System.currentTimeMillis() + 2_000);
      int oneShots = 12;
      for (int i = 0; i < oneShots; i++) {
        (i % 2 == 0 ? a : b)
            .scheduleJob(
                JobBuilder.newJob(CountingJob.class).withIdentity("once-" + i).build(),
                TriggerBuilder.newTrigger().withIdentity("once-" + i).startAt(start).build());
      }
      // a repeating job, as @Scheduled(every = ...) makes: 5 firings, a second apart
      a.scheduleJob(
          JobBuilder.newJob(CountingJob.class).withIdentity("every-second").build(),
          TriggerBuilder.newTrigger()
              .withIdentity("every-second")
              .startAt(start)
              .withSchedule(
                  SimpleScheduleBuilder.simpleSchedule()
                      .withIntervalInMilliseconds(1_000)
                      .withRepeatCount(4))
              .build());
      a.start();
      b.start();

      long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
      while (total() < oneShots + 5 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(
              Db.count(
                  "select count(*) from qrtz_scheduler_state where sched_name = '"
                      + CLUSTER
                      + "' and instance_name in ('replica-a', 'replica-b')"))
          .as("both replicas checked in to the cluster")
          .isEqualTo(2);
      Thread.sleep(3_000); // time for a second execution, were there one
      for (int i = 0; i < oneShots; i++) {
        assertThat(RUNS.get("once-" + i)).as("once-%d", i).hasValue(1);
      }
      assertThat(RUNS.get("every-second")).hasValue(5);
      assertThat(total()).isEqualTo(oneShots + 5);
      System.out.printf("cluster test: executions per replica seen: %s%n", INSTANCES);
    } finally {
      a.clear();
      a.shutdown(true);
      b.shutdown(true);
    }
  }

  static int total() {
    return RUNS.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
