/**
 * The web validator (validateur en ligne) of CLS contract files: an embedded HTTP server with one page and
 * a JSON API, for the people who check contracts without a terminal.
 */
module io.github.clsante.server {
  requires transitive io.github.clsante.validation;
  requires io.github.clsante.report.html;
  requires io.github.clsante.spreadsheet;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;

  exports io.github.clsante.server;
}
