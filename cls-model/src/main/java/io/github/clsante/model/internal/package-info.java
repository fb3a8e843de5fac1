/**
 * Implementation details of the model module: <strong>not API</strong>, may change in any release.
 */
package io.github.clsante.model.internal;
