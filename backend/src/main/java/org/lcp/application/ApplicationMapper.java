package org.lcp.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.ApplicationChecks;
import org.lcp.api.model.ApplicationSummary;
import org.lcp.api.model.CommitmentSection;
import org.lcp.api.model.Completeness;
import org.lcp.api.model.CoreTeamSection;
import org.lcp.api.model.ReadinessItemList;
import org.lcp.api.model.ReadinessRating;
import org.lcp.api.model.ReadinessSection;
import org.lcp.api.model.SessionCommitment;
import org.lcp.api.model.SessionCommitmentSection;
import org.lcp.api.model.StatusChange;
import org.lcp.application.ApplicationParts.ReadinessItem;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.error.Violation;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Builds the API's views of applications: pure functions of the rows they are given. */
final class ApplicationMapper {

  private ApplicationMapper() {}

  static ReadinessItemList toApi(List<ReadinessItem> items) {
    return new ReadinessItemList()
        .items(
            items.stream()
                .map(
                    i ->
                        new org.lcp.api.model.ReadinessItem()
                            .key(i.id.key())
                            .text(i.text)
                            .help(i.help))
                .toList());
  }

  static org.lcp.api.model.ApplicationStatus status(ApplicationStatus s) {
    return Enums.map(s, org.lcp.api.model.ApplicationStatus.class);
  }

  /** The whole application (never with reviews). */
  static org.lcp.api.model.Application toApi(Application a, Collaborative c, ApplicationRows rows) {
    ApplicationRules.Content content = rows.content(a, c.minClinicians);
    List<Violation> missing = ApplicationRules.missing(content);
    ApplicationRules.Checks checks = ApplicationRules.checks(content);
    Map<UUID, Integer> numbers = rows.sessionNumbers();
    return new org.lcp.api.model.Application()
        .id(a.id)
        .collaborativeId(c.id)
        .collaborativeTitle(c.title)
        .organizationId(a.organizationId)
        .organizationName(rows.organizationName())
        .status(status(a.status))
        .returnedForChanges(a.returnedForChanges)
        .attendedInformationalCall(rows.attendedInformationalCall())
        .returnMessage(a.returnedForChanges ? a.returnMessage : null)
        .readinessItems(toApi(rows.items()).getItems())
        .readiness(
            new ReadinessSection()
                .ratings(
                    rows.ratings().stream()
                        .map(
                            r ->
                                new ReadinessRating()
                                    .itemKey(r.id.itemKey())
                                    .rating(r.rating)
                                    .comment(r.comment))
                        .toList()))
        .readinessScore(
            ApplicationRules.readinessScore(content.readinessItemKeys(), content.ratings()))
        .commitment(
            new CommitmentSection()
                .agreed(a.cdsAgreed)
                .signerMemberId(a.cdsSignerMemberId)
                .signerName(a.cdsSignerName)
                .signerTitle(a.cdsSignerTitle)
                .signedOn(a.cdsSignedOn)
                .dataContactName(a.dataContactName)
                .dataContactEmail(a.dataContactEmail))
        .coreTeam(
            new CoreTeamSection()
                .members(
                    rows.members().stream()
                        .map(
                            m ->
                                new org.lcp.api.model.CoreTeamMember()
                                    .memberId(m.memberId)
                                    .role(Enums.map(m.role, org.lcp.api.model.TeamRole.class))
                                    .name(m.name)
                                    .email(m.email)
                                    .title(m.title)
                                    .fte(m.fte == null ? null : m.fte.doubleValue()))
                        .toList()))
        .sessionCommitments(
            new SessionCommitmentSection()
                .sessions(
                    rows.commitments().stream()
                        .map(
                            s ->
                                new SessionCommitment()
                                    .learningSessionId(s.id.learningSessionId())
                                    .sessionNumber(numbers.get(s.id.learningSessionId()))
                                    .commits(s.commits)
                                    .conflicts(s.conflicts))
                        .sorted(Comparator.comparing(SessionCommitment::getSessionNumber))
                        .toList()))
        .completeness(
            new Completeness()
                .readiness(ApplicationRules.sectionComplete(missing, "readiness"))
                .commitment(ApplicationRules.sectionComplete(missing, "commitment"))
                .coreTeam(ApplicationRules.sectionComplete(missing, "coreTeam"))
                .sessionCommitments(ApplicationRules.sectionComplete(missing, "sessionCommitments"))
                .missing(
                    missing.stream()
                        .map(
                            v ->
                                new org.lcp.api.model.Violation()
                                    .field(v.field())
                                    .in(org.lcp.api.model.Violation.InEnum.BODY)
                                    .message(v.message()))
                        .toList()))
        .checks(
            new ApplicationChecks()
                .seniorLeaders(checks.seniorLeaders())
                .supervisors(checks.supervisors())
                .clinicians(checks.clinicians())
                .minClinicians(checks.minClinicians())
                .allSessionsCommitted(checks.allSessionsCommitted())
                .commitmentSigned(checks.commitmentSigned()))
        .decisionMessage(a.decisionMessage)
        .submittedAt(Times.utc(a.submittedAt))
        .decidedAt(Times.utc(a.decidedAt))
        .timeline(
            rows.timeline().stream()
                .map(s -> new StatusChange().status(status(s.status)).at(Times.utc(s.at)))
                .toList())
        .createdAt(Times.utc(a.createdAt))
        .updatedAt(Times.utc(a.updatedAt));
  }

  /** One line of a list. */
  static ApplicationSummary toSummary(
      Application a, String collaborativeTitle, String organizationName, Double readinessScore) {
    return new ApplicationSummary()
        .id(a.id)
        .collaborativeId(a.collaborativeId)
        .collaborativeTitle(collaborativeTitle)
        .organizationId(a.organizationId)
        .organizationName(organizationName)
        .status(status(a.status))
        .returnedForChanges(a.returnedForChanges)
        .readinessScore(readinessScore)
        .submittedAt(Times.utc(a.submittedAt))
        .updatedAt(Times.utc(a.updatedAt));
  }
}
