package org.lcp.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The phase rules, without HTTP. */
class PhasesTest {

  @Test
  void aLearningCollaborativeWalksEveryPhase() {
    assertThat(Phases.path(CollaborativeKind.LEARNING_COLLABORATIVE))
        .containsExactly(Phase.values());
  }

  @Test
  void aLearningCommunityHasNoApplicationPhases() {
    assertThat(Phases.path(CollaborativeKind.LEARNING_COMMUNITY))
        .containsExactly(
            Phase.DRAFT, Phase.ANNOUNCED, Phase.ACTIVE, Phase.SUSTAINING, Phase.CLOSED);
    assertThat(Phases.next(CollaborativeKind.LEARNING_COMMUNITY, Phase.ANNOUNCED))
        .isEqualTo(Phase.ACTIVE);
  }

  @ParameterizedTest
  @EnumSource(CollaborativeKind.class)
  void onlyTheNextPhaseForwardAndEarlierOnesForAdmins(CollaborativeKind kind) {
    List<Phase> path = Phases.path(kind);
    for (int i = 0; i < path.size(); i++) {
      Phase from = path.get(i);
      List<Phase> lead = Phases.allowed(kind, from, true, false);
      List<Phase> admin = Phases.allowed(kind, from, true, true);
      List<Phase> nobody = Phases.allowed(kind, from, false, false);
      assertThat(nobody).isEmpty();
      assertThat(lead).isEqualTo(i + 1 < path.size() ? List.of(path.get(i + 1)) : List.of());
      assertThat(admin).containsAll(lead).containsAll(path.subList(0, i)).doesNotContain(from);
      for (Phase earlier : path.subList(0, i)) {
        assertThat(Phases.isReopen(kind, from, earlier)).isTrue();
      }
      assertThat(Phases.isReopen(kind, from, from)).isFalse();
    }
  }

  @Test
  void closedIsTheEnd() {
    assertThat(Phases.next(CollaborativeKind.LEARNING_COLLABORATIVE, Phase.CLOSED)).isNull();
    assertThat(Phases.earlier(CollaborativeKind.LEARNING_COLLABORATIVE, Phase.DRAFT)).isEmpty();
  }
}
