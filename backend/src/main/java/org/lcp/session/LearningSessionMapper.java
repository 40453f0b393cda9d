package org.lcp.session;

import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Learning sessions as the API shows them. */
final class LearningSessionMapper {

  private LearningSessionMapper() {}

  static org.lcp.api.model.LearningSession toApi(LearningSession s) {
    return new org.lcp.api.model.LearningSession()
        .id(s.id)
        .collaborativeId(s.collaborativeId)
        .number(s.number)
        .title(s.title)
        .startDate(s.startDate)
        .endDate(s.endDate)
        .timeZone(s.timeZone)
        .mode(Enums.map(s.mode, org.lcp.api.model.SessionMode.class))
        .location(s.location)
        .joinUrl(s.joinUrl)
        .agenda(s.agenda)
        .createdAt(Times.utc(s.createdAt))
        .updatedAt(Times.utc(s.updatedAt));
  }
}
