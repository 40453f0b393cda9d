package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcp.common.security.CallPolicyWorld.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lcp.common.security.Refs.CallRef;

/**
 * Who sees, schedules, changes and registers for a collaborative's calls: each rule, many callers,
 * no database.
 */
class CallPolicyTest {

  static final CallPolicyWorld W = new CallPolicyWorld();
  final CallPolicy policy = new CallPolicy(new CollaborativePolicy());

  static Stream<Arguments> seeing() {
    CallRef whole = W.wholeCall(W.open);
    CallRef forA = W.teamCall(W.open, W.teamA);
    CallRef forB = W.teamCall(W.open, W.teamB);
    CallRef info = W.informationalCall(W.open);
    CallRef draftCall = W.wholeCall(W.draft);
    CallRef closedCall = W.teamCall(W.closed, W.teamA);
    return Stream.of(
        Arguments.of("admin, a team's call", W.admin, forB, 200),
        Arguments.of("lead, a team's call", W.lead, forB, 200),
        Arguments.of("faculty, a team's call", W.faculty, forA, 200),
        Arguments.of("faculty, a draft's call", W.faculty, draftCall, 200),
        Arguments.of("other faculty, the whole collaborative's call", W.otherFaculty, whole, 404),
        Arguments.of("other faculty, an informational call", W.otherFaculty, info, 404),
        Arguments.of("member, the whole collaborative's call", W.memberA, whole, 200),
        Arguments.of("member, their team's call", W.memberA, forA, 200),
        Arguments.of("member, another team's call", W.memberA, forB, 404),
        Arguments.of("member, an informational call", W.memberA, info, 200),
        Arguments.of("member, a draft's call", W.memberA, draftCall, 404),
        Arguments.of(
            "member, a closed collaborative's call (reading stays)", W.memberA, closedCall, 200),
        Arguments.of(
            "member of a team-less organisation, a consultation call", W.memberX, whole, 404),
        Arguments.of(
            "member of a team-less organisation, an informational call", W.memberX, info, 200),
        Arguments.of("someone of no organisation, an informational call", W.nobody, info, 404),
        Arguments.of("machine client, its team's call", W.machineA, forA, 403));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("seeing")
  void whoSeesACall(String who, Actor actor, CallRef call, int expected) {
    assertThat(status(() -> policy.requireVisible(actor, call, "call"))).isEqualTo(expected);
  }

  /**
   * The list form of the same rule: faculty every call, members their teams' and informational
   * calls.
   */
  @Test
  void theListFilterNamesOnlyWhatTheViewerMaySee() {
    assertThat(policy.viewer(W.admin, W.open).where("i", "b", "w", "t")).isEqualTo(Filter.ALL);
    assertThat(policy.viewer(W.faculty, W.open).where("i", "b", "w", "t")).isEqualTo(Filter.ALL);
    Filter member = policy.viewer(W.memberA, W.open).where("i", "b", "w", "t");
    assertThat(member.jpql()).isEqualTo("(b or i or (not (i) and (w or t in :viewerTeams)))");
    assertThat(member.params()).isEqualTo(Map.of("viewerTeams", Set.of(W.teamA)));
    assertThat(policy.viewer(W.memberX, W.open).where("i", "b", "w", "t").jpql())
        .isEqualTo("(b or i)");
    // a webinar is open to the whole network: also to someone of no organisation
    assertThat(policy.viewer(W.nobody, W.open).where("i", "b", "w", "t").jpql()).isEqualTo("(b)");
  }

  @Test
  void everyPersonSeesAWebinarButOnlyMembersOfAnOrganisationAnInformationalCall() {
    CallRef webinar = new CallRef(UUID.randomUUID(), W.open, true, true, null, true);
    assertThat(status(() -> policy.requireVisible(W.nobody, webinar, "call"))).isEqualTo(200);
    assertThat(status(() -> policy.requireVisible(W.memberX, webinar, "call"))).isEqualTo(200);
    assertThat(status(() -> policy.requireVisible(W.nobody, W.informationalCall(W.open), "call")))
        .isEqualTo(404);
    // a draft's webinar is its faculty's until the collaborative is announced
    CallRef draft = new CallRef(UUID.randomUUID(), W.draft, true, true, null, true);
    assertThat(status(() -> policy.requireVisible(W.nobody, draft, "call"))).isEqualTo(404);
    // anyone who sees it may register on their own; a data system may not
    assertThat(status(() -> policy.requireRegister(W.nobody, webinar, null))).isEqualTo(200);
    assertThat(status(() -> policy.requireRegister(W.nobody, webinar, W.orgA))).isEqualTo(403);
  }

  @Test
  void aRegistrationMadeWithoutAnOrganisationIsItsRegistrantsAndTheFacultys() {
    CallRef webinar = new CallRef(UUID.randomUUID(), W.open, true, true, null, true);
    UUID registrant = W.nobody.userId();
    assertThat(policy.viewer(W.nobody, W.open).seesRegistration(null, registrant)).isTrue();
    assertThat(policy.viewer(W.memberA, W.open).seesRegistration(null, registrant)).isFalse();
    assertThat(policy.viewer(W.lead, W.open).seesRegistration(null, registrant)).isTrue();
    UUID id = UUID.randomUUID();
    assertThat(
            status(() -> policy.requireRegistrationChange(W.nobody, webinar, id, null, registrant)))
        .isEqualTo(200);
    assertThat(
            status(() -> policy.requireRegistrationChange(W.admin, webinar, id, null, registrant)))
        .isEqualTo(200);
    assertThat(
            status(() -> policy.requireRegistrationChange(W.lead, webinar, id, null, registrant)))
        .isEqualTo(403);
    assertThat(
            status(
                () -> policy.requireRegistrationChange(W.memberA, webinar, id, null, registrant)))
        .isEqualTo(404);
    Filter own = policy.viewer(W.memberA, W.open).whereRegistration("o", "r");
    assertThat(own.jpql())
        .isEqualTo("(o in :viewerOrganizations or (o is null and r = :viewerPerson))");
    assertThat(own.params()).containsEntry("viewerPerson", W.memberA.userId());
    assertThat(policy.viewer(W.lead, W.open).whereRegistration("o", "r")).isEqualTo(Filter.ALL);
  }

  @Test
  void registrationsAndAttendeesAreSeenByFacultyAndTheirOwnOrganisation() {
    assertThat(policy.viewer(W.lead, W.open).whereOrganization("o")).isEqualTo(Filter.ALL);
    assertThat(policy.viewer(W.admin, W.open).whereOrganization("o")).isEqualTo(Filter.ALL);
    Filter own = policy.viewer(W.memberA, W.open).whereOrganization("o");
    assertThat(own.jpql()).isEqualTo("o in :viewerOrganizations");
    assertThat(own.params()).isEqualTo(Map.of("viewerOrganizations", Set.of(W.orgA)));
    assertThat(policy.viewer(W.nobody, W.open).whereOrganization("o")).isEqualTo(Filter.NONE);
    assertThat(policy.viewer(W.memberA, W.open).seesOrganization(W.orgB)).isFalse();
    assertThat(policy.viewer(W.faculty, W.open).seesOrganization(W.orgB)).isTrue();
  }

  static Stream<Arguments> organizing() {
    return Stream.of(
        Arguments.of("admin", W.admin, W.open, 200),
        Arguments.of("lead", W.lead, W.open, 200),
        Arguments.of("faculty", W.faculty, W.open, 200),
        Arguments.of("faculty of a draft", W.faculty, W.draft, 200),
        Arguments.of("other faculty", W.otherFaculty, W.open, 403),
        Arguments.of("member", W.memberA, W.open, 403),
        Arguments.of("member of another organisation", W.memberB, W.open, 403),
        Arguments.of("member, a draft", W.memberA, W.draft, 404),
        Arguments.of("machine client", W.machineA, W.open, 403),
        Arguments.of("lead, CLOSED", W.lead, W.closed, 409),
        Arguments.of("admin, CLOSED", W.admin, W.closed, 409),
        Arguments.of("member, CLOSED", W.memberA, W.closed, 403),
        Arguments.of("the system", Actor.system(), W.open, 200));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("organizing")
  void whoSchedulesCalls(String who, Actor actor, Refs.CollaborativeRef c, int expected) {
    assertThat(status(() -> policy.requireOrganize(actor, c))).isEqualTo(expected);
    assertThat(policy.mayOrganize(actor, c)).isEqualTo(expected == 200);
  }

  static Stream<Arguments> changing() {
    return Stream.of(
        Arguments.of("admin", W.admin, W.teamCall(W.open, W.teamB), 200),
        Arguments.of("lead", W.lead, W.teamCall(W.open, W.teamB), 200),
        Arguments.of("faculty", W.faculty, W.informationalCall(W.open), 200),
        Arguments.of("other faculty", W.otherFaculty, W.wholeCall(W.open), 404),
        Arguments.of("member, a call they see", W.memberA, W.wholeCall(W.open), 403),
        Arguments.of("member, their team's call", W.memberA, W.teamCall(W.open, W.teamA), 403),
        Arguments.of("member, another team's call", W.memberA, W.teamCall(W.open, W.teamB), 404),
        Arguments.of(
            "member of a team-less organisation, an informational call",
            W.memberX,
            W.informationalCall(W.open),
            403),
        Arguments.of("machine client", W.machineA, W.teamCall(W.open, W.teamA), 403),
        Arguments.of("lead, CLOSED", W.lead, W.wholeCall(W.closed), 409),
        Arguments.of("member, CLOSED", W.memberA, W.wholeCall(W.closed), 403),
        Arguments.of("other faculty, CLOSED", W.otherFaculty, W.wholeCall(W.closed), 404));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("changing")
  void whoChangesCancelsArchivesAndTakesAttendance(
      String who, Actor actor, CallRef call, int expected) {
    assertThat(status(() -> policy.requireOrganize(actor, call, "call"))).isEqualTo(expected);
  }

  static Stream<Arguments> registering() {
    return Stream.of(
        Arguments.of("admin, for any organisation", W.admin, W.orgB, W.open, 200),
        Arguments.of("member, for their organisation", W.memberA, W.orgA, W.open, 200),
        Arguments.of("member of a team-less organisation, for it", W.memberX, W.orgX, W.open, 200),
        Arguments.of("member, for another organisation", W.memberA, W.orgB, W.open, 403),
        Arguments.of("lead, for an organisation", W.lead, W.orgA, W.open, 403),
        Arguments.of("faculty, for an organisation", W.faculty, W.orgA, W.open, 403),
        Arguments.of(
            "faculty and member, for their organisation", W.facultyMemberA, W.orgA, W.open, 200),
        Arguments.of("other faculty", W.otherFaculty, W.orgA, W.open, 404),
        Arguments.of("someone of no organisation", W.nobody, W.orgA, W.open, 404),
        Arguments.of("member, a draft's call", W.memberA, W.orgA, W.draft, 404),
        Arguments.of("machine client", W.machineA, W.orgA, W.open, 403),
        Arguments.of("member, CLOSED", W.memberA, W.orgA, W.closed, 409),
        Arguments.of("admin, CLOSED", W.admin, W.orgA, W.closed, 409),
        Arguments.of("lead, CLOSED", W.lead, W.orgA, W.closed, 403));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("registering")
  void whoRegistersAnOrganisation(
      String who, Actor actor, UUID org, Refs.CollaborativeRef c, int expected) {
    assertThat(status(() -> policy.requireRegister(actor, W.informationalCall(c), org)))
        .isEqualTo(expected);
  }

  static Stream<Arguments> changingARegistration() {
    return Stream.of(
        Arguments.of("admin", W.admin, W.open, 200),
        Arguments.of("member of the organisation", W.memberA, W.open, 200),
        Arguments.of("faculty who is a member of the organisation", W.facultyMemberA, W.open, 200),
        Arguments.of("lead: sees it, may not change it", W.lead, W.open, 403),
        Arguments.of("faculty: sees it, may not change it", W.faculty, W.open, 403),
        Arguments.of("member of another organisation: does not see it", W.memberB, W.open, 404),
        Arguments.of("member of a team-less organisation: does not see it", W.memberX, W.open, 404),
        Arguments.of("other faculty: does not see the call", W.otherFaculty, W.open, 404),
        Arguments.of("someone of no organisation", W.nobody, W.open, 404),
        Arguments.of("machine client of the organisation", W.machineA, W.open, 403),
        Arguments.of("member, CLOSED", W.memberA, W.closed, 409),
        Arguments.of("admin, CLOSED", W.admin, W.closed, 409),
        Arguments.of("lead, CLOSED", W.lead, W.closed, 403),
        Arguments.of("member of another organisation, CLOSED", W.memberB, W.closed, 404));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("changingARegistration")
  void whoChangesOrWithdrawsARegistration(
      String who, Actor actor, Refs.CollaborativeRef c, int expected) {
    CallRef call = W.informationalCall(c);
    assertThat(
            status(
                () ->
                    policy.requireRegistrationChange(
                        actor, call, UUID.randomUUID(), W.orgA, UUID.randomUUID())))
        .isEqualTo(expected);
  }

  @Test
  void aFeedShowsADraftOnlyToItsFaculty() {
    // feeds act for a person known by id alone: no token roles, so an admin is nobody special there
    Actor linkOfFaculty = W.faculty;
    assertThat(status(() -> policy.feedViewer(linkOfFaculty, W.draft))).isEqualTo(200);
    assertThat(status(() -> policy.feedViewer(W.memberA, W.draft))).isEqualTo(404);
    assertThat(policy.feedViewer(W.memberA, W.open).sees(W.teamCall(W.open, W.teamB))).isFalse();
    assertThat(policy.feedViewer(W.memberA, W.open).sees(W.teamCall(W.open, W.teamA))).isTrue();
    assertThat(policy.feedViewer(W.lead, W.closed).all()).isTrue();
  }
}
