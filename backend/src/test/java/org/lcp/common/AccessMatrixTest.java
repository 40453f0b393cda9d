package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lcp.common.MatrixOperations.Op;
import org.lcp.common.MatrixOperations.Request;
import org.lcp.common.MatrixWorld.Spec;
import org.lcp.support.Api;

/**
 * Who may call what, for every operation of openapi.yaml: each operation's {@code x-access} line
 * says the exact status each kind of caller gets for a valid request (see the contract's
 * introduction for the callers), and this test asks, one dynamic test per operation and caller
 * (e.g. {@code updateCollaborative as faculty -> 403}). An operation without an access line, or
 * without a request here, fails the first test, so nobody adds an operation without saying who may
 * call it.
 *
 * <p>Every exchange goes through the contract validator (strictly for callers with a token and for
 * the token-less feeds; the answer only for {@code anonymous}, whose request lacks the token the
 * contract asks for). Each write runs in a world of its own ({@link MatrixWorld}, written with SQL
 * in one round trip), so no case sees another's effects; reads share one world per kind of world. A
 * successful answer to an outsider, to the member of the other organisation or to its data system
 * must not mention anything of the owning organisation (its ids, name, people, team, calls...).
 *
 * <p>The {@code closed} column is what the first of lead, admin, member and faculty whose cell is a
 * success gets when the world collaborative is CLOSED: 409 for every write ("a CLOSED collaborative
 * is read-only for every feature"), the 2xx for reads. Phase transitions are the exception: they
 * are how a collaborative leaves CLOSED, when an admin reopens it (moves it back to an earlier
 * phase, with a reason; PhaseTransitionMatrixTest asks that). The table's closed value for {@code
 * transitionPhase} is the lead's answer, 409: in the CLOSED world the same request (to SUSTAINING)
 * is a move back, which lead faculty may not make.
 *
 * <p>Run it alone: {@code cd backend && mvn test -Dtest=AccessMatrixTest} (it takes the test
 * database from {@code LCP_TEST_DB_URL} like every API test).
 */
@QuarkusTest
class AccessMatrixTest {

  static final OpenAPI CONTRACT = new OpenAPIV3Parser().read(Api.CONTRACT);
  static final String ACCESS = "x-access";
  static final String CLOSED = "closed";
  static final String NONE = "-";

  /** Whose answer the closed column is, in this order of preference. */
  static final List<String> CLOSED_CALLERS = List.of("lead", "admin", "member", "faculty");

  /** Callers who must never see the owning organisation's data. */
  static final Set<String> STRANGERS = Set.of("outsider", "otherMember", "otherDataSystem");

  static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** One operation of the contract, with its access line (null when it has none). */
  record Operation(
      String id, String method, String path, Map<String, Object> access, boolean open) {

    boolean write() {
      return !method.equals("GET");
    }

    int expected(String column) {
      return ((Number) access.get(column)).intValue();
    }
  }

  private final Map<Spec, MatrixWorld> readWorlds = new HashMap<>();
  private static long started;
  private static int cases;

