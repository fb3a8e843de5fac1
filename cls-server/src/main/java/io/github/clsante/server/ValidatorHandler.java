package io.github.clsante.server;

import io.github.clsante.serialization.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The server's routes and limits (routes et limites): security headers on every answer, the method and
 * path checked, then the client's rate, then a free slot, then the body read in memory within the size and
 * time limits, then the route's work. Errors are JSON under {@code /api/}, HTML for the page.
 */
final class ValidatorHandler extends Handler.Abstract {

  /** The policy of every answer that is not the page: nothing loads, nothing frames it. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** The seconds a client is told to wait when every slot is busy. */
  static final long BUSY_RETRY_SECONDS = 2;

  private static final Map<String, List<String>> ROUTES = Map.of(
      "/", List.of("GET", "POST"),
      "/api/validate", List.of("POST"),
      "/api/rules", List.of("GET"),
      "/api/openapi.json", List.of("GET"),
      "/health", List.of("GET"),
      Page.STYLE_PATH, List.of("GET"),
      Page.SCRIPT_PATH, List.of("GET"));

  private final ValidatorServer.Limits limits;
  private final Semaphore slots;
  private final RateLimiter rate;
  private final byte[] rules;
  private final byte[] openApi;

  ValidatorHandler(ValidatorServer.Limits limits) {
    this.limits = limits;
    this.slots = new Semaphore(limits.maxConcurrentRequests());
    this.rate = new RateLimiter(limits.rateLimitPerMinute(), System::nanoTime);
    this.rules = Rules.json();
    this.openApi = Page.resource("openapi.json");
  }

  /** The routes and the methods each allows, for the OpenAPI description's test. */
  static Map<String, List<String>> routes() {
    return ROUTES;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long started = System.nanoTime();
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    response.getHeaders().put("Cache-Control", "no-store");
    response.getHeaders().put("X-Frame-Options", "DENY");
    response.getHeaders().put("Content-Security-Policy", API_POLICY);
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    Locale locale = "en".equals(query.getValue("lang")) ? Locale.ENGLISH : Locale.FRENCH;
    boolean api = path.startsWith("/api/");
    Texts texts = Texts.of(locale);
    List<String> allowed = ROUTES.get(path);
    if (allowed == null) {
      plain(response, callback, HttpStatus.NOT_FOUND_404, "Not found: " + path);
      return true;
    }
    if (!allowed.contains(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
      plain(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, method + " is not allowed on " + path
          + " (allowed: " + String.join(", ", allowed) + ")");
      return true;
    }
    if (path.equals("/health")) {
      send(response, callback, 200, "application/json", "{\"status\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
      return true;
    }
    long wait = rate.acquire(Request.getRemoteAddr(request));
    if (wait > 0) {
      long seconds = ValidatorServer.retryAfterSeconds(wait);
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
      error(response, callback, api, texts, HttpStatus.TOO_MANY_REQUESTS_429, "too-many-requests",
          texts.get("error.rate", limits.rateLimitPerMinute(), seconds));
      return true;
    }
    if (!slots.tryAcquire()) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(BUSY_RETRY_SECONDS));
      error(response, callback, api, texts, HttpStatus.SERVICE_UNAVAILABLE_503, "busy",
          texts.get("error.busy", BUSY_RETRY_SECONDS));
      return true;
    }
    try {
      route(request, response, callback, path, method, query, locale, texts, started);
    } catch (RuntimeException e) {
      // Not a finding of a file (those are in the reports): a defect, said without its details.
      error(response, callback, api, texts, HttpStatus.INTERNAL_SERVER_ERROR_500, "internal", texts.get("error.internal"));
    } finally {
      slots.release();
    }
    return true;
  }

