/**
 * Territories (territoires): the area a contract covers, its communes, départements and regions, and
 * the closed list of the 18 regions and their ARS ({@link io.github.clsante.model.territory.Region}).
 */
@ClsStyle
package io.github.clsante.model.territory;

import io.github.clsante.model.internal.ClsStyle;
