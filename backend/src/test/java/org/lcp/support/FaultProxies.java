package org.lcp.support;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.function.Consumer;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * The TCP proxies the fault tests put in front of the real PostgreSQL and Keycloak, on fixed ports
 * (a test profile names them before Quarkus starts), started once per test JVM.
 *
 * <p>A profile's overrides are read in another class loader than the one the test runs in, so a
 * proxy is registered JVM-wide, as a platform MBean, and driven through the MBean server, which
 * both loaders share.
 */
public final class FaultProxies {

  /** PostgreSQL through a proxy: {@code lcp.test.pg-proxy-port} (25432) to the tests' server. */
  public static final int PG_PORT = Integer.getInteger("lcp.test.pg-proxy-port", 25432);

  /** Keycloak through a proxy: {@code lcp.test.kc-proxy-port} (28180) to LCP_KEYCLOAK_URL. */
  public static final int KC_PORT = Integer.getInteger("lcp.test.kc-proxy-port", 28180);

  /**
   * What a test drives: {@link TcpProxy#cut()}, {@link TcpProxy#stall()}, {@link TcpProxy#heal()}.
   */
  public record Handle(Consumer<String> control) {
    public void cut() {
      control.accept("cut");
    }

    public void stall() {
      control.accept("stall");
    }

    public void heal() {
      control.accept("heal");
    }
  }

  private FaultProxies() {}

  /** The proxy in front of the tests' PostgreSQL. */
  public static Handle postgres() {
    URI db = testDb();
    return handle(
        "lcp.test.pg-proxy", PG_PORT, db.getHost(), db.getPort() < 0 ? 5432 : db.getPort());
  }

  /** The tests' database, reached through the proxy (which this starts). */
  public static String postgresUrl() {
    postgres();
    return "jdbc:postgresql://127.0.0.1:" + PG_PORT + testDb().getPath();
  }

  /** The proxy in front of Keycloak ({@code keycloakUrl}: its base URL). */
  public static Handle keycloak(String keycloakUrl) {
    URI kc = URI.create(keycloakUrl);
    return handle("lcp.test.kc-proxy", KC_PORT, kc.getHost(), kc.getPort() < 0 ? 80 : kc.getPort());
  }

  /** The operations a proxy offers over JMX, the one registry both class loaders share. */
  public interface ControlMBean {
    void cut();

    void stall();

    void heal();
  }

  private static Handle handle(String key, int port, String host, int targetPort) {
    MBeanServer jvm = ManagementFactory.getPlatformMBeanServer();
    ObjectName name;
    try {
      name = new ObjectName("org.lcp.test:type=TcpProxy,name=" + key);
    } catch (MalformedObjectNameException e) {
      throw new IllegalArgumentException(key, e);
    }
    synchronized (jvm) {
      if (!jvm.isRegistered(name)) {
        TcpProxy proxy = TcpProxy.start(port, host, targetPort);
        ControlMBean control =
            new ControlMBean() {
              @Override
              public void cut() {
                proxy.cut();
              }

              @Override
              public void stall() {
                proxy.stall();
              }

              @Override
              public void heal() {
                proxy.heal();
              }
            };
        try {
          jvm.registerMBean(new StandardMBean(control, ControlMBean.class), name);
        } catch (JMException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return new Handle(
        command -> {
          try {
            jvm.invoke(name, command, null, null);
          } catch (JMException e) {
            throw new IllegalStateException(command, e);
          }
        });
  }

  private static URI testDb() {
    String url = System.getenv("LCP_TEST_DB_URL");
    if (url == null || url.isBlank()) {
      url = "jdbc:postgresql://127.0.0.1:5432/lcp_test";
    }
    return URI.create(url.substring("jdbc:".length()));
  }
}
