package io.github.clsante.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The tests' clients: {@link HttpClient} for ordinary requests, a raw socket for what a client should not do. */
final class Http {

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  static HttpResponse<String> get(ValidatorServer server, String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(ValidatorServer server, String path, byte[] body)
      throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static URI uri(ValidatorServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** A response read from a raw socket: status, headers (names in lower case) and body. */
  record Raw(int status, Map<String, String> headers, String body) {}

  /** Opens a socket to the server. */
  static Socket socket(ValidatorServer server) throws IOException {
    Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), server.port());
    socket.setSoTimeout(30_000);
    return socket;
  }

  /** Writes a request's head. */
  static void head(OutputStream out, String method, String path, Map<String, String> headers) throws IOException {
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads one response (its body by Content-Length, else to the end of the stream). */
  static Raw read(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    byte[] body;
    if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else {
      body = in.readAllBytes();
    }
    return new Raw(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c = in.read();
    while (c >= 0 && c != '\n') {
      if (c != '\r') {
        line.write(c);
      }
      c = in.read();
    }
    if (c < 0 && line.size() == 0) {
      throw new IOException("the connection closed before a response");
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
