/**
 * Parties (acteurs) and the people who act for them: {@link io.github.clsante.model.party.Party},
 * its kind ({@link io.github.clsante.model.party.PartyKind}, an open list) and the kind’s category
 * ({@link io.github.clsante.model.party.PartyCategory}: local authority, State, health insurance…),
 * references to parties ({@link io.github.clsante.model.party.PartyRef}), registry identifiers and
 * contacts.
 */
@ClsStyle
package io.github.clsante.model.party;

import io.github.clsante.model.internal.ClsStyle;
