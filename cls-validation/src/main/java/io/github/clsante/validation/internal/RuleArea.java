package io.github.clsante.validation.internal;

import io.github.clsante.model.Contract;

/**
 * An area of rules (parties, sheets, money…): what each area shares, the walk of one validation and
 * the contract it is over.
 */
abstract class RuleArea {

  /** The walk: indexes, what could not be read, the findings. */
  final Walk walk;
  /** The contract validated. */
  final Contract contract;

  RuleArea(Walk walk) {
    this.walk = walk;
    this.contract = walk.contract;
  }
}
