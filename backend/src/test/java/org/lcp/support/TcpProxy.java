package org.lcp.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy in front of a real service (PostgreSQL, Keycloak) that a test can break the way a
 * network or a server breaks, without Docker:
 *
 * <ul>
 *   <li>{@link #cut()}: the service is gone: every open connection is reset and new ones are
 *       refused (a restart, a crashed server, a failover);
 *   <li>{@link #stall()}: the service hangs: connections are accepted but no byte goes either way
 *       (a stalled database, a black-holed network);
 *   <li>{@link #heal()}: back to normal; connections cut or stalled before stay broken, as they
 *       would in real life.
 * </ul>
 *
 * <p>It listens on 127.0.0.1 on a fixed port (so that a Quarkus test profile can name it before the
 * test starts) or on a free one.
 */
public final class TcpProxy implements AutoCloseable {

  private enum Mode {
    PASS,
    CUT,
    STALL
  }

  private final String targetHost;
  private final int targetPort;
  private final ServerSocket server;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Mode mode = Mode.PASS;

  private TcpProxy(int listenPort, String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    try {
      server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + listenPort, e);
    }
    Thread acceptor = new Thread(this::accept, "tcp-proxy-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy on {@code listenPort} (0 for a free one) in front of {@code targetHost:targetPort}. */
  public static TcpProxy start(int listenPort, String targetHost, int targetPort) {
    return new TcpProxy(listenPort, targetHost, targetPort);
  }

  /** The port the proxy listens on. */
  public int port() {
    return server.getLocalPort();
  }

  /** The service is gone: open connections are reset, new ones are closed at once. */
  public void cut() {
    mode = Mode.CUT;
    closeAll();
  }

  /** The service hangs: open connections stop carrying bytes, new ones are accepted and left. */
  public void stall() {
    mode = Mode.STALL;
  }

  /** Back to normal for new connections (and for stalled ones, which resume). */
  public void heal() {
    mode = Mode.PASS;
  }

  private void accept() {
    while (!closed.get()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (closed.get()) {
          return;
        }
        continue;
      }
      if (mode == Mode.CUT) {
        reset(client);
        continue;
      }
      sockets.add(client);
      Thread t = new Thread(() -> connect(client), "tcp-proxy-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void connect(Socket client) {
    Socket upstream = new Socket();
    try {
      upstream.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
    } catch (IOException e) {
      reset(client);
      return;
    }
    sockets.add(upstream);
    pipe(client, upstream);
    pipe(upstream, client);
  }

  private void pipe(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  while (mode == Mode.STALL && !from.isClosed()) {
                    Thread.sleep(20);
                  }
                  if (mode == Mode.CUT) {
                    break;
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // the other side went away or the proxy cut the connection
              } finally {
                reset(from);
                reset(to);
              }
            },
            "tcp-proxy-pipe");
    t.setDaemon(true);
    t.start();
  }

  private void closeAll() {
    for (Socket s : sockets) {
      reset(s);
    }
  }

  private void reset(Socket s) {
    sockets.remove(s);
    try {
      s.setSoLinger(true, 0); // RST, as a crashed peer would send
    } catch (SocketException e) {
      // already closed
    }
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        server.close();
      } catch (IOException e) {
        // already closed
      }
      closeAll();
    }
  }
}