  private void route(Request request, Response response, Callback callback, String path, String method, Fields query,
      Locale locale, Texts texts, long started) {
    switch (path) {
      case "/api/rules":
        send(response, callback, 200, "application/json", rules);
        return;
      case "/api/openapi.json":
        send(response, callback, 200, "application/json", openApi);
        return;
      case Page.STYLE_PATH:
        send(response, callback, 200, "text/css", Page.style());
        return;
      case Page.SCRIPT_PATH:
        send(response, callback, 200, "text/javascript", Page.script());
        return;
      case "/":
        if (method.equals("GET")) {
          page(response, callback, Page.form(texts, limits.maxUploadBytes()), List.of());
          return;
        }
        break;
      default:
        break;
    }
    boolean api = path.startsWith("/api/");
    String format = query.getValue("format") == null ? "json" : query.getValue("format");
    if (api && !List.of("json", "sarif", "html", "canonical").contains(format)) {
      error(response, callback, true, texts, HttpStatus.BAD_REQUEST_400, "bad-format", texts.get("error.format", format));
      return;
    }
    byte[] body;
    try {
      body = read(request, started);
    } catch (TooLarge e) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      error(response, callback, api, texts, HttpStatus.PAYLOAD_TOO_LARGE_413, "too-large",
          texts.get("error.tooLarge", Texts.size(limits.maxUploadBytes(), locale)));
      return;
    } catch (TimedOut e) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      error(response, callback, api, texts, HttpStatus.REQUEST_TIMEOUT_408, "timeout",
          texts.get("error.timeout", limits.requestTimeout().toSeconds() == 0 ? 1 : limits.requestTimeout().toSeconds()));
      return;
    }
    if (api) {
      String name = query.getValue("name") == null ? "" : query.getValue("name");
      Upload upload = Upload.validate(name, body);
      switch (format) {
        case "sarif":
          send(response, callback, 200, "application/sarif+json", upload.sarif(locale));
          return;
        case "html":
          byte[] html = upload.html(locale);
          response.getHeaders().put("Content-Security-Policy", Page.reportPolicy(html));
          send(response, callback, 200, "text/html", html);
          return;
        case "canonical":
          if (upload.canonical().isEmpty()) {
            error(response, callback, true, texts, HttpStatus.UNPROCESSABLE_ENTITY_422, "no-contract",
                texts.get("error.noContract"));
            return;
          }
          send(response, callback, 200, "application/json", upload.canonical().get());
          return;
        default:
          send(response, callback, 200, "application/json", upload.json(locale));
          return;
      }
    }
    // POST /: the page's form, multipart/form-data.
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    // The files, the language field, and one part more to tell a form of too many files.
    List<Multipart.Part> parts = Multipart.parse(contentType, body, Upload.MAX_FILES + 2);
    Locale formLocale = locale;
    List<Upload> uploads = new ArrayList<>();
    for (Multipart.Part part : parts) {
      if (part.name().equals("lang") && part.fileName() == null) {
        formLocale = new String(part.content(), StandardCharsets.UTF_8).strip().equals("en") ? Locale.ENGLISH
            : Locale.FRENCH;
      }
    }
    List<Multipart.Part> files = new ArrayList<>();
    for (Multipart.Part part : parts) {
      if (part.fileName() != null && (part.content().length > 0 || !part.fileName().isEmpty())) {
        files.add(part);
      }
    }
    Texts formTexts = Texts.of(formLocale);
    if (files.size() > Upload.MAX_FILES) {
      response.setStatus(HttpStatus.BAD_REQUEST_400);
      page(response, callback, Page.error(formTexts, formTexts.get("error.tooManyFiles", Upload.MAX_FILES),
          limits.maxUploadBytes()), List.of());
      return;
    }
    for (Multipart.Part part : files) {
      uploads.add(Upload.validate(part.fileName(), part.content()));
    }
    if (uploads.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST_400);
      page(response, callback, Page.error(formTexts, formTexts.get("error.noFile"), limits.maxUploadBytes()), List.of());
      return;
    }
    Page.Results results = Page.results(formTexts, uploads, limits.maxUploadBytes());
    page(response, callback, results.html(), results.styleHashes());
  }

  /** Reads the whole body in memory: refused before reading when declared too large, else counted as read. */
  private byte[] read(Request request, long started) {
    long declared = request.getLength();
    if (declared > limits.maxUploadBytes()) {
      throw new TooLarge();
    }
    long deadline = started + limits.requestTimeout().toNanos();
    int initial = (int) Math.min(declared >= 0 ? declared : 64 * 1024, limits.maxUploadBytes());
    Body body = new Body(Math.max(initial, 16));
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Content.Source.asInputStream(request)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (body.size() + (long) n > limits.maxUploadBytes()) {
          throw new TooLarge();
        }
        body.write(buffer, 0, n);
        if (System.nanoTime() - deadline > 0) {
          throw new TimedOut();
        }
      }
    } catch (IOException e) {
      if (isTimeout(e) || System.nanoTime() - deadline > 0) {
        throw new TimedOut();
      }
      throw new UncheckedIOException(e);
    }
    return body.toByteArray();
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static void page(Response response, Callback callback, String html, List<String> styleHashes) {
    response.getHeaders().put("Content-Security-Policy", Page.policy(styleHashes));
    send(response, callback, response.getStatus() == 0 ? 200 : response.getStatus(), "text/html",
        html.getBytes(StandardCharsets.UTF_8));
  }

  private void error(Response response, Callback callback, boolean api, Texts texts, int status, String code,
      String message) {
    response.setStatus(status);
    if (api) {
      StringBuilder json = new StringBuilder(256);
      try (JsonWriter writer = JsonWriter.pretty(json)) {
        writer.beginObject().member("error", code).member("message", message).member("status", status).endObject();
      }
      send(response, callback, status, "application/json", json.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    } else {
      page(response, callback, Page.error(texts, message, limits.maxUploadBytes()), List.of());
    }
  }

  private static void plain(Response response, Callback callback, int status, String text) {
    send(response, callback, status, "text/plain", (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(Response response, Callback callback, int status, String type, byte[] bytes) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** A byte array output stream that hands its buffer without a copy when full. */
  private static final class Body extends java.io.ByteArrayOutputStream {
    Body(int size) {
      super(size);
    }

    @Override
    public synchronized byte[] toByteArray() {
      return count == buf.length ? buf : super.toByteArray();
    }
  }

  /** The body is over the upload limit. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** The request took longer than the request timeout to arrive. */
  private static final class TimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimedOut() {
      super(null, null, false, false);
    }
  }
}
