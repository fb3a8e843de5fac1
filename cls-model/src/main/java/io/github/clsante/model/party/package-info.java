/**
 * Parties (acteurs) and the people who act for them: {@link io.github.clsante.model.party.Party},
 * references to parties ({@link io.github.clsante.model.party.PartyRef}), registry identifiers and
 * contacts.
 */
@ClsStyle
package io.github.clsante.model.party;

import io.github.clsante.model.internal.ClsStyle;