  @SuppressWarnings("unchecked")
  static List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    CONTRACT
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          Object access =
                              op.getExtensions() == null ? null : op.getExtensions().get(ACCESS);
                          ops.add(
                              new Operation(
                                  op.getOperationId(),
                                  method.name(),
                                  path,
                                  access instanceof Map<?, ?> m ? (Map<String, Object>) m : null,
                                  op.getSecurity() != null && op.getSecurity().isEmpty()));
                        }));
    return ops;
  }

  @TestFactory
  Stream<DynamicNode> everyCallerOfEveryOperation() {
    started = System.nanoTime();
    List<Operation> ops = operations();
    DynamicTest complete =
        dynamicTest(
            "every operation has an x-access row and a request, and nothing else does",
            () -> assertThat(problems(ops)).as("access matrix problems").isEmpty());
    Stream<DynamicNode> matrix =
        ops.stream()
            .filter(op -> rowProblems(op).isEmpty() && MatrixOperations.all().containsKey(op.id()))
            .map(op -> dynamicContainer(op.id(), cases(op)));
    return Stream.concat(Stream.of(complete), matrix);
  }

  @AfterAll
  static void timing() {
    System.out.printf(
        "access matrix: %d cases in %.1f s%n", cases, (System.nanoTime() - started) / 1e9);
  }

  // ---- the table itself -------------------------------------------------------------------------

  static List<String> problems(List<Operation> ops) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (Operation op : ops) {
      ids.add(op.id());
      problems.addAll(rowProblems(op));
      if (!MatrixOperations.all().containsKey(op.id())) {
        problems.add(op.id() + ": no request in MatrixOperations");
      }
    }
    for (String id : MatrixOperations.all().keySet()) {
      if (!ids.contains(id)) {
        problems.add(
            id + ": a request in MatrixOperations for an operation the contract does not have");
      }
    }
    return problems;
  }

  static List<String> rowProblems(Operation op) {
    if (op.access() == null) {
      return List.of(op.id() + ": no " + ACCESS + " line");
    }
    List<String> problems = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>(MatrixWorld.ROLES);
    columns.add(CLOSED);
    if (!op.access().keySet().equals(columns)) {
      problems.add(op.id() + ": " + ACCESS + " names " + op.access().keySet() + ", not " + columns);
      return problems;
    }
    for (String role : MatrixWorld.ROLES) {
      if (!(op.access().get(role) instanceof Number n)
          || n.intValue() < 200
          || n.intValue() > 599) {
        problems.add(op.id() + ": " + role + " is " + op.access().get(role) + ", not a status");
      }
    }
    Object closed = op.access().get(CLOSED);
    if (!NONE.equals(closed) && !(closed instanceof Number)) {
      problems.add(op.id() + ": closed is " + closed + ", neither a status nor '-'");
    }
    if (problems.isEmpty() && !NONE.equals(closed) && closedCaller(op) == null) {
      problems.add(
          op.id() + ": closed is " + closed + " but none of " + CLOSED_CALLERS + " succeeds");
    }
    return problems;
  }

  static String closedCaller(Operation op) {
    return CLOSED_CALLERS.stream().filter(r -> op.expected(r) / 100 == 2).findFirst().orElse(null);
  }

  // ---- the cases --------------------------------------------------------------------------------

  Stream<DynamicTest> cases(Operation op) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String role : MatrixWorld.ROLES) {
      int expected = op.expected(role);
      tests.add(
          dynamicTest(
              op.id() + " as " + role + " -> " + expected, () -> run(op, role, expected, false)));
    }
    if (!NONE.equals(op.access().get(CLOSED))) {
      String role = closedCaller(op);
      int expected = op.expected(CLOSED);
      tests.add(
          dynamicTest(
              op.id() + " as " + role + " in a CLOSED collaborative -> " + expected,
              () -> run(op, role, expected, true)));
    }
    return tests.stream();
  }

  private void run(Operation op, String role, int expected, boolean closed) {
    cases++;
    Op builder = MatrixOperations.all().get(op.id());
    Spec spec = closed ? builder.world().closed() : builder.world();
    MatrixWorld w =
        op.write() ? MatrixWorld.build(spec) : readWorlds.computeIfAbsent(spec, MatrixWorld::build);
    Request r = builder.request().apply(w);
    String path = resolve(op, r, role, w);

    RequestSpecification s = caller(op, role, w);
    if (r.multipart != null) {
      // the contract validator reads no multipart body: only the answer is validated
      String token = w.token(role);
      s =
          (token == null ? Api.anonymous() : Api.badInput(token))
              .contentType("multipart/form-data");
      for (var part : r.multipart.entrySet()) {
        if (part.getValue() instanceof MatrixOperations.FilePart f) {
          s.multiPart(part.getKey(), f.fileName(), f.bytes(), f.contentType());
        } else {
          s.multiPart(part.getKey(), part.getValue().toString());
        }
      }
    }
    r.query.forEach(s::queryParam);
    if (r.contentType != null) {
      s.contentType(r.contentType);
    }
    if (r.body != null) {
      s.body(r.body);
    }
    if (r.etagFrom != null) {
      s.header("If-Match", etag(w, r));
    }
    if (r.ifMatch != null) {
      s.header("If-Match", r.ifMatch);
    }
    String what =
        op.id()
            + " as "
            + role
            + (closed ? " in a CLOSED collaborative" : "")
            + ": "
            + op.method()
            + " "
            + path
            + (r.query.isEmpty() ? "" : " " + r.query);
    Response response;
    try {
      response = s.request(op.method(), path);
    } catch (OpenApiValidationException e) {
      throw new AssertionError(
          what + " -> an exchange the contract does not describe: " + e.getMessage(), e);
    }
    int actual = response.statusCode();
    if (expected / 100 == 2 && MatrixOperations.NEED_IDENTITY_ADMIN.contains(op.id())) {
      // identity administration is off in this profile: the authorised caller is told so
      assertThat(actual)
          .as(
              "%s -> expected 409 (identity administration off), got %d: %s",
              what, actual, response.asString())
          .isEqualTo(409);
      assertThat(response.<String>path("type")).isEqualTo("/problems/identity-admin-off");
      return;
    }
    assertThat(actual)
        .as("%s -> expected %d, got %d: %s", what, expected, actual, response.asString())
        .isEqualTo(expected);
    if (STRANGERS.contains(role) && actual / 100 == 2) {
      String body = response.asString();
      assertThat(w.secrets())
          .as("%s -> %d mentions the owning organisation's data: %s", what, actual, body)
          .noneMatch(body::contains);
    }
  }

  /**
   * The path with its parameters filled in; the caller's own feed token where the request asks for
   * it.
   */
  private static String resolve(Operation op, Request r, String role, MatrixWorld w) {
    Matcher m = PATH_PARAMETER.matcher(op.path());
    StringBuilder b = new StringBuilder();
    Set<String> used = new TreeSet<>();
    while (m.find()) {
      String name = m.group(1);
      Object value = r.path.get(name);
      assertThat(value).as("%s: the request gives no path parameter %s", op.id(), name).isNotNull();
      if (value == MatrixOperations.OWN_FEED_TOKEN) {
        // people use their own link; data systems have none and anonymous knows none: an unknown
        // token
        value = w.feedTokens.getOrDefault(role, UUID.randomUUID().toString());
      }
      used.add(name);
      m.appendReplacement(b, Matcher.quoteReplacement(value.toString()));
    }
    m.appendTail(b);
    assertThat(r.path.keySet()).as("%s: path parameters of the request", op.id()).isEqualTo(used);
    return b.toString();
  }

  private static RequestSpecification caller(Operation op, String role, MatrixWorld w) {
    if (op.open()) {
      return Api.open(); // a feed: nobody sends a bearer token, the link's token says whose it is
    }
    String token = w.token(role);
    return token == null ? Api.anonymous() : Api.as(token);
  }

  /** The current ETag of what the request changes, as its world's admin reads it. */
  private static String etag(MatrixWorld w, Request r) {
    var read = Api.as(w.admin).get(r.etagFrom).then().statusCode(200).extract();
    String etag = r.etagPath == null ? read.header("ETag") : read.path(r.etagPath);
    assertThat(etag).as("the ETag of %s", r.etagFrom).isNotBlank();
    return etag;
  }
}
