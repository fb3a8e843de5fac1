/**
 * The implementation of the spreadsheet import and export (implémentation): readers of xlsx and ods into
 * a {@link io.github.clsante.spreadsheet.internal.Grid}, the plan's mapping, the findings' texts. Not
 * API: no other module may use it, and it changes without notice.
 */
package io.github.clsante.spreadsheet.internal;
