/**
 * The web validator (validateur en ligne): {@link io.github.clsante.server.ValidatorServer}, an embedded
 * HTTP server with one page where an ARS officer or a CLS coordinator drops contract files and action plans
 * and reads their HTML reports, and a JSON API for other tools.
 */
package io.github.clsante.server;
