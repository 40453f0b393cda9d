package org.lcp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lcp.support.Db;

/**
 * Replicas started together on an empty database: each start-up task that writes runs once,
 * whichever replica wins, and no replica fails to start. Two threads stand in for two replicas:
 * each runs the task in its own transaction on its own connection, as a replica would. Without the
 * advisory lock both find the database empty and load, and one of them fails on a unique name (or
 * the demo is there twice).
 */
@QuarkusTest
@TestProfile(ReplicaStartupTest.EmptyDatabase.class)
class ReplicaStartupTest {

  /** Its own profile: the application restarts on a freshly cleaned database, demo data off. */
  public static class EmptyDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("lcp.demo-data.enabled", "false");
    }
  }

  @Inject DemoData demo;
  @Inject ScheduleDemoData schedule;

  @Test
  void twoReplicasStartingTogetherLoadTheDemoOnceAndBothStart() throws Exception {
    assertThat(Db.count("select count(*) from organization")).isZero();

    together(demo::loadOnce);

    assertThat(
            Db.count("select count(*) from organization where name = 'Riverside Family Services'"))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from collaborative where title = '" + ScheduleDemoData.CPP + "'"))
        .isEqualTo(1);

    together(schedule::loadOnce);

    assertThat(
            Db.count(
                "select count(*) from call_series where topic = '"
                    + ScheduleDemoData.SERIES_TOPIC
                    + "'"))
        .isEqualTo(1);
  }

  /** Runs the task in two threads released at the same instant; rethrows what either threw. */
  private static void together(Runnable task) throws Exception {
    int replicas = 2;
    CyclicBarrier start = new CyclicBarrier(replicas);
    ExecutorService pool = Executors.newFixedThreadPool(replicas);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < replicas; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  task.run();
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
