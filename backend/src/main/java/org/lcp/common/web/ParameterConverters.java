package org.lcp.common.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lcp.common.error.Violation;

/**
 * Reads UUID, whole-number, date, date-time and enum parameters so that a malformed one is answered
 * 400 naming the parameter (JAX-RS would answer a bare 404 for a bad path or query parameter).
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

  /**
   * A parameter that could not be read. The REST layer may hand converters the annotations of the
   * implementing method (which has none: they sit on the generated interface), so the parameter is
   * named from the request afterwards, by {@link #violation(UriInfo)}.
   */
  public static class InvalidParameterException extends BadRequestException {
    private final String value;
    private final String message;

    public InvalidParameterException(String value, String message) {
      super(message);
      this.value = value;
      this.message = message;
    }

    /** The path or query parameter that carried the bad value. */
    public Violation violation(UriInfo uri) {
      for (var e : uri.getPathParameters().entrySet()) {
        if (e.getValue().contains(value)) {
          return new Violation(e.getKey(), "path", message);
        }
      }
      for (var e : uri.getQueryParameters().entrySet()) {
        if (e.getValue().contains(value)) {
          return new Violation(e.getKey(), "query", message);
        }
      }
      return new Violation("parameter", "query", message + " (got '" + value + "')");
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == UUID.class) {
      return (ParamConverter<T>)
          new Converter<>("must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6") {
            @Override
            UUID parse(String value) {
              if (value.length() != 36) {
                throw new IllegalArgumentException();
              }
              return UUID.fromString(value);
            }
          };
    }
    if (rawType == Integer.class) {
      return (ParamConverter<T>)
          new Converter<>("must be a whole number") {
            @Override
            Integer parse(String value) {
              return Integer.valueOf(value.trim());
            }
          };
    }
    if (rawType == OffsetDateTime.class) {
      return (ParamConverter<T>)
          new Converter<>("must be a date-time with offset such as 2026-03-31T17:00:00Z") {
            @Override
            OffsetDateTime parse(String value) {
              return OffsetDateTime.parse(value.trim());
            }
          };
    }
    if (rawType == java.time.LocalDate.class) {
      return (ParamConverter<T>)
          new Converter<>("must be a date such as 2026-03-31") {
            @Override
            java.time.LocalDate parse(String value) {
              return java.time.LocalDate.parse(value.trim());
            }
          };
    }
    if (rawType.isEnum()) {
      T[] constants = rawType.getEnumConstants();
      String allowed =
          Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
      return new Converter<>("must be one of " + allowed) {
        @Override
        T parse(String value) {
          return Arrays.stream(constants)
              .filter(c -> c.toString().equals(value))
              .findFirst()
              .orElseThrow(IllegalArgumentException::new);
        }
      };
    }
    return null;
  }

  private abstract static class Converter<T> implements ParamConverter<T> {
    private final String message;

    Converter(String message) {
      this.message = message;
    }

    abstract T parse(String value);

    @Override
    public T fromString(String value) {
      if (value == null) {
        return null;
      }
      try {
        return parse(value);
      } catch (RuntimeException e) {
        throw new InvalidParameterException(value, message);
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
