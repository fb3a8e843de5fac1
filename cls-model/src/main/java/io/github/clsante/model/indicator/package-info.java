/**
 * Evaluation indicators (indicateurs d’évaluation) of a contract or an action sheet: their type,
 * measure, baseline, targets and measurements.
 */
@ClsStyle
package io.github.clsante.model.indicator;

import io.github.clsante.model.internal.ClsStyle;
