/**
 * The {@code cls} command line ({@link io.github.clsante.cli.Cls}): validation of contract files for
 * ARS teams, in text, JSON, SARIF 2.1.0 or JUnit XML, and the format's tools.
 */
package io.github.clsante.cli;
