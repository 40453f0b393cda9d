package org.lcp.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lcp.collaborative.SetupRules.Facts;
import org.lcp.collaborative.SetupRules.Item;
import org.lcp.collaborative.SetupRules.Key;
import org.lcp.collaborative.SetupRules.SessionState;

/** The setup checklist and its gates, without a database. */
class SetupRulesTest {

  static final SessionState SCHEDULED_IN_PERSON = new SessionState(1, false, true, true);

  static Facts collaborative(Phase phase) {
    return new Facts(
        CollaborativeKind.LEARNING_COLLABORATIVE,
        phase,
        1,
        true,
        true,
        List.of(
            new SessionState(1, false, true, true),
            new SessionState(2, true, true, true),
            new SessionState(3, false, true, true)),
        7,
        1,
        0);
  }

  static Facts empty(CollaborativeKind kind, Phase phase) {
    return new Facts(kind, phase, 0, false, false, List.of(), 0, 0, 0);
  }

  static Facts withSessions(Facts f, List<SessionState> sessions) {
    return new Facts(
        f.kind(),
        f.phase(),
        f.leads(),
        f.hasOpenAt(),
        f.hasCloseAt(),
        sessions,
        f.readinessItems(),
        f.measures(),
        f.calls());
  }

  static Item item(List<Item> items, Key key) {
    return items.stream().filter(i -> i.key() == key).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void aLearningCollaborativeHasFiveItemsInEveryPhase(Phase phase) {
    List<Item> items = SetupRules.checklist(collaborative(phase));
    assertThat(items)
        .extracting(Item::key)
        .containsExactly(
            Key.LEAD_FACULTY,
            Key.APPLICATION_WINDOW,
            Key.LEARNING_SESSIONS,
            Key.READINESS_ITEMS,
            Key.MEASURES);
    assertThat(items)
        .extracting(Item::requiredBefore)
        .containsExactly(
            Phase.APPLICATIONS_OPEN,
            Phase.APPLICATIONS_OPEN,
            Phase.APPLICATIONS_OPEN,
            Phase.APPLICATIONS_OPEN,
            Phase.ACTIVE);
    assertThat(items).allMatch(Item::done).allMatch(i -> i.needed() == null);
  }

  @ParameterizedTest
  @EnumSource(
      value = Phase.class,
      names = {"APPLICATIONS_OPEN", "REVIEW", "PRE_WORK", "SUSTAINING", "CLOSED"},
      mode = EnumSource.Mode.EXCLUDE)
  void aLearningCommunityNeedsALeadAndACall(Phase phase) {
    Facts none = empty(CollaborativeKind.LEARNING_COMMUNITY, phase);
    List<Item> items = SetupRules.checklist(none);
    assertThat(items).extracting(Item::key).containsExactly(Key.LEAD_FACULTY, Key.CALLS);
    assertThat(items)
        .extracting(Item::requiredBefore)
        .containsExactly(Phase.ANNOUNCED, Phase.ACTIVE);
    assertThat(SetupRules.missingFor(items, Phase.ANNOUNCED))
        .extracting(Item::needed)
        .containsExactly("at least one lead faculty member");
    assertThat(SetupRules.missingFor(items, Phase.ACTIVE))
        .extracting(Item::needed)
        .containsExactly("at least one scheduled call");
    // learning sessions count only when it has some
    Facts withSession = withSessions(none, List.of(new SessionState(1, true, false, false)));
    List<Item> more = SetupRules.checklist(withSession);
    assertThat(more)
        .extracting(Item::key)
        .containsExactly(Key.LEAD_FACULTY, Key.CALLS, Key.LEARNING_SESSIONS);
    assertThat(item(more, Key.LEARNING_SESSIONS).requiredBefore()).isEqualTo(Phase.ACTIVE);
    assertThat(item(more, Key.LEARNING_SESSIONS).needed())
        .isEqualTo("dates for learning session 1; a join link for learning session 1");
  }

  @Test
  void anEmptyCollaborativeNamesEverythingItMissesBeforeOpeningApplications() {
    Facts f = empty(CollaborativeKind.LEARNING_COLLABORATIVE, Phase.ANNOUNCED);
    List<Item> items = SetupRules.checklist(f);
    List<Item> missing = SetupRules.missingFor(items, Phase.APPLICATIONS_OPEN);
    assertThat(missing)
        .extracting(Item::key)
        .containsExactly(
            Key.LEAD_FACULTY, Key.APPLICATION_WINDOW, Key.LEARNING_SESSIONS, Key.READINESS_ITEMS);
    assertThat(SetupRules.refusal(Phase.APPLICATIONS_OPEN, missing))
        .isEqualTo(
            "cannot open applications: at least one lead faculty member; the application window"
                + " (applicationsOpenAt and applicationsCloseAt); at least one learning session;"
                + " at least one readiness assessment item");
    assertThat(SetupRules.missingFor(items, Phase.ACTIVE))
        .extracting(Item::key)
        .containsExactly(Key.MEASURES);
    assertThat(SetupRules.missingFor(items, Phase.REVIEW)).isEmpty();
    assertThat(SetupRules.readyForNextPhase(f, items)).isFalse();
    assertThat(item(items, Key.LEAD_FACULTY).detail()).isEqualTo("No lead faculty member yet");
    assertThat(item(items, Key.LEARNING_SESSIONS).detail()).isEqualTo("No learning sessions yet");
  }

  @Test
  void sessionsNeedDatesAndTheVenueOrLinkOfTheirMode() {
    Facts f =
        withSessions(
            collaborative(Phase.ANNOUNCED),
            List.of(
                new SessionState(1, false, true, true),
                new SessionState(2, false, false, true),
                new SessionState(3, true, false, false),
                new SessionState(4, false, true, false)));
    List<Item> items = SetupRules.checklist(f);
    Item sessions = item(items, Key.LEARNING_SESSIONS);
    assertThat(sessions.done()).isFalse();
    assertThat(sessions.detail())
        .isEqualTo("1 of 4 learning sessions are scheduled (2 of 4 have dates)");
    assertThat(sessions.needed())
        .isEqualTo(
            "dates for learning sessions 2 and 3; a venue for learning session 4;"
                + " a join link for learning session 3");
    assertThat(
            SetupRules.refusal(
                Phase.APPLICATIONS_OPEN, SetupRules.missingFor(items, Phase.APPLICATIONS_OPEN)))
        .isEqualTo(
            "cannot open applications: dates for learning sessions 2 and 3; a venue for learning"
                + " session 4; a join link for learning session 3");
    assertThat(SetupRules.readyForNextPhase(f, items)).isFalse();
    assertThat(SetupRules.sessionsNamed(List.of(1, 2, 3)))
        .isEqualTo("learning sessions 1, 2 and 3");
  }

  @Test
  void theWindowNamesTheDateThatIsMissing() {
    Facts base = collaborative(Phase.ANNOUNCED);
    Facts noClose = new Facts(base.kind(), base.phase(), 1, true, false, base.sessions(), 7, 1, 0);
    assertThat(item(SetupRules.checklist(noClose), Key.APPLICATION_WINDOW).needed())
        .isEqualTo("the date applications close (applicationsCloseAt)");
    Facts noOpen = new Facts(base.kind(), base.phase(), 1, false, true, base.sessions(), 7, 1, 0);
    assertThat(item(SetupRules.checklist(noOpen), Key.APPLICATION_WINDOW).needed())
        .isEqualTo("the date applications open (applicationsOpenAt)");
  }

  @Test
  void readinessForTheNextPhaseLooksOnlyAtThatPhasesItems() {
    // measures are missing, but ANNOUNCED → APPLICATIONS_OPEN does not need them
    Facts noMeasures =
        new Facts(
            CollaborativeKind.LEARNING_COLLABORATIVE,
            Phase.ANNOUNCED,
            1,
            true,
            true,
            List.of(SCHEDULED_IN_PERSON),
            7,
            0,
            0);
    List<Item> items = SetupRules.checklist(noMeasures);
    assertThat(SetupRules.readyForNextPhase(noMeasures, items)).isTrue();
    assertThat(SetupRules.nextPhase(noMeasures)).isEqualTo(Phase.APPLICATIONS_OPEN);
    Facts preWork =
        new Facts(noMeasures.kind(), Phase.PRE_WORK, 1, true, true, noMeasures.sessions(), 7, 0, 0);
    assertThat(SetupRules.readyForNextPhase(preWork, SetupRules.checklist(preWork))).isFalse();
    assertThat(SetupRules.refusal(Phase.ACTIVE, SetupRules.missingFor(items, Phase.ACTIVE)))
        .isEqualTo("cannot make the collaborative ACTIVE: at least one Core Data Set measure");
    // at the end of the path there is no next phase
    Facts closed = collaborative(Phase.CLOSED);
    assertThat(SetupRules.nextPhase(closed)).isNull();
    assertThat(SetupRules.readyForNextPhase(closed, SetupRules.checklist(closed))).isFalse();
  }

  @Test
  void detailsCountWhatIsThere() {
    List<Item> items = SetupRules.checklist(collaborative(Phase.DRAFT));
    assertThat(item(items, Key.LEAD_FACULTY).detail()).isEqualTo("1 lead faculty member");
    assertThat(item(items, Key.LEARNING_SESSIONS).detail())
        .isEqualTo("3 of 3 learning sessions are scheduled (3 of 3 have dates)");
    assertThat(item(items, Key.READINESS_ITEMS).detail()).isEqualTo("7 readiness items");
    assertThat(item(items, Key.MEASURES).detail()).isEqualTo("1 measure");
    assertThat(item(items, Key.LEAD_FACULTY).label()).isEqualTo("At least one lead faculty member");
  }
}
