package org.lcp.improvement;

import java.time.YearMonth;
import java.util.Arrays;
import org.lcp.api.model.ChangeIdeaStatus;
import org.lcp.api.model.ChartAnnotationKind;
import org.lcp.api.model.PdsaOutcome;
import org.lcp.api.model.RunChartAnnotation;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Entities and rows to API models: pure functions of what they are given. */
final class ImprovementMapper {

  private ImprovementMapper() {}

  static org.lcp.api.model.ChangeIdea toApi(ChangeIdea i) {
    return new org.lcp.api.model.ChangeIdea()
        .id(i.id)
        .collaborativeId(i.collaborativeId)
        .organizationId(i.organizationId)
        .title(i.title)
        .description(i.description)
        .status(Enums.map(i.status, ChangeIdeaStatus.class))
        .measureIds(Arrays.asList(i.measureIds))
        .createdByName(i.createdByName)
        .createdAt(Times.utc(i.createdAt))
        .updatedAt(Times.utc(i.updatedAt));
  }

  static org.lcp.api.model.PdsaCycle toApi(PdsaCycle p, ChangeIdea idea) {
    return new org.lcp.api.model.PdsaCycle()
        .id(p.id)
        .changeIdeaId(p.changeIdeaId)
        .collaborativeId(idea.collaborativeId)
        .organizationId(idea.organizationId)
        .title(p.title)
        .plan(p.plan)
        ._do(p.doText)
        .study(p.study)
        .act(p.act)
        .startDate(p.startDate)
        .endDate(p.endDate)
        .outcome(p.outcome == null ? null : Enums.map(p.outcome, PdsaOutcome.class))
        .measureIds(Arrays.asList(p.measureIds))
        .createdByName(p.createdByName)
        .createdAt(Times.utc(p.createdAt))
        .updatedAt(Times.utc(p.updatedAt));
  }

  static org.lcp.api.model.ChartAnnotation toApi(ChartAnnotation a) {
    return new org.lcp.api.model.ChartAnnotation()
        .id(a.id)
        .collaborativeId(a.collaborativeId)
        .organizationId(a.organizationId)
        .measureId(a.measureId)
        .period(YearMonth.from(a.period).toString())
        .kind(Enums.map(a.kind, ChartAnnotationKind.class))
        .text(a.text)
        .changeIdeaId(a.changeIdeaId)
        .pdsaCycleId(a.pdsaCycleId)
        .createdByName(a.createdByName)
        .createdAt(Times.utc(a.createdAt))
        .updatedAt(Times.utc(a.updatedAt));
  }

  static org.lcp.api.model.ChartComment toApi(ChartComment c) {
    return new org.lcp.api.model.ChartComment()
        .id(c.id)
        .collaborativeId(c.collaborativeId)
        .organizationId(c.organizationId)
        .measureId(c.measureId)
        .period(c.period == null ? null : YearMonth.from(c.period).toString())
        .body(c.body)
        .createdByName(c.createdByName)
        .createdAt(Times.utc(c.createdAt));
  }

  static RunChartAnnotation toChart(ChartAnnotationRepository.Row r) {
    return new RunChartAnnotation()
        .period(r.period().toString())
        .kind(RunChartAnnotation.KindEnum.fromValue(r.kind()))
        .text(r.text())
        .annotationId(r.annotationId())
        .changeIdeaId(r.changeIdeaId())
        .pdsaCycleId(r.pdsaCycleId())
        .outcome(r.outcome() == null ? null : PdsaOutcome.fromValue(r.outcome()));
  }
}
