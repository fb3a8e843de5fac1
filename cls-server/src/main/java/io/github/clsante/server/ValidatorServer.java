package io.github.clsante.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The web validator (validateur en ligne): an embedded HTTP server with one page, where a person drops
 * contract files (JSON) and action plans (xlsx, ods) and reads their HTML reports, and a JSON API.
 *
 * <p>Routes: {@code GET /} (the page), {@code POST /} (the page's form), {@code POST /api/validate},
 * {@code GET /api/rules}, {@code GET /api/openapi.json}, {@code GET /health}. Every limit is explicit:
 * upload size (413), request time (408), requests at once (503 with {@code Retry-After}) and requests per
 * client and minute (429 with {@code Retry-After}). Nothing uploaded is written to disk or kept after the
 * response. A server binds to {@code 127.0.0.1} unless told otherwise.
 *
 * <pre>{@code
 * ValidatorServer server = ValidatorServer.builder().port(8080).build();
 * server.start();
 * System.out.println("http://127.0.0.1:" + server.port() + "/");
 * // …
 * server.stop();   // the requests in flight finish first, for at most stopTimeout()
 * }</pre>
 *
 * <p>The configuration is immutable; {@link #start()} and {@link #stop()} may each be called once.
 */
public final class ValidatorServer {

  /** The default port: {@value}. */
  public static final int DEFAULT_PORT = 8080;

  /** The default address bound: {@value} (this machine only). */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** The default upload limit: 20 MiB. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

  /** The default time a request may take to arrive: 30 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** The default number of requests handled at once: {@value}. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 8;

  /** The default number of requests a client may send per minute: {@value}. */
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 120;

  /** The default time {@link #stop()} waits for the requests in flight: 10 seconds. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  private final int requestedPort;
  private final InetAddress bind;
  private final long maxUploadBytes;
  private final Duration requestTimeout;
  private final int maxConcurrentRequests;
  private final int rateLimitPerMinute;
  private final Duration stopTimeout;
  private final Object lock = new Object();
  private Server server;
  private ServerConnector connector;

  private ValidatorServer(Builder builder, InetAddress bind) {
    this.requestedPort = builder.port;
    this.bind = bind;
    this.maxUploadBytes = builder.maxUploadBytes;
    this.requestTimeout = builder.requestTimeout;
    this.maxConcurrentRequests = builder.maxConcurrentRequests;
    this.rateLimitPerMinute = builder.rateLimitPerMinute;
    this.stopTimeout = builder.stopTimeout;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the server: binds its port and accepts requests.
   *
   * @throws IllegalStateException when the server was already started, or the port cannot be bound (its
   *     message says which address and port)
   */
  public void start() {
    synchronized (lock) {
      if (server != null) {
        throw new IllegalStateException("the server was already started");
      }
      QueuedThreadPool threads = new QueuedThreadPool(Math.max(8, maxConcurrentRequests + 4));
      threads.setName("cls-server");
      threads.setDaemon(true);
      Server jetty = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendDateHeader(true);
      ServerConnector http1 = new ServerConnector(jetty, new HttpConnectionFactory(http));
      http1.setHost(bind.getHostAddress());
      http1.setPort(requestedPort);
      // A client that stops sending (headers or body) is dropped after the request timeout.
      http1.setIdleTimeout(requestTimeout.toMillis());
      jetty.addConnector(http1);
      Limits limits = new Limits(maxUploadBytes, requestTimeout, maxConcurrentRequests, rateLimitPerMinute);
      jetty.setHandler(new GracefulHandler(new ValidatorHandler(limits)));
      jetty.setStopTimeout(stopTimeout.toMillis());
      jetty.setStopAtShutdown(false);
      try {
        jetty.start();
      } catch (Exception e) {
        try {
          jetty.stop();
        } catch (Exception ignored) {
          // the start's failure is the one to report
        }
        throw new IllegalStateException("cannot listen on " + bind.getHostAddress() + ":" + requestedPort + ": "
            + e.getMessage(), e);
      }
      server = jetty;
      connector = http1;
    }
  }

  /**
   * Returns the port the server listens on (the one chosen by the system when {@link Builder#port(int)} was
   * 0).
   *
   * @return the port
   * @throws IllegalStateException when the server is not started
   */
  public int port() {
    synchronized (lock) {
      if (connector == null) {
        throw new IllegalStateException("the server is not started");
      }
      return connector.getLocalPort();
    }
  }

  /**
   * Returns the address of the page, such as {@code http://127.0.0.1:8080/}.
   *
   * @return the page's URL
   * @throws IllegalStateException when the server is not started
   */
  public String url() {
    String host = bind.getHostAddress();
    if (bind.isAnyLocalAddress()) {
      host = "127.0.0.1";
    } else if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  /**
   * Stops the server gracefully: it stops accepting connections, answers new requests with 503, lets the
   * requests in flight finish for at most {@link #stopTimeout()}, then closes. Does nothing when the server
   * is not running.
   */
  public void stop() {
    Server jetty;
    synchronized (lock) {
      jetty = server;
      server = null;
    }
    if (jetty == null) {
      return;
    }
    try {
      jetty.stop();
      jetty.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // A request still running when the stop timeout passed is cut: the server is stopped all the same.
    }
  }

  /**
   * Returns the port asked for (0: any free port).
   *
   * @return the port asked for
   */
  public int requestedPort() {
    return requestedPort;
  }

  /**
   * Returns the address bound.
   *
   * @return the address
   */
  public InetAddress bindAddress() {
    return bind;
  }

  /**
   * Returns the largest body accepted, in bytes.
   *
   * @return the upload limit
   */
  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /**
   * Returns the time a request may take to arrive, headers and body.
   *
   * @return the request timeout
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * Returns how many requests are handled at once; more get 503.
   *
   * @return the concurrency limit
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * Returns how many requests one client (one IP address) may send per minute; more get 429.
   *
   * @return the rate limit
   */
  public int rateLimitPerMinute() {
    return rateLimitPerMinute;
  }

  /**
   * Returns how long {@link #stop()} waits for the requests in flight.
   *
   * @return the stop timeout
   */
  public Duration stopTimeout() {
    return stopTimeout;
  }

  @Override
  public String toString() {
    return "ValidatorServer[bind=" + bind.getHostAddress() + ", port=" + requestedPort + ", maxUploadBytes="
        + maxUploadBytes + ", requestTimeout=" + requestTimeout + ", maxConcurrentRequests=" + maxConcurrentRequests
        + ", rateLimitPerMinute=" + rateLimitPerMinute + "]";
  }

  /** The limits a handler enforces. */
  record Limits(long maxUploadBytes, Duration requestTimeout, int maxConcurrentRequests, int rateLimitPerMinute) {}

  /** A builder of {@link ValidatorServer}: each value is checked when set and when built. */
  public static final class Builder {
    private int port = DEFAULT_PORT;
    private String bind = DEFAULT_BIND;
    private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private int rateLimitPerMinute = DEFAULT_RATE_LIMIT_PER_MINUTE;
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;

    private Builder() {}

    /**
     * Sets the port ({@value ValidatorServer#DEFAULT_PORT} by default; 0 for any free port).
     *
     * @param port from 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException when the port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the address to bind ({@value ValidatorServer#DEFAULT_BIND} by default: this machine only;
     * {@code 0.0.0.0} for every interface).
     *
     * @param address an IP address or a host name of this machine
     * @return this builder
     */
    public Builder bind(String address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * Sets the largest body accepted (20 MiB by default); a larger one gets 413 before it is read.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxUploadBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("the upload limit must be at least 1 byte, got " + bytes);
      }
      this.maxUploadBytes = bytes;
      return this;
    }

    /**
     * Sets the time a request may take to arrive, headers and body (30 seconds by default); a slower one
     * gets 408.
     *
     * @param timeout at least one millisecond
     * @return this builder
     * @throws IllegalArgumentException when shorter than a millisecond
     */
    public Builder requestTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.toMillis() < 1) {
        throw new IllegalArgumentException("the request timeout must be at least 1 ms, got " + timeout);
      }
      this.requestTimeout = timeout;
      return this;
    }

    /**
     * Sets how many requests are handled at once ({@value ValidatorServer#DEFAULT_MAX_CONCURRENT_REQUESTS}
     * by default); a request beyond gets 503 with {@code Retry-After}.
     *
     * @param requests from 1 to 1024
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxConcurrentRequests(int requests) {
      if (requests < 1 || requests > 1024) {
        throw new IllegalArgumentException("the concurrent requests must be between 1 and 1024, got " + requests);
      }
      this.maxConcurrentRequests = requests;
      return this;
    }

    /**
     * Sets how many requests one client (one IP address) may send per minute
     * ({@value ValidatorServer#DEFAULT_RATE_LIMIT_PER_MINUTE} by default); a request beyond gets 429 with
     * {@code Retry-After}. {@code /health} is not counted.
     *
     * @param requests at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder rateLimitPerMinute(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("the rate limit must be at least 1 request per minute, got " + requests);
      }
      this.rateLimitPerMinute = requests;
      return this;
    }

    /**
     * Sets how long {@link ValidatorServer#stop()} waits for the requests in flight (10 seconds by
     * default).
     *
     * @param timeout from 0 to 10 minutes
     * @return this builder
     * @throws IllegalArgumentException when negative or longer than 10 minutes
     */
    public Builder stopTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("the stop timeout must be between 0 and 10 minutes, got " + timeout);
      }
      this.stopTimeout = timeout;
      return this;
    }

    /**
     * Builds the server, not started.
     *
     * @return the server
     * @throws IllegalArgumentException when the bind address is not an address of this machine's form (an
     *     unknown host name)
     */
    public ValidatorServer build() {
      InetAddress address;
      try {
        address = new InetSocketAddress(bind, 0).isUnresolved() ? null : InetAddress.getByName(bind);
      } catch (UnknownHostException e) {
        address = null;
      }
      if (address == null) {
        throw new IllegalArgumentException("unknown bind address: " + bind);
      }
      return new ValidatorServer(this, address);
    }
  }

  /** Milliseconds as whole seconds rounded up, at least 1: a {@code Retry-After} value. */
  static long retryAfterSeconds(long millis) {
    return Math.max(1, TimeUnit.MILLISECONDS.toSeconds(millis + 999));
  }
}
