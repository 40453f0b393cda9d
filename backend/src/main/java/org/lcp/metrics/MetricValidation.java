package org.lcp.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lcp.api.model.ImportRejection;
import org.lcp.api.model.ImportRejection.CodeEnum;
import org.lcp.common.security.OrganizationScope;
import org.lcp.metrics.MetricRows.Row;

/**
 * The rules every uploaded row must meet. Pure: everything it needs from the database comes in the
 * {@link Context}, so the rules are tested without one.
 */
final class MetricValidation {

  static final Pattern PERIOD = Pattern.compile("^[0-9]{4}-(0[1-9]|1[0-2])$");

  /**
   * @param measures the collaborative's measures by key
   * @param enrolled organisations enrolled in the collaborative
   * @param scope the organisations the caller reports for (every enrolled one for a data
   *     coordinator)
   * @param unlocked the teams' months unlocked today
   */
  record Context(
      Map<String, Measure> measures,
      Set<UUID> enrolled,
      OrganizationScope scope,
      LocalDate today,
      Set<TeamPeriod> unlocked) {}

  /** A row that passed every rule, ready to write. */
  record Accepted(
      int row,
      UUID measureId,
      UUID organizationId,
      LocalDate period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator) {}

  record Result(List<Accepted> accepted, List<ImportRejection> rejections) {}

  private MetricValidation() {}

  /** Every row at once; for small uploads and tests. */
  static Result validate(List<Row> rows, Context c) {
    Validator v = new Validator(c, Integer.MAX_VALUE);
    List<Accepted> accepted = new ArrayList<>();
    for (Row r : rows) {
      Accepted a = v.check(r);
      if (a != null) {
        accepted.add(a);
      }
    }
    return new Result(accepted, v.rejections());
  }

  /**
   * Checks the rows of one upload one at a time, in bounded memory: it remembers each accepted cell
   * as one packed number (to reject a repeat), counts every rejection and keeps the first {@code
   * listed} of them for the report.
   */
  static final class Validator {
    private final Context c;
    private final int listed;
    private final Map<UUID, Integer> measureIndex = new HashMap<>();
    private final Map<UUID, Integer> organizationIndex = new HashMap<>();
    private final LongSet seen = new LongSet();
    private final List<ImportRejection> rejections = new ArrayList<>();
    private int rejected;

    Validator(Context c, int listed) {
      this.c = c;
      this.listed = listed;
      for (Measure m : c.measures().values()) {
        measureIndex.put(m.id, measureIndex.size());
      }
      for (UUID o : c.enrolled()) {
        organizationIndex.put(o, organizationIndex.size());
      }
    }

    /**
     * The row ready to write, or null when it is rejected (counted, and listed if among the first).
     */
    Accepted check(Row r) {
      try {
        Accepted a = MetricValidation.check(r, c);
        if (!seen.add(key(a))) {
          throw new Rejection(
              "measureKey",
              CodeEnum.DUPLICATE,
              "the same organisation, measure and period appear earlier in this upload");
        }
        return a;
      } catch (Rejection e) {
        rejected++;
        if (rejections.size() < listed) {
          rejections.add(
              new ImportRejection()
                  .row(r.number())
                  .field(e.field)
                  .code(e.code)
                  .message(e.getMessage()));
        }
        return null;
      }
    }

    /** How many rows were rejected. */
    int rejected() {
      return rejected;
    }

    /** The first rejections, in row order. */
    List<ImportRejection> rejections() {
      return rejections;
    }

    /** Measure, organisation and month in one long: 20 + 24 + 20 bits. */
    private long key(Accepted a) {
      long month = a.period().getYear() * 12L + a.period().getMonthValue() - 1;
      return (long) measureIndex.get(a.measureId()) << 44
          | (long) organizationIndex.get(a.organizationId()) << 20
          | month;
    }
  }

  /** A set of longs in one array (open addressing): 8 to 16 bytes an entry, no boxing. */
  static final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots = filled(64);
    private int size;

