package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.common.AccessMatrixTest.Operation;

/**
 * The guard of {@link AccessMatrixTest} without a server: it reads every operation of the contract,
 * and it refuses an operation without an access line, a line with a missing, unknown or malformed
 * column, a closed status nobody could be asked for, and requests for operations that do not exist.
 */
class AccessMatrixTableTest {

  static Map<String, Object> row(Object... statuses) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < MatrixWorld.ROLES.size(); i++) {
      row.put(MatrixWorld.ROLES.get(i), statuses[i]);
    }
    row.put("closed", statuses[MatrixWorld.ROLES.size()]);
    return row;
  }

  static Operation op(String id, Map<String, Object> access) {
    return new Operation(id, "GET", "/api/x", access, false);
  }

  @Test
  void everyOperationOfTheContractIsInTheTable() {
    List<Operation> ops = AccessMatrixTest.operations();
    assertThat(ops).hasSize(MatrixOperations.all().size()).hasSizeGreaterThanOrEqualTo(98);
    assertThat(AccessMatrixTest.problems(ops)).isEmpty();
  }

  @Test
  void aMissingOrMalformedRowIsNamed() {
    assertThat(AccessMatrixTest.rowProblems(op("a", null))).containsExactly("a: no x-access line");

    Map<String, Object> missing = row(200, 200, 200, 200, 200, 200, 403, 403, 401, "-");
    missing.remove("otherMember");
    assertThat(AccessMatrixTest.rowProblems(op("b", missing)))
        .singleElement()
        .asString()
        .startsWith("b: x-access names");

    Map<String, Object> unknown = row(200, 200, 200, 200, 200, 200, 403, 403, 401, "-");
    unknown.put("reviewer", 200);
    assertThat(AccessMatrixTest.rowProblems(op("c", unknown)))
        .singleElement()
        .asString()
        .startsWith("c: x-access names");

    assertThat(
            AccessMatrixTest.rowProblems(
                op("d", row(200, "ok", 200, 200, 200, 200, 403, 403, 99, "-"))))
        .containsExactly("d: lead is ok, not a status", "d: anonymous is 99, not a status");
    assertThat(
            AccessMatrixTest.rowProblems(
                op("e", row(200, 200, 200, 200, 200, 200, 403, 403, 401, "n/a"))))
        .containsExactly("e: closed is n/a, neither a status nor '-'");
    assertThat(
            AccessMatrixTest.rowProblems(
                op("f", row(403, 403, 403, 404, 404, 404, 200, 403, 401, 409))))
        .containsExactly("f: closed is 409 but none of [lead, admin, member, faculty] succeeds");
    assertThat(
            AccessMatrixTest.rowProblems(
                op("g", row(403, 403, 200, 404, 404, 404, 403, 403, 401, 409))))
        .isEmpty();
  }

  @Test
  void theClosedCaseAsksTheFirstWhoSucceeds() {
    assertThat(
            AccessMatrixTest.closedCaller(
                op("a", row(200, 200, 200, 404, 200, 404, 403, 403, 401, 409))))
        .isEqualTo("lead");
    assertThat(
            AccessMatrixTest.closedCaller(
                op("b", row(201, 403, 403, 404, 201, 403, 403, 403, 401, 409))))
        .isEqualTo("admin");
    assertThat(
            AccessMatrixTest.closedCaller(
                op("c", row(403, 404, 404, 404, 200, 404, 403, 403, 401, 409))))
        .isEqualTo("member");
    assertThat(
            AccessMatrixTest.closedCaller(
                op("d", row(403, 403, 200, 404, 404, 404, 403, 403, 401, 409))))
        .isEqualTo("faculty");
  }

  @Test
  void anOperationWithoutARequestAndARequestWithoutAnOperationAreNamed() {
    List<Operation> ops = new ArrayList<>(AccessMatrixTest.operations());
    Operation removed = ops.remove(0);
    ops.add(op("brandNewOperation", row(200, 200, 200, 200, 200, 200, 403, 403, 401, "-")));
    assertThat(AccessMatrixTest.problems(ops))
        .containsExactlyInAnyOrder(
            "brandNewOperation: no request in MatrixOperations",
            removed.id()
                + ": a request in MatrixOperations for an operation the contract does not have");
  }
}
