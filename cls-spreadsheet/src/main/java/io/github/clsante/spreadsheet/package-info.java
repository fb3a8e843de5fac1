/**
 * Action plans in spreadsheets (plans d’action dans un tableur): the Territoires en Transitions
 * import template, in xlsx or ods, read into a {@link io.github.clsante.model.Contract} with findings
 * located in cells, and a contract written back into that template.
 */
package io.github.clsante.spreadsheet;