    /** False when the value was in the set already. */
    boolean add(long v) {
      if ((size + 1) * 2 > slots.length) {
        long[] old = slots;
        slots = filled(old.length * 2);
        size = 0;
        for (long o : old) {
          if (o != EMPTY) {
            add(o);
          }
        }
      }
      int mask = slots.length - 1;
      int i = Long.hashCode(v * 0x9E3779B97F4A7C15L) & mask;
      while (slots[i] != EMPTY) {
        if (slots[i] == v) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = v;
      size++;
      return true;
    }

    private static long[] filled(int n) {
      long[] a = new long[n];
      java.util.Arrays.fill(a, EMPTY);
      return a;
    }
  }

  private static Accepted check(Row r, Context c) {
    if (r.problem() != null) {
      throw new Rejection(r.problemField(), CodeEnum.MALFORMED, r.problem());
    }
    UUID org = organization(r, c);
    if (r.measureKey() == null) {
      throw new Rejection("measureKey", CodeEnum.REQUIRED, "is required");
    }
    Measure m = c.measures().get(r.measureKey());
    if (m == null) {
      throw new Rejection(
          "measureKey",
          CodeEnum.UNKNOWN_MEASURE,
          "'" + r.measureKey() + "' is not a measure of this collaborative");
    }
    if (r.period() == null) {
      throw new Rejection("period", CodeEnum.REQUIRED, "is required (YYYY-MM)");
    }
    if (!PERIOD.matcher(r.period()).matches()) {
      throw new Rejection(
          "period", CodeEnum.MALFORMED, "must be a month written YYYY-MM, e.g. 2026-03");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(r.period());
    } catch (DateTimeParseException e) {
      throw new Rejection(
          "period", CodeEnum.MALFORMED, "must be a month written YYYY-MM, e.g. 2026-03");
    }
    if (month.isAfter(YearMonth.from(c.today()))) {
      throw new Rejection("period", CodeEnum.FUTURE_PERIOD, r.period() + " has not begun yet");
    }
    if (isLocked(m, month, c.today()) && !c.unlocked().contains(new TeamPeriod(org, month))) {
      throw new Rejection(
          "period",
          CodeEnum.LOCKED_PERIOD,
          r.period()
              + " locked on "
              + lockDate(m, month)
              + "; lead faculty can unlock it for your team");
    }
    BigDecimal value = decimal(r.value(), "value");
    BigDecimal numerator = decimal(r.numerator(), "numerator");
    BigDecimal denominator = decimal(r.denominator(), "denominator");
    if (m.type == MeasureType.PROPORTION) {
      if (value != null) {
        throw new Rejection(
            "value", CodeEnum.WRONG_TYPE, "a PROPORTION is sent as numerator and denominator");
      }
      if (numerator == null) {
        throw new Rejection("numerator", CodeEnum.REQUIRED, "is required for a PROPORTION");
      }
      if (denominator == null) {
        throw new Rejection("denominator", CodeEnum.REQUIRED, "is required for a PROPORTION");
      }
      wholeAtLeastZero(numerator, "numerator");
      wholeAtLeastZero(denominator, "denominator");
      if (denominator.signum() == 0) {
        throw new Rejection("denominator", CodeEnum.OUT_OF_RANGE, "must be greater than 0");
      }
      if (numerator.compareTo(denominator) > 0) {
        throw new Rejection(
            "numerator",
            CodeEnum.OUT_OF_RANGE,
            "must not be greater than the denominator (" + denominator.toPlainString() + ")");
      }
      value = numerator.divide(denominator, 6, RoundingMode.HALF_UP);
    } else {
      if (numerator != null || denominator != null) {
        throw new Rejection(
            numerator != null ? "numerator" : "denominator",
            CodeEnum.WRONG_TYPE,
            "a " + m.type + " is sent as value only");
      }
      if (value == null) {
        throw new Rejection("value", CodeEnum.REQUIRED, "is required");
      }
      if (m.type == MeasureType.COUNT) {
        wholeAtLeastZero(value, "value");
      }
    }
    return new Accepted(r.number(), m.id, org, month.atDay(1), value, numerator, denominator);
  }

