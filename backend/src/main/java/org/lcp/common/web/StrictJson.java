package org.lcp.common.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON is read as the contract types it: a number is not a string, "3" is not a number, "true" is
 * not a boolean. (Unknown fields are refused through quarkus.jackson.fail-on-unknown-properties.)
 *
 * <p>Hostile input is bounded while it is read, before anything is expanded: a number is at most
 * {@value #MAX_NUMBER_LENGTH} characters as written, a string at most {@value #MAX_STRING_LENGTH}
 * characters, a property name at most {@value #MAX_NAME_LENGTH}, nesting at most {@value
 * #MAX_NESTING_DEPTH} levels. A key that appears twice in an object is refused, and so is an
 * explicit {@code null}: the contract marks no field nullable, so an optional field is left out,
 * never sent as null. A number that does not fit a double (1e999) is refused rather than read as
 * Infinity. Every string meets {@link Text}'s rules (no control characters, no lone surrogates,
 * NFC; names trimmed).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  public static final int MAX_NUMBER_LENGTH = 32;
  public static final int MAX_STRING_LENGTH = 1_048_576;
  public static final int MAX_NAME_LENGTH = 256;
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * The read limits, shared by every JSON reader of the API (the REST layer and metric uploads).
   */
  public static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .build();

  /** A streaming JSON factory with the API's read limits and duplicate-key detection. */
  public static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(LIMITS)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(LIMITS);
    mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
    mapper.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL));
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    SimpleModule module = new SimpleModule("lcp-strict-json");
    module.addDeserializer(String.class, new Strings(false));
    module.addDeserializer(Double.class, new FiniteDouble(Double.class));
    module.addDeserializer(double.class, new FiniteDouble(double.class));
    mapper.registerModule(module);
  }

  /**
   * A value the rules refuse; the REST layer answers it 400 with a violation naming the field (the
   * path is added by Jackson as the exception travels out).
   */
  public static final class InvalidValueException extends MismatchedInputException {
    public InvalidValueException(JsonParser p, String message, Class<?> type) {
      super(p, message, type);
    }
  }

  /** Every string through {@link Text}: names (by property name) are trimmed as well. */
  static final class Strings extends StdScalarDeserializer<String>
      implements ContextualDeserializer {
    private final boolean name;

    Strings(boolean name) {
      super(String.class);
      this.name = name;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      boolean isName = property != null && Text.NAME_FIELDS.contains(property.getName());
      return isName == name ? this : new Strings(isName);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = StringDeserializer.instance.deserialize(p, ctxt);
      try {
        if (!name) {
          return Text.text(s);
        }
        // a name of spaces or invisible characters alone is read as blank (" "), which the
        // contract's pattern refuses as "must not be blank" together with the other fields'
        // violations; an optional name that is blank is treated as absent by the services
        String n = Text.name(s);
        return n.isEmpty() && !s.isEmpty() ? " " : n;
      } catch (Text.InvalidText e) {
        throw new InvalidValueException(p, e.getMessage(), String.class);
      }
    }
  }

  /** A double that is a number: 1e999 is refused, not read as Infinity. */
  static final class FiniteDouble extends StdScalarDeserializer<Double> {
    private final NumberDeserializers.DoubleDeserializer delegate;

    FiniteDouble(Class<Double> type) {
      super(type);
      this.delegate =
          new NumberDeserializers.DoubleDeserializer(type, type.isPrimitive() ? 0d : null);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Float;
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Double d = delegate.deserialize(p, ctxt);
      if (d != null && (d.isInfinite() || d.isNaN())) {
        throw new InvalidValueException(p, "is out of range", Double.class);
      }
      return d;
    }
  }
}
