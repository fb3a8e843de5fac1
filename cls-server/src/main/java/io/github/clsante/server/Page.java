package io.github.clsante.server;

import io.github.clsante.model.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validator's one page (la page du validateur): the upload form, which works without JavaScript (a
 * plain form POST), and after an upload the HTML report of each file with links to download it and the
 * other forms. The report is the one {@code HtmlReport} writes, shown in a sandboxed frame from its own
 * text ({@code srcdoc}); the downloads are {@code data:} links, so that nothing is kept on the server.
 */
final class Page {

  /** The page's style sheet. */
  static final String STYLE_PATH = "/static/app.css";

  /** The page's script: an enhancement only (dropping files). */
  static final String SCRIPT_PATH = "/static/app.js";

  private static final byte[] STYLE = resource("app.css");
  private static final byte[] SCRIPT = resource("app.js");
  private static final Pattern REPORT_STYLE = Pattern.compile("style-src ('sha256-[A-Za-z0-9+/=]+')");

  /** A page and the hashes of the report styles it frames, for its Content-Security-Policy. */
  record Results(String html, List<String> styleHashes) {}

  private Page() {}

  static byte[] resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] style() {
    return STYLE.clone();
  }

  static byte[] script() {
    return SCRIPT.clone();
  }

  /** The page's policy: its own style and script, the framed reports' styles, forms to itself only. */
  static String policy(List<String> styleHashes) {
    StringBuilder policy = new StringBuilder("default-src 'none'; script-src 'self'; style-src 'self'");
    for (String hash : styleHashes) {
      policy.append(' ').append(hash);
    }
    return policy.append("; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'").toString();
  }

  /** The policy of an HTML report served alone: the report's own, and no framing. */
  static String reportPolicy(byte[] html) {
    List<String> hashes = styleHash(new String(html, StandardCharsets.UTF_8));
    return "default-src 'none'; style-src " + (hashes.isEmpty() ? "'none'" : hashes.get(0))
        + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  private static List<String> styleHash(String report) {
    Matcher matcher = REPORT_STYLE.matcher(report);
    return matcher.find() ? List.of(matcher.group(1)) : List.of();
  }

  /** The page with its form only. */
  static String form(Texts texts, long maxUpload) {
    StringBuilder html = start(texts);
    form(html, texts, maxUpload);
    return end(html, texts);
  }

  /** The page with an error said above the form. */
  static String error(Texts texts, String message, long maxUpload) {
    StringBuilder html = start(texts);
    html.append("<div class=\"alert\" role=\"alert\"><h2>").append(escape(texts.get("error.heading"))).append("</h2><p>")
        .append(escape(message)).append("</p></div>\n");
    form(html, texts, maxUpload);
    return end(html, texts);
  }

  /** The page with the form and the report of each file. */
  static Results results(Texts texts, List<Upload> uploads, long maxUpload) {
    StringBuilder html = start(texts);
    Set<String> hashes = new LinkedHashSet<>();
    html.append("<section class=\"results\" aria-labelledby=\"results\"><h2 id=\"results\" tabindex=\"-1\">")
        .append(escape(texts.get("results.heading", uploads.size()))).append("</h2>\n");
    int index = 0;
    for (Upload upload : uploads) {
      index++;
      String name = upload.name().isEmpty() ? "contrat.json" : upload.name();
      byte[] report = upload.html(texts.locale());
      hashes.addAll(styleHash(new String(report, StandardCharsets.UTF_8)));
      Map<Severity, Integer> counts = upload.report().countsBySeverity();
      String id = "file-" + index;
      html.append("<article class=\"file\" aria-labelledby=\"").append(id).append("\"><h3 id=\"").append(id)
          .append("\"><bdi>").append(escape(name)).append("</bdi></h3>\n<p class=\"verdict ")
          .append(upload.report().isValid() ? "valid" : "invalid").append("\">")
          .append(escape(texts.get(upload.report().isValid() ? "results.valid" : "results.invalid",
              counts.getOrDefault(Severity.ERROR, 0), counts.getOrDefault(Severity.WARNING, 0),
              counts.getOrDefault(Severity.INFO, 0))))
          .append("</p>\n<ul class=\"downloads\" aria-label=\"")
          .append(escape(texts.get("results.downloads", name))).append("\">\n");
      String base = baseName(name);
      download(html, texts.get("download.html"), base + texts.get("download.htmlSuffix"), "text/html", report);
      download(html, texts.get("download.json"), base + texts.get("download.jsonSuffix"), "application/json",
          upload.json(texts.locale()));
      download(html, texts.get("download.sarif"), base + ".sarif", "application/json", upload.sarif(texts.locale()));
      if (upload.canonical().isPresent()) {
        download(html, texts.get("download.canonical"), base + texts.get("download.canonicalSuffix"),
            "application/json", upload.canonical().get());
      }
      html.append("</ul>\n<iframe class=\"report\" sandbox=\"\" title=\"")
          .append(escape(texts.get("results.frame", name))).append("\" srcdoc=\"")
          .append(escape(new String(report, StandardCharsets.UTF_8))).append("\"></iframe>\n</article>\n");
    }
    html.append("</section>\n");
    form(html, texts, maxUpload);
    return new Results(end(html, texts), new ArrayList<>(hashes));
  }

  private static void download(StringBuilder html, String label, String fileName, String type, byte[] content) {
    html.append("<li><a download=\"").append(escape(fileName)).append("\" href=\"data:").append(type)
        .append(";charset=utf-8;base64,").append(Base64.getEncoder().encodeToString(content)).append("\">")
        .append(escape(label)).append("</a></li>\n");
  }

  /** A file's name without its extension, for the downloads' names. */
  static String baseName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String last = name.substring(slash + 1);
    int dot = last.lastIndexOf('.');
    String base = dot > 0 ? last.substring(0, dot) : last;
    return base.isEmpty() ? "contrat" : base;
  }

  private static StringBuilder start(Texts texts) {
    String lang = texts.locale().getLanguage();
    String other = texts.french() ? "en" : "fr";
    StringBuilder html = new StringBuilder(16 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape(texts.get("page.title"))).append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(STYLE_PATH).append("\">\n<script src=\"").append(SCRIPT_PATH).append("\" defer></script>\n")
        .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">").append(escape(texts.get("page.skip")))
        .append("</a>\n<header class=\"top\">\n<p class=\"brand\">").append(escape(texts.get("page.brand")))
        .append("</p>\n<nav aria-label=\"").append(escape(texts.get("page.languages"))).append("\"><a href=\"/?lang=")
        .append(other).append("\" lang=\"").append(other).append("\" hreflang=\"").append(other).append("\">")
        .append(escape(texts.get("page.otherLanguage"))).append("</a></nav>\n</header>\n<main id=\"main\">\n<h1>")
        .append(escape(texts.get("page.heading"))).append("</h1>\n<p>").append(escape(texts.get("page.intro")))
        .append("</p>\n");
    return html;
  }

  private static void form(StringBuilder html, Texts texts, long maxUpload) {
    String lang = texts.locale().getLanguage();
    html.append("<form id=\"upload\" method=\"post\" action=\"/?lang=").append(lang)
        .append("\" enctype=\"multipart/form-data\">\n<div class=\"drop\" id=\"drop\">\n<label for=\"files\">")
        .append(escape(texts.get("form.label"))).append("</label>\n")
        .append("<input type=\"file\" id=\"files\" name=\"files\" multiple required aria-describedby=\"files-hint\" ")
        .append("accept=\".json,.xlsx,.ods,application/json\">\n<p id=\"files-hint\" class=\"hint\">")
        .append(escape(texts.get("form.hint", Texts.size(maxUpload, texts.locale()), Upload.MAX_FILES))).append("</p>\n</div>\n<input type=\"hidden\" name=\"lang\" value=\"")
        .append(lang).append("\">\n<button type=\"submit\">").append(escape(texts.get("form.submit")))
        .append("</button>\n</form>\n");
  }

  private static String end(StringBuilder html, Texts texts) {
    return html.append("</main>\n<footer>\n<p>").append(escape(texts.get("page.privacy"))).append("</p>\n<p><a href=\"")
        .append("/api/openapi.json\">").append(escape(texts.get("page.api"))).append("</a></p>\n</footer>\n")
        .append("</body>\n</html>\n").toString();
  }

  /** Escapes a text for HTML content and quoted attributes. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          replacement = null;
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
