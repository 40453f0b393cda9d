package org.lcp.metrics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;

/**
 * What a run-chart read asks for besides whose values: the analysis ({@code chart}; null for each
 * measure's default), the baseline and its mode, the months that start a phase, and the share of
 * enrolled teams a pooled month needs. Each query parameter is checked here (400 naming it).
 */
public record ChartOptions(
    Analysis chart,
    int baseline,
    RunChart.BaselineMode mode,
    List<YearMonth> phases,
    double minShare) {

  static final int MAX_PHASES = 12;

  /** The analyses a chart can have, by their names in the contract. */
  public enum Analysis {
    RUN("run"),
    P("p"),
    U("u"),
    XMR("xmr"),
    LANEY_P("laney-p"),
    LANEY_U("laney-u");

    final String value;

    Analysis(String value) {
      this.value = value;
    }

    /** Whether this analysis fits a measure of {@code type}. */
    boolean fits(MeasureType type) {
      return switch (this) {
        case RUN, XMR -> true;
        case P, LANEY_P -> type == MeasureType.PROPORTION;
        case U, LANEY_U -> type == MeasureType.PROPORTION || type == MeasureType.COUNT;
      };
    }

    /** Proportions get a p-chart; counts, means and rates an individuals chart. */
    static Analysis defaultFor(MeasureType type) {
      return type == MeasureType.PROPORTION ? P : XMR;
    }

    ControlChart.Type controlChart() {
      return switch (this) {
        case RUN -> null;
        case P -> ControlChart.Type.P;
        case U -> ControlChart.Type.U;
        case XMR -> ControlChart.Type.XMR;
        case LANEY_P -> ControlChart.Type.LANEY_P;
        case LANEY_U -> ControlChart.Type.LANEY_U;
      };
    }
  }

  /** The analysis a measure gets: the one asked for when it fits, else the measure's default. */
  Analysis analysisFor(MeasureType type) {
    return chart != null && chart.fits(type) ? chart : Analysis.defaultFor(type);
  }

  /** Parses the query parameters; {@code defaultMinShare} from configuration. */
  static ChartOptions parse(
      String chart,
      Integer baseline,
      String baselineMode,
      String phases,
      Double minShare,
      double defaultMinShare) {
    Analysis analysis = null;
    if (chart != null) {
      for (Analysis a : Analysis.values()) {
        if (a.value.equals(chart)) {
          analysis = a;
        }
      }
      if (analysis == null) {
        throw invalid("chart", "must be one of run, p, u, xmr, laney-p, laney-u");
      }
    }
    RunChart.BaselineMode mode;
    mode =
        secondChoice("baselineMode", baselineMode, "frozen", "extended")
            ? RunChart.BaselineMode.EXTENDED
            : RunChart.BaselineMode.FROZEN;
    TreeSet<YearMonth> months = new TreeSet<>();
    if (phases != null && !phases.isBlank()) {
      for (String part : phases.split(",", -1)) {
        try {
          months.add(YearMonth.parse(part.strip()));
        } catch (DateTimeParseException e) {
          throw invalid("phases", "must be months (YYYY-MM) separated by commas");
        }
      }
      if (months.size() > MAX_PHASES) {
        throw invalid("phases", "at most " + MAX_PHASES + " months");
      }
    }
    double share = minShare == null ? defaultMinShare : minShare;
    if (Double.isNaN(share) || share < 0 || share > 1) {
      throw invalid("minShare", "must be between 0 and 1");
    }
    return new ChartOptions(
        analysis,
        baseline == null ? RunChart.DEFAULT_BASELINE : baseline,
        mode,
        List.copyOf(months),
        share);
  }

  /**
   * A query parameter of two choices: false for the first (or none given), true for the second,
   * else a 400 problem naming the parameter.
   */
  static boolean secondChoice(String parameter, String value, String first, String second) {
    if (value == null || value.equals(first)) {
      return false;
    }
    if (value.equals(second)) {
      return true;
    }
    throw invalid(parameter, "must be " + first + " or " + second + ", not " + value);
  }

  private static ApiException invalid(String parameter, String message) {
    return ApiException.invalid(List.of(new Violation(parameter, "query", message)));
  }
}
