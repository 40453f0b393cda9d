package org.lcp.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * REST Assured with every exchange checked against ../openapi.yaml: the request, the status, the
 * headers and the body. For input that is bad on purpose, only the response is checked.
 */
public final class Api {

  public static final String CONTRACT =
      Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toString();

  private static final OpenApiValidationFilter STRICT =
      new OpenApiValidationFilter(
          OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build());

  private static final OpenApiValidationFilter RESPONSES_ONLY =
      new OpenApiValidationFilter(
          OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
              .withLevelResolver(
                  LevelResolver.create()
                      .withLevel("validation.request", ValidationReport.Level.IGNORE)
                      .build())
              .build());

  private Api() {}

  public static RequestSpecification as(Person p) {
    return as(p.token());
  }

  public static RequestSpecification as(String token) {
    return given().filter(STRICT).contentType(ContentType.JSON).auth().oauth2(token);
  }

  public static RequestSpecification anonymous() {
    return given().filter(RESPONSES_ONLY).contentType(ContentType.JSON);
  }

  /**
   * Without a token, for the operations the contract opens with {@code security: []}: fully
   * validated.
   */
  public static RequestSpecification open() {
    return given().filter(STRICT);
  }

  /** For requests that break the contract on purpose: only the answer is validated. */
  public static RequestSpecification badInput(Person p) {
    return badInput(p.token());
  }

  public static RequestSpecification badInput(String token) {
    return given().filter(RESPONSES_ONLY).contentType(ContentType.JSON).auth().oauth2(token);
  }
}
