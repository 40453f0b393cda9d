package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enum the database stores has the same constants as its contract twin, so that {@code
 * Enums.map} never fails at run time: a constant added on one side only fails here.
 */
class EnumMappingTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(org.lcp.collaborative.Phase.class, org.lcp.api.model.Phase.class),
        Arguments.of(
            org.lcp.collaborative.SetupRules.Key.class, org.lcp.api.model.SetupItemKey.class),
        Arguments.of(
            org.lcp.collaborative.CollaborativeKind.class,
            org.lcp.api.model.CollaborativeKind.class),
        Arguments.of(org.lcp.common.security.MemberRole.class, org.lcp.api.model.MemberRole.class),
        Arguments.of(org.lcp.team.TeamRole.class, org.lcp.api.model.TeamRole.class),
        Arguments.of(
            org.lcp.session.AttendanceStatus.class, org.lcp.api.model.AttendanceStatus.class),
        Arguments.of(
            org.lcp.common.audit.ActorKind.class, org.lcp.api.model.AuditEvent.ActorKindEnum.class),
        Arguments.of(
            org.lcp.application.ApplicationStatus.class, org.lcp.api.model.ApplicationStatus.class),
        Arguments.of(org.lcp.review.ReviewStatus.class, org.lcp.api.model.ReviewStatus.class),
        Arguments.of(org.lcp.review.Recommendation.class, org.lcp.api.model.Recommendation.class),
        Arguments.of(org.lcp.session.SessionMode.class, org.lcp.api.model.SessionMode.class),
        Arguments.of(org.lcp.consultation.CallKind.class, org.lcp.api.model.CallKind.class),
        Arguments.of(org.lcp.consultation.CallAudience.class, org.lcp.api.model.CallAudience.class),
        Arguments.of(org.lcp.consultation.CallState.class, org.lcp.api.model.CallState.class),
        Arguments.of(org.lcp.consultation.CallMode.class, org.lcp.api.model.CallMode.class),
        Arguments.of(
            org.lcp.calendar.ScheduleItemType.class, org.lcp.api.model.ScheduleItemType.class),
        Arguments.of(org.lcp.calendar.ScheduleReason.class, org.lcp.api.model.ScheduleReason.class),
        Arguments.of(
            org.lcp.calendar.ScheduleMode.class, org.lcp.api.model.ScheduleItem.ModeEnum.class),
        Arguments.of(org.lcp.metrics.MeasureType.class, org.lcp.api.model.MeasureType.class),
        Arguments.of(
            org.lcp.metrics.Direction.class, org.lcp.api.model.Measure.DirectionEnum.class),
        Arguments.of(
            org.lcp.metrics.Direction.class, org.lcp.api.model.MeasureInput.DirectionEnum.class),
        Arguments.of(
            org.lcp.metrics.Direction.class, org.lcp.api.model.RunChart.DirectionEnum.class),
        Arguments.of(
            org.lcp.metrics.PeriodType.class, org.lcp.api.model.Measure.PeriodTypeEnum.class),
        Arguments.of(
            org.lcp.metrics.ValueSource.class, org.lcp.api.model.MetricValue.SourceEnum.class),
        Arguments.of(
            org.lcp.metrics.ImportMode.class, org.lcp.api.model.ImportReport.ModeEnum.class));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void sameConstants(Class<? extends Enum<?>> stored, Class<? extends Enum<?>> contract) {
    assertThat(names(stored)).containsExactlyElementsOf(names(contract));
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
