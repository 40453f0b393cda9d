package org.lcp.common.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A real deployment never manages Keycloak with the secret that ships in the realm file. */
class AdminSecretCheckTest {

  @Test
  void aRealDeploymentWithTheDevelopmentOrNoSecretRefusesToStart() {
    assertThatThrownBy(
            () -> AdminSecretCheck.check(true, true, false, AdminSecretCheck.DEVELOPMENT_SECRET))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refusing to start")
        .hasMessageContaining("LCP_KEYCLOAK_ADMIN_SECRET");
    assertThatThrownBy(() -> AdminSecretCheck.check(true, true, false, " "))
        .hasMessageContaining("refusing to start");
  }

  @Test
  void demoDeploymentsDevelopmentTestsAndServersWithoutIdentityAdministrationStart() {
    String dev = AdminSecretCheck.DEVELOPMENT_SECRET;
    assertThatCode(() -> AdminSecretCheck.check(true, true, true, dev)).doesNotThrowAnyException();
    assertThatCode(() -> AdminSecretCheck.check(false, true, false, dev))
        .doesNotThrowAnyException();
    assertThatCode(() -> AdminSecretCheck.check(true, false, false, dev))
        .doesNotThrowAnyException();
    assertThatCode(() -> AdminSecretCheck.check(true, true, false, "a-real-secret-from-keycloak"))
        .doesNotThrowAnyException();
  }
}
