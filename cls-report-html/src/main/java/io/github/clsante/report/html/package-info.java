/**
 * The HTML report (rapport HTML) of a validation run: {@link io.github.clsante.report.html.HtmlReport},
 * one self-contained page for one or several contract files, with each contract's summary, its findings
 * located in the source, its completeness and the catalogue of the rules found.
 */
package io.github.clsante.report.html;