  private static UUID organization(Row r, Context c) {
    UUID org;
    if (r.organizationId() == null) {
      OrganizationScope scope = c.scope();
      if (scope.all() || scope.organizations().size() != 1) {
        throw new Rejection(
            "organizationId",
            CodeEnum.REQUIRED,
            scope.all()
                ? "is required: name the organisation on each row"
                : "is required: you report for several organisations");
      }
      org = scope.organizations().iterator().next();
    } else {
      try {
        org = UUID.fromString(r.organizationId());
      } catch (IllegalArgumentException e) {
        throw new Rejection("organizationId", CodeEnum.MALFORMED, "must be a UUID");
      }
      if (!c.scope().includes(org)) {
        throw new Rejection(
            "organizationId",
            CodeEnum.OTHER_ORGANIZATION,
            "you may only report for your own organisation");
      }
    }
    if (!c.enrolled().contains(org)) {
      throw new Rejection(
          "organizationId",
          CodeEnum.NOT_ENROLLED,
          "the organisation is not enrolled in this " + "collaborative");
    }
    return org;
  }

  /** A month locks a number of days after it ends. */
  static LocalDate lockDate(Measure m, YearMonth month) {
    return month.atEndOfMonth().plusDays(m.lockAfterDays);
  }

  static boolean isLocked(Measure m, YearMonth month, LocalDate today) {
    return today.isAfter(lockDate(m, month));
  }

  /** The largest magnitude of a metric number (value, numerator, denominator). */
  static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000");

  /** The most decimal places a metric number may have. */
  static final int MAX_SCALE = 6;

  /** The most characters a metric number may be written with (as JSON's maxNumberLength). */
  static final int MAX_LENGTH = 32;

  /**
   * Reads a metric number and bounds it before anything expands it: at most {@value #MAX_LENGTH}
   * characters, |x| at most 1,000,000,000 and at most {@value #MAX_SCALE} decimal places. {@code
   * new BigDecimal("1e999999999")} is cheap (an unscaled 1 and a scale); only comparing it to the
   * bound, never printing or dividing it, is done with it.
   */
  static BigDecimal decimal(String s, String field) {
    if (s == null) {
      return null;
    }
    if (s.length() > MAX_LENGTH) {
      throw new Rejection(
          field,
          CodeEnum.OUT_OF_RANGE,
          "must be written with at most " + MAX_LENGTH + " characters");
    }
    BigDecimal d;
    try {
      d = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new Rejection(field, CodeEnum.WRONG_TYPE, "must be a number");
    }
    // the exponent first: precision() - scale() - 1 is the power of ten of the leading digit
    if (d.signum() != 0 && (long) d.precision() - d.scale() > 10
        || d.abs().compareTo(MAX_MAGNITUDE) > 0) {
      throw new Rejection(
          field, CodeEnum.OUT_OF_RANGE, "must be between -1000000000 and 1000000000");
    }
    // 0E-999999999 is zero; anything else within the bounds is kept with 0 to 6 decimal places
    BigDecimal n = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (n.scale() > MAX_SCALE) {
      throw new Rejection(
          field, CodeEnum.OUT_OF_RANGE, "may have at most " + MAX_SCALE + " decimal places");
    }
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  private static void wholeAtLeastZero(BigDecimal v, String field) {
    if (v.stripTrailingZeros().scale() > 0) {
      throw new Rejection(field, CodeEnum.WRONG_TYPE, "must be a whole number");
    }
    if (v.signum() < 0) {
      throw new Rejection(field, CodeEnum.OUT_OF_RANGE, "must be 0 or more");
    }
  }

  static final class Rejection extends RuntimeException {
    final String field;
    final CodeEnum code;

    Rejection(String field, CodeEnum code, String message) {
      super(message, null, false, false);
      this.field = field;
      this.code = code;
    }
  }
}
