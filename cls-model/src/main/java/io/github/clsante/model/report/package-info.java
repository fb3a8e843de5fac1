/**
 * The report vocabulary shared by the JSON reader and the validator: a {@link
 * io.github.clsante.model.report.Finding} has a stable code, a {@link
 * io.github.clsante.model.report.Severity}, a JSON Pointer and, when read from text, a line and
 * column; a {@link io.github.clsante.model.report.Report} is an immutable list of findings. {@link
 * io.github.clsante.model.report.FindingMessages} renders any finding's message, in French or English,
 * from the catalogues ({@link io.github.clsante.model.report.FindingMessagesProvider}) that the modules
 * reporting codes provide; {@link io.github.clsante.model.report.MessageCatalog} reads such a catalogue
 * from a pair of properties files.
 */
@ClsStyle
package io.github.clsante.model.report;

import io.github.clsante.model.internal.ClsStyle;
