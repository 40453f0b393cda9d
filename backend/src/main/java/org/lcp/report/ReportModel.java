package org.lcp.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the report prints, read in one transaction before the first byte is written.
 *
 * @param title the collaborative's title
 * @param practice its practice (may be null)
 * @param phase its phase
 * @param range the "as of" day and the months
 * @param generatedAt when the report was made
 * @param enrolled how many teams are enrolled
 * @param completeness per measure, what was reported of what was due
 * @param attendance the learning sessions and the teams at risk
 * @param charts per measure, the pooled run chart
 */
record ReportModel(
    String title,
    String practice,
    String phase,
    ReportRange range,
    Instant generatedAt,
    int enrolled,
    List<Completeness> completeness,
    Attendance attendance,
    List<PooledChart> charts) {

  /**
   * One measure's completeness as of the day.
   *
   * @param measureName the measure
   * @param due the values due by the day (enrolled teams x months whose due day has passed)
   * @param reported how many of those had been reported by then
   * @param overdueTeams how many teams had a due value not reported
   * @param overdueNames the first of those teams, by name
   */
  record Completeness(
      String measureName,
      String measureKey,
      int due,
      int reported,
      int overdueTeams,
      List<String> overdueNames) {

    /** The share reported, in percent (100 when nothing was due). */
    double share() {
      return due == 0 ? 100.0 : 100.0 * reported / due;
    }
  }

  /** The learning sessions with the share of teams that attended in full, and the teams at risk. */
  record Attendance(int teams, List<Session> sessions, List<AtRisk> atRisk, int atRiskTotal) {}

  /**
   * A learning session: {@code full} teams had every expected member attend, {@code notRecorded}
   * teams have attendance not recorded.
   */
  record Session(
      int number, String title, LocalDate start, boolean held, int full, int notRecorded) {}

  /** A team at risk and why (the first few shortfalls). */
  record AtRisk(String name, List<String> why) {}
}
