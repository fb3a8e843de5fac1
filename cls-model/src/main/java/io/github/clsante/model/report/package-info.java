/**
 * The report vocabulary shared by the JSON reader and the validator: a {@link
 * io.github.clsante.model.report.Finding} has a stable code, a {@link
 * io.github.clsante.model.report.Severity}, a JSON Pointer and, when read from text, a line and
 * column; a {@link io.github.clsante.model.report.Report} is an immutable list of findings.
 */
@ClsStyle
package io.github.clsante.model.report;

import io.github.clsante.model.internal.ClsStyle;
