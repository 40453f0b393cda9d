package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lcp.common.web.ShutdownGate;

/**
 * The gate refuses requests only once the shutdown delay has run out (bench/faults-shutdown.sh runs
 * it for real).
 */
class ShutdownGateTest {

  @Test
  void opensUntilTheShutdownDelayHasRunOut() throws Exception {
    ShutdownGate noDelay = gate(Duration.ZERO);
    assertThat(refusing(noDelay)).isFalse();
    delayStarted(noDelay);
    assertThat(refusing(noDelay)).isTrue();

    ShutdownGate longDelay = gate(Duration.ofMinutes(1));
    delayStarted(longDelay);
    assertThat(refusing(longDelay)).as("still within the delay").isFalse();
  }

  private static ShutdownGate gate(Duration delay) throws Exception {
    Constructor<ShutdownGate> c = ShutdownGate.class.getDeclaredConstructor(Optional.class);
    c.setAccessible(true);
    return c.newInstance(Optional.of(delay));
  }

  private static void delayStarted(ShutdownGate gate) throws Exception {
    Method m =
        ShutdownGate.class.getDeclaredMethod(
            "delayStarted", io.quarkus.runtime.ShutdownDelayInitiatedEvent.class);
    m.setAccessible(true);
    m.invoke(gate, (Object) null);
  }

  private static boolean refusing(ShutdownGate gate) throws Exception {
    Method m = ShutdownGate.class.getDeclaredMethod("refusing");
    m.setAccessible(true);
    return (boolean) m.invoke(gate);
  }
}
