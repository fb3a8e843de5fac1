/**
 * The {@code cls} command line ({@link io.github.clsante.cli.Cls}): validation of contract files for
 * ARS teams, in text, JSON, SARIF 2.1.0 or JUnit XML, in French or English (help, messages, usage
 * errors and reports, from {@code messages_fr.properties} and {@code messages_en.properties}), with
 * what comes from a file escaped for where it is printed; the explanation of each code; and the
 * format's tools.
 */
package io.github.clsante.cli;
