package org.lcp.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;

/**
 * The contract and the code agree: every operation in openapi.yaml is served, every JAX-RS route
 * the application serves is in openapi.yaml, and every operation refuses an anonymous caller except
 * those the contract opens with {@code security: []} (calendar feeds), which answer without a
 * token.
 */
@QuarkusTest
class ContractCoverageTest {

  @io.quarkus.test.common.http.TestHTTPResource(value = "metrics", management = true)
  java.net.URL metrics;

  static final OpenAPI CONTRACT = new OpenAPIV3Parser().read(Api.CONTRACT);
  static final Map<Class<? extends Annotation>, String> METHODS =
      Map.of(
          GET.class,
          "GET",
          POST.class,
          "POST",
          PUT.class,
          "PUT",
          DELETE.class,
          "DELETE",
          PATCH.class,
          "PATCH",
          HEAD.class,
          "HEAD",
          OPTIONS.class,
          "OPTIONS");

  static Set<String> contractOperations() {
    Set<String> ops = new TreeSet<>();
    CONTRACT
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> ops.add(method.name() + " " + path)));
    return ops;
  }

  /** Every route of every JAX-RS resource bean, from its own annotations and its interfaces'. */
  static Set<String> servedRoutes() {
    Set<String> routes = new TreeSet<>();
    for (Bean<?> bean :
        Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      if (!type.getName().startsWith("org.lcp")) {
        continue;
      }
      List<Class<?>> hierarchy = new ArrayList<>();
      hierarchy.add(type);
      hierarchy.addAll(List.of(type.getInterfaces()));
      for (Class<?> declaring : hierarchy) {
        Path root = declaring.getAnnotation(Path.class);
        if (root == null) {
          continue;
        }
        for (Method m : declaring.getMethods()) {
          for (var e : METHODS.entrySet()) {
            if (m.isAnnotationPresent(e.getKey())) {
              Path sub = m.getAnnotation(Path.class);
              routes.add(
                  e.getValue()
                      + " "
                      + normalize(root.value() + (sub == null ? "" : "/" + sub.value())));
            }
          }
        }
      }
    }
    return routes;
  }

  static String normalize(String path) {
    String p = path.replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  @Test
  void everyContractOperationIsServedAndEveryServedRouteIsInTheContract() {
    Set<String> contract = contractOperations();
    Set<String> served = servedRoutes();
    assertThat(contract).as("operations in openapi.yaml").hasSizeGreaterThan(25);
    Set<String> missing = new TreeSet<>(contract);
    missing.removeAll(served);
    Set<String> undocumented = new TreeSet<>(served);
    undocumented.removeAll(contract);
    assertThat(missing).as("operations in openapi.yaml that no resource implements").isEmpty();
    assertThat(undocumented).as("routes served but missing from openapi.yaml").isEmpty();
  }

  /**
   * Operations the contract opens to callers without a bearer token (`security: []`): the calendar
   * feeds.
   */
  static Set<String> openOperations() {
    Set<String> ops = new TreeSet<>();
    CONTRACT
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          if (op.getSecurity() != null && op.getSecurity().isEmpty()) {
                            ops.add(method.name() + " " + path);
                          }
                        }));
    return ops;
  }

  @Test
  void everyOperationRefusesAnAnonymousCallerWithAProblem() {
    Set<String> open = openOperations();
    for (String op : contractOperations()) {
      if (open.contains(op)) {
        continue;
      }
      String method = op.substring(0, op.indexOf(' '));
      String path =
          op.substring(op.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
      var spec = Api.anonymous();
      if (method.equals("POST") || method.equals("PUT")) {
        spec = spec.body("{}");
      }
      spec.request(method, path)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", equalTo("Bearer"))
          .body("status", equalTo(401));
    }
  }

  @Test
  void operationsOpenWithoutATokenAnswerWithoutOne() {
    Set<String> open = openOperations();
    assertThat(open)
        .as("operations with security: []")
        .isNotEmpty()
        .allSatisfy(
            op ->
                assertThat(op)
                    .matches("GET /api/calendar-feeds/.*|(GET|POST) /api/unsubscribe/.*"));
    for (String op : open) {
      String method = op.substring(0, op.indexOf(' '));
      // an unknown feed token (a UUID fits its pattern) is not refused as unauthenticated: it does
      // not exist; an unsubscribe token that is not signed is invalid input (400)
      String path =
          op.substring(op.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
      boolean unsubscribe = path.startsWith("/api/unsubscribe/");
      var spec = Api.anonymous();
      if (method.equals("POST")) {
        spec =
            spec.contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click");
      }
      spec.request(method, path)
          .then()
          .statusCode(unsubscribe ? 400 : 404)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue())
          .body("status", equalTo(unsubscribe ? 400 : 404));
    }
  }

  @Test
  void theContractValidatorIsReallyOn() {
    // an exchange the contract does not describe fails the test that makes it
    var strict = new OpenApiValidationFilter(Api.CONTRACT);
    assertThatThrownBy(() -> given().filter(strict).get("/q/health/ready"))
        .isInstanceOf(OpenApiValidationFilter.OpenApiValidationException.class);
  }

  @Test
  void theServedContractIsTheFileAsWritten() throws Exception {
    String served =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String written = java.nio.file.Files.readString(java.nio.file.Path.of(Api.CONTRACT));
    // SmallRye re-serialises the document (quoting, line folding): compare what it says, not its
    // bytes
    Object servedTree = new org.yaml.snakeyaml.Yaml().load(served);
    Object writtenTree = new org.yaml.snakeyaml.Yaml().load(written);
    assertThat(servedTree).usingRecursiveComparison().isEqualTo(writtenTree);
  }

  @Test
  void healthAndMetricsAnswer() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body(
            "checks.name",
            org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")));
    // metrics: on the management interface (its own port, loopback), not on the API's port
    given().get(metrics).then().statusCode(200).body(containsString("http_server_requests"));
    given().get("/q/metrics").then().statusCode(404);
  }
}
