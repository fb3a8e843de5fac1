/**
 * Territories (territoires): the area a contract covers, its communes, départements and regions, the
 * closed list of the 18 regions and their ARS ({@link io.github.clsante.model.territory.Region}), and
 * the 16 former regions that merged into them in 2016, with the ARS they had until then ({@link
 * io.github.clsante.model.territory.FormerRegion}).
 */
@ClsStyle
package io.github.clsante.model.territory;

import io.github.clsante.model.internal.ClsStyle;
