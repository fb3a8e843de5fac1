/**
 * Implementation of validation: <strong>not API</strong>. Field rules run on Hibernate Validator with
 * constraints mapped onto the model in code; contract-wide rules run in a single indexed walk.
 */
package io.github.clsante.validation.internal;
