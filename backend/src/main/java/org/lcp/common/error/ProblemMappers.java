package org.lcp.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lcp.common.web.ParameterConverters;
import org.lcp.common.web.StrictJson;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Nothing here leaks a
 * stack trace, a class name or SQL; unexpected failures are logged with an id the caller is given.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response api(ApiException e, UriInfo uri) {
    return Problem.response(
        e.status(), e.type(), e.title(), e.getMessage(), path(uri), e.violations(), e.extensions());
  }

  // ---- validation -------------------------------------------------------------------------------

  @ServerExceptionMapper
  public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
    boolean returnValue =
        e.getConstraintViolations().stream()
            .anyMatch(
                v -> {
                  for (Path.Node node : v.getPropertyPath()) {
                    if (node.getKind() == ElementKind.RETURN_VALUE) {
                      return true;
                    }
                  }
                  return false;
                });
    if (returnValue) {
      return unexpected(e, uri); // our own answer broke the contract: a bug, not the caller's fault
    }
    return validation(e.getConstraintViolations(), uri);
  }

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e, UriInfo uri) {
    return validation(e.getConstraintViolations(), uri);
  }

  private Response validation(java.util.Set<ConstraintViolation<?>> set, UriInfo uri) {
    // one entry per field: several broken rules of one field are joined into one message
    Map<List<String>, String> byField =
        new java.util.TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    set.stream()
        .map(ProblemMappers::toViolation)
        .sorted(Comparator.comparing(Violation::message))
        .forEach(
            v ->
                byField.merge(
                    List.of(v.in(), v.field()),
                    v.message(),
                    (a, b) -> a.equals(b) ? a : a + "; " + b));
    List<Violation> list =
        byField.entrySet().stream()
            .map(e -> new Violation(e.getKey().get(1), e.getKey().get(0), e.getValue()))
            .collect(Collectors.toList());
    ApiException api = ApiException.invalid(list);
    return api(api, uri);
  }

  static Violation toViolation(ConstraintViolation<?> v) {
    String in = "body";
    StringBuilder field = new StringBuilder();
    Method method = null;
    boolean bodyItself = false;
    for (Path.Node node : v.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD) {
        method = findMethod(v.getRootBeanClass(), node.as(Path.MethodNode.class));
      } else if (kind == ElementKind.PARAMETER) {
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        Optional<String[]> where = parameterSource(method, index);
        if (where.isPresent()) {
          in = where.get()[0];
          field.append(where.get()[1]);
        } else {
          bodyItself = true;
        }
      } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
        // a node inside a list carries the list's index: members[0].email, not members.email[0]
        if (node.isInIterable() && node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
          if (field.length() > 0) {
            field.append('.');
          }
          field.append(node.getName());
        }
      }
    }
    if (bodyItself && field.length() == 0) {
      return new Violation("body", "body", "a JSON request body is required");
    }
    return new Violation(field.length() == 0 ? "body" : field.toString(), in, message(v));
  }

  private static String message(ConstraintViolation<?> v) {
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    if (a instanceof Pattern p) {
      switch (p.regexp()) {
        case "^\\s*\\S.*$", "^\\s*\\S[\\s\\S]*$":
          return "must not be blank";
        case "^[a-z0-9][a-z0-9-]{0,49}$":
          return "must be 1 to 50 lowercase letters, digits or '-', starting with a letter or digit";
        case "^https?://\\S+$":
          return "must be an http:// or https:// URL without spaces";
        case "^[A-Z]{2}$":
          return "must be a two-letter ISO 3166 country code in capitals, e.g. US";
        default:
          return "must match the pattern " + p.regexp();
      }
    }
    return v.getMessage();
  }

  private static Method findMethod(Class<?> type, Path.MethodNode node) {
    Class<?>[] params = node.getParameterTypes().toArray(new Class<?>[0]);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod(node.getName(), params);
      } catch (NoSuchMethodException ignored) {
        // look further up
      }
    }
    return null;
  }

  /**
   * Where a resource parameter comes from, looking at the method, the classes it overrides and the
   * (generated) interfaces that carry the JAX-RS annotations.
   */
  private static Optional<String[]> parameterSource(Method method, int index) {
    if (method == null) {
      return Optional.empty();
    }
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> c = method.getDeclaringClass();
        c != null && c != Object.class;
        c = c.getSuperclass()) {
      types.add(c);
      types.addAll(List.of(c.getInterfaces()));
    }
    for (Class<?> type : types) {
      Method m;
      try {
        m = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        continue;
      }
      for (Annotation a : m.getParameterAnnotations()[index]) {
        if (a instanceof QueryParam q) {
          return Optional.of(new String[] {"query", q.value()});
        }
        if (a instanceof PathParam p) {
          return Optional.of(new String[] {"path", p.value()});
        }
        if (a instanceof HeaderParam h) {
          return Optional.of(new String[] {"header", h.value()});
        }
      }
    }
    return Optional.empty();
  }

  // ---- malformed JSON ---------------------------------------------------------------------------

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
    String allowed =
        e.getKnownPropertyIds() == null
            ? ""
            : e.getKnownPropertyIds().stream()
                .map(Object::toString)
                .sorted()
                .collect(Collectors.joining(", "));
    String field = jsonPath(e);
    return api(
        ApiException.invalid(
            List.of(
                Violation.body(
                    field,
                    "unknown field" + (allowed.isEmpty() ? "" : "; allowed fields: " + allowed)))),
        uri);
  }

  @ServerExceptionMapper
  public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
    return api(
        ApiException.invalid(
            List.of(Violation.body(jsonPath(e), expected(e.getTargetType(), e.getValue())))),
        uri);
  }

  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, UriInfo uri) {
    String field = jsonPath(e);
    if (e instanceof InvalidNullException) {
      return api(
          ApiException.invalid(
              List.of(
                  Violation.body(
                      field.isEmpty() ? "body" : field,
                      "must not be null: leave an optional field out instead"))),
          uri);
    }
    if (e instanceof StrictJson.InvalidValueException) {
      return api(
          ApiException.invalid(
              List.of(Violation.body(field.isEmpty() ? "body" : field, e.getOriginalMessage()))),
          uri);
    }
    if (field.isEmpty()) {
      return malformed("the request body must be a JSON object", uri);
    }
    return api(
        ApiException.invalid(List.of(Violation.body(field, expected(e.getTargetType(), null)))),
        uri);
  }

  @ServerExceptionMapper
  public Response instantiation(ValueInstantiationException e, UriInfo uri) {
    Throwable cause = e.getCause();
    String message =
        cause instanceof IllegalArgumentException && cause.getMessage() != null
            ? invalidValueMessage(
                e.getType() == null ? null : e.getType().getRawClass(), cause.getMessage())
            : "has an invalid value";
    return api(ApiException.invalid(List.of(Violation.body(jsonPath(e), message))), uri);
  }

  @ServerExceptionMapper
  public Response mapping(JsonMappingException e, UriInfo uri) {
    if (e.getCause() instanceof ApiException refused) {
      return api(refused, uri); // e.g. the body-size limit, hit while Jackson read the body
    }
    if (e.getCause() instanceof StreamConstraintsException c) {
      return tooLong(c, jsonPath(e), uri);
    }
    String field = jsonPath(e);
    if (field.isEmpty()) {
      return malformed("the request body could not be read as JSON of the expected shape", uri);
    }
    return api(ApiException.invalid(List.of(Violation.body(field, "has an invalid value"))), uri);
  }

  @ServerExceptionMapper
  public Response parse(JsonParseException e, UriInfo uri) {
    java.util.regex.Matcher duplicate =
        DUPLICATE_FIELD.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
    if (duplicate.matches()) {
      return api(
          ApiException.invalid(
              List.of(
                  Violation.body(
                      duplicate.group(1), "appears more than once; send each field once"))),
          uri);
    }
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return malformed("the request body is not valid JSON" + where, uri);
  }

  private static final java.util.regex.Pattern DUPLICATE_FIELD =
      java.util.regex.Pattern.compile("Duplicate field '(.*)'");

  /** A number, string, name or nesting beyond {@link StrictJson}'s read limits. */
  @ServerExceptionMapper
  public Response tooLong(StreamConstraintsException e, UriInfo uri) {
    return tooLong(e, null, uri);
  }

  private Response tooLong(StreamConstraintsException e, String path, UriInfo uri) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String what;
    if (message.startsWith("Number value length")) {
      what = "a number may be written with at most " + StrictJson.MAX_NUMBER_LENGTH + " characters";
    } else if (message.startsWith("String value length")) {
      what = "a string may have at most " + StrictJson.MAX_STRING_LENGTH + " characters";
    } else if (message.startsWith("Name length")) {
      what = "a field name may have at most " + StrictJson.MAX_NAME_LENGTH + " characters";
    } else if (message.startsWith("Document nesting depth")) {
      what =
          "the body may nest objects and arrays at most " + StrictJson.MAX_NESTING_DEPTH + " deep";
    } else {
      what = "the request body exceeds a read limit";
    }
    String field = path == null || path.isEmpty() ? null : path;
    if (field == null && e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p) {
      try {
        field = p.currentName();
      } catch (RuntimeException | java.io.IOException ignored) {
        // the name is a courtesy
      }
    }
    return api(
        ApiException.invalid(List.of(Violation.body(field == null ? "body" : field, what))), uri);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    if (e instanceof StreamConstraintsException c) {
      return tooLong(c, uri);
    }
    return malformed("the request body is not valid JSON", uri);
  }

  private Response malformed(String detail, UriInfo uri) {
    return Problem.response(
        400, ProblemTypes.MALFORMED, "Malformed request", detail, path(uri), null, null);
  }

  private static String invalidValueMessage(Class<?> type, String message) {
    if (type != null && type.isEnum()) {
      return "must be one of " + enumValues(type);
    }
    return "has an invalid value";
  }

  private static String expected(Class<?> type, Object value) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of " + enumValues(type);
    }
    String what;
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      what = "a whole number";
    } else if (type == Boolean.class || type == boolean.class) {
      what = "true or false";
    } else if (type == String.class) {
      what = "a string";
    } else if (type.getName().equals("java.time.LocalDate")) {
      what = "a date like 2026-03-31";
    } else if (type.getName().equals("java.time.OffsetDateTime")) {
      what = "a date-time with offset like 2026-03-31T17:00:00Z";
    } else if (type.getName().equals("java.util.UUID")) {
      what = "a UUID";
    } else if (java.util.Collection.class.isAssignableFrom(type)) {
      what = "an array";
    } else {
      what = "an object";
    }
    return "must be " + what;
  }

  private static String enumValues(Class<?> type) {
    StringBuilder b = new StringBuilder();
    for (Object c : type.getEnumConstants()) {
      b.append(b.length() == 0 ? "" : ", ").append(c);
    }
    return b.toString();
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  // ---- HTTP-level failures ----------------------------------------------------------------------

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return Problem.response(
        404,
        ProblemTypes.NOT_FOUND,
        "Not found",
        "no resource at " + path(uri),
        path(uri),
        null,
        null);
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException e, UriInfo uri, Request request) {
    java.util.Set<String> allowed =
        e.getResponse() == null ? java.util.Set.of() : e.getResponse().getAllowedMethods();
    String detail =
        "this resource does not answer "
            + request.getMethod()
            + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed));
    Response.ResponseBuilder b =
        Response.fromResponse(
            Problem.response(
                405,
                ProblemTypes.METHOD_NOT_ALLOWED,
                "Method not allowed",
                detail,
                path(uri),
                null,
                null));
    if (!allowed.isEmpty()) {
      b.allow(allowed);
    }
    return b.build();
  }

  @ServerExceptionMapper
  public Response unsupported(NotSupportedException e, UriInfo uri) {
    return Problem.response(
        415,
        ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
        "Unsupported media type",
        "send the request body as application/json",
        path(uri),
        null,
        null);
  }

  @ServerExceptionMapper
  public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
    return Problem.response(
        406,
        ProblemTypes.NOT_ACCEPTABLE,
        "Not acceptable",
        "this resource answers application/json (errors: application/problem+json)",
        path(uri),
        null,
        null);
  }

  @ServerExceptionMapper
  public Response invalidParameter(ParameterConverters.InvalidParameterException e, UriInfo uri) {
    return api(ApiException.invalid(List.of(e.violation(uri))), uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    Throwable cause = e.getCause();
    if (cause instanceof ApiException c) {
      return api(c, uri);
    } else if (cause instanceof UnrecognizedPropertyException c) {
      return unknownField(c, uri);
    } else if (cause instanceof InvalidFormatException c) {
      return wrongFormat(c, uri);
    } else if (cause instanceof MismatchedInputException c) {
      return mismatched(c, uri);
    } else if (cause instanceof ValueInstantiationException c) {
      return instantiation(c, uri);
    } else if (cause instanceof JsonMappingException c) {
      return mapping(c, uri);
    } else if (cause instanceof StreamConstraintsException c) {
      return tooLong(c, uri);
    } else if (cause instanceof JsonParseException c) {
      return parse(c, uri);
    } else if (cause instanceof JsonProcessingException c) {
      return json(c, uri);
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    return Problem.response(status, "about:blank", title, title, path(uri), null, null);
  }

  // ---- security ---------------------------------------------------------------------------------

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return unauthorized("a bearer access token is required", uri, false);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
    Optional<Unavailable.Dependency> down = Unavailable.of(e);
    if (down.isPresent()) {
      // the token could not be checked at all: the provider's keys cannot be had
      return Unavailable.response(down.get(), e, path(uri));
    }
    boolean presented = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
    return unauthorized(
        presented ? "the bearer token is invalid or expired" : "a bearer access token is required",
        uri,
        presented);
  }

  @ServerExceptionMapper
  public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
    return unauthorized("the bearer token is invalid or expired", uri, true);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return Problem.response(
        403,
        ProblemTypes.FORBIDDEN,
        "Forbidden",
        "your role does not allow this operation",
        path(uri),
        null,
        null);
  }

  private Response unauthorized(String detail, UriInfo uri, boolean invalidToken) {
    return Response.fromResponse(
            Problem.response(
                401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail, path(uri), null, null))
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer")
        .build();
  }

  // ---- persistence ------------------------------------------------------------------------------

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return Problem.response(
        412,
        ProblemTypes.PRECONDITION_FAILED,
        "Precondition failed",
        "it was changed by someone else at the same time; read it again and retry",
        path(uri),
        null,
        null);
  }

  @ServerExceptionMapper
  public Response persistence(PersistenceException e, UriInfo uri) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
        return optimisticLock(null, uri);
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
        String constraint = c.getConstraintName() == null ? "" : c.getConstraintName();
        if (constraint.contains("idempotency_record_pkey")) {
          // two requests with one Idempotency-Key at the same time: the first one's answer is
          // recorded as this one ends (rolled back, nothing written); a retry replays it
          return Response.fromResponse(
                  Problem.response(
                      409,
                      ProblemTypes.IDEMPOTENCY_IN_PROGRESS,
                      "Idempotency-Key in use",
                      "another request with this Idempotency-Key was processed at the same time;"
                          + " nothing was written by this one: retry with the same key to get"
                          + " the first request's answer",
                      path(uri),
                      null,
                      null))
              .header("Retry-After", "1")
              .build();
        }
        if (constraint.contains("organization_name_skeleton_uq")) {
          return Problem.response(
              409,
              ProblemTypes.LOOK_ALIKE_NAME,
              "Name looks like another organisation's",
              "an organisation whose name reads the same was created at the same time; choose a"
                  + " name that reads differently",
              path(uri),
              null,
              null);
        }
        return Problem.response(
            409,
            ProblemTypes.CONFLICT,
            "Conflict",
            "the change conflicts with existing data (another request may have made it first)",
            path(uri),
            null,
            null);
      }
    }
    return unexpected(e, uri);
  }

  // ---- everything else --------------------------------------------------------------------------

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    Optional<Unavailable.Dependency> down = Unavailable.of(e);
    if (down.isPresent()) {
      return Unavailable.response(down.get(), e, path(uri));
    }
    String id = java.util.UUID.randomUUID().toString();
    LOG.errorf(e, "unexpected failure %s on %s", id, path(uri));
    return Problem.response(
        500,
        ProblemTypes.INTERNAL,
        "Internal server error",
        "something went wrong on our side; it was logged as " + id,
        path(uri),
        null,
        Map.of("errorId", id));
  }

  static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
  }
}
