package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lcp.support.Api;
import org.lcp.support.Person;

/**
 * The contract's limits are explicit and the server keeps them.
 *
 * <p>Structure (no HTTP): every string in openapi.yaml has a {@code maxLength} (or is an enum or a
 * const), every array a {@code maxItems}, every integer a {@code minimum} and a {@code maximum};
 * every operation answers the shared 429 and 503, every operation with a body the shared 413, and
 * every operation taking an {@code Idempotency-Key} the 409 for a key still being processed. So the
 * contract cannot lose a limit unnoticed.
 *
 * <p>Enforcement (HTTP, read from the contract): for every JSON request body, every top-level
 * string one character over its {@code maxLength}, every array one item over its {@code maxItems}
 * and every integer one over its {@code maximum} is refused with a 400 naming the field; likewise
 * every query and header parameter.
 */
@QuarkusTest
class ContractLimitsTest {

  static final JsonNode CONTRACT = read();
  static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  static JsonNode read() {
    try {
      return new YAMLMapper().readTree(new File(Api.CONTRACT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode resolve(JsonNode node) {
    while (node != null && node.has("$ref")) {
      JsonNode target = CONTRACT;
      for (String part : node.get("$ref").asText().substring(2).split("/")) {
        target = target.get(part.replace("~1", "/").replace("~0", "~"));
      }
      node = target;
    }
    return node;
  }

  /** Every schema-like object in the contract whose {@code type} is given, with its location. */
  static void typed(JsonNode node, String where, Map<String, JsonNode> out) {
    if (node.isObject()) {
      JsonNode type = node.get("type");
      if (type != null && type.isTextual()) {
        out.put(where, node);
      }
      node.fields().forEachRemaining(e -> typed(e.getValue(), where + "/" + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        typed(node.get(i), where + "/" + i, out);
      }
    }
  }

  record Operation(String method, String path, String id, JsonNode op, List<JsonNode> params) {}

  static List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    CONTRACT
        .get("paths")
        .fields()
        .forEachRemaining(
            p -> {
              List<JsonNode> shared = new ArrayList<>();
              p.getValue().path("parameters").forEach(x -> shared.add(resolve(x)));
              p.getValue()
                  .fields()
                  .forEachRemaining(
                      m -> {
                        if (!METHODS.contains(m.getKey())) {
                          return;
                        }
                        List<JsonNode> params = new ArrayList<>(shared);
                        m.getValue().path("parameters").forEach(x -> params.add(resolve(x)));
                        ops.add(
                            new Operation(
                                m.getKey(),
                                p.getKey(),
                                m.getValue().get("operationId").asText(),
                                m.getValue(),
                                params));
                      });
            });
    return ops;
  }

  @Test
  void everyStringArrayAndIntegerIsBounded() {
    Map<String, JsonNode> typed = new LinkedHashMap<>();
    typed(CONTRACT, "#", typed);
    List<String> unbounded = new ArrayList<>();
    typed.forEach(
        (where, schema) -> {
          switch (schema.get("type").asText()) {
            case "string" -> {
              if (!schema.has("maxLength") && !schema.has("enum") && !schema.has("const")) {
                unbounded.add(where + ": string without maxLength");
              }
            }
            case "array" -> {
              if (!schema.has("maxItems")) {
                unbounded.add(where + ": array without maxItems");
              }
            }
            case "integer" -> {
              if (!schema.has("minimum") || !schema.has("maximum")) {
                unbounded.add(where + ": integer without minimum and maximum");
              }
              if (!schema.has("format")) {
                unbounded.add(where + ": integer without format");
              }
            }
            default -> {}
          }
        });
    assertThat(typed).as("typed schemas found").hasSizeGreaterThan(500);
    assertThat(unbounded).as("schemas without limits").isEmpty();
  }

  @Test
  void everyOperationDocumentsTheSharedRefusals() {
    List<String> missing = new ArrayList<>();
    for (Operation o : operations()) {
      JsonNode responses = o.op().get("responses");
      expect(missing, o, responses, "429", "TooManyRequests");
      expect(missing, o, responses, "503", "ServiceUnavailable");
      if (o.op().has("requestBody")) {
        expect(missing, o, responses, "413", "PayloadTooLarge");
      }
      if (o.params().stream().anyMatch(p -> "Idempotency-Key".equals(p.path("name").asText()))) {
        expect(missing, o, responses, "409", "IdempotencyInProgress");
      }
      responses
          .fields()
          .forEachRemaining(
              r -> {
                JsonNode response = resolve(r.getValue());
                if (r.getKey().matches("[24]..")
                    && !response.path("headers").has("RateLimit")
                    && !r.getKey().equals("429")) {
                  missing.add(o.id() + " " + r.getKey() + ": no RateLimit header");
                }
              });
    }
    assertThat(missing).isEmpty();
    JsonNode tooMany = resolve(CONTRACT.at("/components/responses/TooManyRequests"));
    assertThat(tooMany.get("headers").fieldNames())
        .toIterable()
        .contains("Retry-After", "RateLimit", "RateLimit-Policy");
    assertThat(CONTRACT.at("/components/responses/ServiceUnavailable/headers").has("Retry-After"))
        .isTrue();
  }

  static void expect(
      List<String> missing, Operation o, JsonNode responses, String status, String shared) {
    JsonNode r = responses.get(status);
    if (r == null || !r.path("$ref").asText().endsWith("/" + shared)) {
      missing.add(o.id() + ": " + status + " is not " + shared);
    }
  }

  // --- enforcement --------------------------------------------------------------------------

  final Person admin = Person.admin();

  /** A path with every parameter filled: an id that exists nowhere, which is fine for a 400. */
  static String concrete(String path) {
    return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }

  /** A value one past the schema's limit, or null when the schema has no limit we can break. */
  static Object overTheLimit(JsonNode schema) {
    schema = resolve(schema);
    switch (schema.path("type").asText()) {
      case "string" -> {
        if (!schema.has("maxLength") || schema.has("enum") || schema.has("format")) {
          return null; // uuid, date, date-time: bounded by their format, refused as malformed
        }
        return "x".repeat(schema.get("maxLength").asInt() + 1);
      }
      case "integer" -> {
        return schema.has("maximum") ? schema.get("maximum").asLong() + 1 : null;
      }
      case "array" -> {
        if (!schema.has("maxItems")) {
          return null;
        }
        JsonNode items = resolve(schema.get("items"));
        // a valid item (an id where the items are ids), so that only the count breaks a rule
        Object item =
            !"string".equals(items.path("type").asText())
                ? Map.of()
                : "uuid".equals(items.path("format").asText()) ? UUID.randomUUID().toString() : "x";
        return Collections.nCopies(schema.get("maxItems").asInt() + 1, item);
      }
      default -> {
        return null;
      }
    }
  }

  RequestSpecification request(Operation o) {
    // a dummy If-Match, so that an update is not refused for its missing ETag instead
    return Api.badInput(admin).header("If-Match", "\"0\"");
  }

  @TestFactory
  Stream<DynamicTest> everyBodyFieldOverItsLimitIsRefusedNamingIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation o : operations()) {
      JsonNode body = o.op().at("/requestBody/content/application~1json/schema");
      JsonNode schema = resolve(body.isMissingNode() ? null : body);
      if (schema == null || !"object".equals(schema.path("type").asText())) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
      while (props.hasNext()) {
        Map.Entry<String, JsonNode> prop = props.next();
        Object value = overTheLimit(prop.getValue());
        if (value == null) {
          continue;
        }
        String field = prop.getKey();
        tests.add(
            dynamicTest(
                o.id() + " " + field,
                () -> {
                  Map<String, Object> json = new LinkedHashMap<>();
                  json.put(field, value);
                  request(o)
                      .body(json)
                      .request(o.method(), concrete(o.path()))
                      .then()
                      .statusCode(400)
                      .contentType("application/problem+json")
                      .body("violations.field", hasItem(field));
                }));
      }
    }
    assertThat(tests).as("body fields with a limit").hasSizeGreaterThan(60);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyQueryAndHeaderParameterOverItsLimitIsRefusedNamingIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation o : operations()) {
      for (JsonNode p : o.params()) {
        String in = p.path("in").asText();
        if (!in.equals("query") && !in.equals("header")) {
          continue;
        }
        Object value = overTheLimit(p.get("schema"));
        if (value == null) {
          continue;
        }
        String name = p.get("name").asText();
        tests.add(
            dynamicTest(
                o.id() + " " + in + " " + name,
                () -> {
                  RequestSpecification r = Api.badInput(admin);
                  // a list goes as the parameter repeated (queryParam(name, Object) would send
                  // its toString() as one value, testing the elements rather than the count)
                  if (in.equals("header")) {
                    r = r.header(name, value);
                  } else if (value instanceof Collection<?> values) {
                    r = r.queryParam(name, values);
                  } else {
                    r = r.queryParam(name, value);
                  }
                  if (o.op().has("requestBody")) {
                    r = r.body("{}");
                  }
                  if (!name.equals("If-Match")) {
                    r = r.header("If-Match", "\"0\"");
                  }
                  r.request(o.method(), concrete(o.path()))
                      .then()
                      .statusCode(400)
                      .contentType("application/problem+json")
                      .body("violations.field", hasItem(name))
                      .body("violations.find { it.field == '" + name + "' }.in", equalTo(in));
                }));
      }
    }
    assertThat(tests).as("query and header parameters with a limit").hasSizeGreaterThan(40);
    return tests.stream();
  }
}
