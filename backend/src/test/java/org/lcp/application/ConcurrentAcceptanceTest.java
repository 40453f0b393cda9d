package org.lcp.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.lcp.support.Api;
import org.lcp.support.Db;

/** With one place left, two acceptances racing end with exactly one team accepted. */
@QuarkusTest
class ConcurrentAcceptanceTest {

  @RepeatedTest(5)
  void twoAcceptancesRaceForTheLastPlace() throws Exception {
    var f = new ApplicationFixtures(1);
    List<String> ids = List.of(f.reviewed(f.applicant()), f.reviewed(f.applicant()));
    List<String> etags = ids.stream().map(id -> ApplicationFixtures.etag(f.lead, id)).toList();
    String token = f.lead.token();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String id = ids.get(i);
      String etag = etags.get(i);
      results.add(
          pool.submit(
              () -> {
                go.await();
                return Api.as(token)
                    .header("If-Match", etag)
                    .body(Map.of("decision", "ACCEPTED", "message", "Welcome"))
                    .post("/api/applications/{id}/decision", id)
                    .then()
                    .extract()
                    .statusCode();
              }));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> r : results) {
      statuses.add(r.get());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(
            Db.count(
                "select count(*) from application where collaborative_id = '"
                    + f.collaborative
                    + "' and status = 'ACCEPTED'"))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from team where collaborative_id = '" + f.collaborative + "'"))
        .isEqualTo(1);
  }
}
