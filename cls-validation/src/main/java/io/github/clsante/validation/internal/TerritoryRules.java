package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.CONTRACT_FORMER_LEAD_ARS;
import static io.github.clsante.validation.internal.Members.CONTRACT_LEAD_ARS;
import static io.github.clsante.validation.internal.Members.CONTRACT_TERRITORY;
import static io.github.clsante.validation.internal.Members.SHEET_INTERVENTION_TERRITORY;
import static io.github.clsante.validation.internal.Members.TERRITORY_COMMUNES;
import static io.github.clsante.validation.internal.Members.TERRITORY_DEPARTEMENTS;
import static io.github.clsante.validation.internal.Members.TERRITORY_REGIONS;
import static io.github.clsante.validation.internal.Members.path;
import static io.github.clsante.validation.internal.Walk.at;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.FormatObject;
import io.github.clsante.validation.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of territories: the field rules of a territory and its communes (INSEE codes, départements,
 * QPV codes), the lead ARS among the territory's regions, and each département in the territory's
 * regions (CLS-TERRITORY-DEPARTEMENT-REGION), for the contract's territory and each sheet's.
 */
final class TerritoryRules extends RuleArea {

  private static final Place TERRITORY = Place.of(path(CONTRACT_TERRITORY));
  private static final String LEAD_ARS = path(CONTRACT_LEAD_ARS);
  private static final String FORMER_LEAD_ARS = path(CONTRACT_FORMER_LEAD_ARS);


  TerritoryRules(Walk walk) {
    super(walk);
  }

  /** The contract's territory and its lead ARS: the field rules, and the lead ARS's region. */
  void contractTerritory() {
    fields(contract.territory(), TERRITORY);
    List<Region> regions = contract.territory().regions();
    if (!regions.isEmpty() && !regions.contains(contract.leadArs())
        && contract.formerLeadArs().map(FormerRegion::successor).filter(regions::contains).isEmpty()
        && walk.intact(path(CONTRACT_TERRITORY, TERRITORY_REGIONS), path(CONTRACT_FORMER_LEAD_ARS))) {
      walk.add(Rule.CONTRACT_LEAD_ARS_REGION, path(CONTRACT_LEAD_ARS), "region", contract.leadArs().code(),
          "regionName", contract.leadArs().frenchLabel());
    }
  }

  /** The départements of the contract's territory, once the walk knows everything they depend on. */
  void contractDepartements() {
    departements(contract.territory(), TERRITORY, true);
  }

  /** A sheet's intervention territory: its field rules and its départements. */
  void sheet(ActionSheet sheet, Place pointer) {
    if (sheet.interventionTerritory().isPresent()) {
      Territory territory = sheet.interventionTerritory().get();
      Place at = at(pointer, SHEET_INTERVENTION_TERRITORY);
      fields(territory, at);
      departements(territory, at, false);
    }
  }

  private void fields(Territory territory, Place pointer) {
    walk.fields(territory, FormatObject.TERRITORY, pointer);
    for (int i = 0; i < territory.communes().size(); i++) {
      walk.fields(territory.communes().get(i), FormatObject.COMMUNE, at(pointer, TERRITORY_COMMUNES, i));
    }
  }

  /**
   * The départements of a territory must lie in its regions; the contract's territory that names no
   * region, in the lead ARS's region (the former region's, for a contract led before 2016). A sheet's
   * territory that names no region is not checked.
   */
  private void departements(Territory territory, Place pointer, boolean contractTerritory) {
    List<Region> regions = territory.regions();
    if (territory.departements().isEmpty() || regions.isEmpty() && !contractTerritory
        || !(walk.intact(pointer, TERRITORY_REGIONS) && walk.intact(LEAD_ARS, FORMER_LEAD_ARS))) {
      return;
    }
    Optional<FormerRegion> former = regions.isEmpty() ? contract.formerLeadArs() : Optional.empty();
    List<String> names = new ArrayList<>(regions.size());
    for (Region region : regions) {
      names.add(region.frenchLabel());
    }
    for (int i = 0; i < territory.departements().size(); i++) {
      String code = territory.departements().get(i);
      Optional<Region> region = Region.ofDepartement(code);
      if (region.isEmpty()) {
        continue; // not a département code: CLS-ID-DEPARTEMENT says so
      }
      Place at = at(pointer, TERRITORY_DEPARTEMENTS, i);
      if (!regions.isEmpty()) {
        if (!regions.contains(region.get())) {
          walk.add(Rule.TERRITORY_DEPARTEMENT_REGION, at, "departement", code, "regionName",
              region.get().frenchLabel(), "regions", String.join(", ", names));
        }
      } else if (former.isPresent()) {
        if (!former.get().departements().contains(code)) {
          walk.add(Rule.TERRITORY_DEPARTEMENT_REGION, at, "departement", code, "regionName",
              FormerRegion.ofDepartement(code).map(FormerRegion::frenchLabel).orElse(region.get().frenchLabel()),
              "formerRegionName", former.get().frenchLabel());
        }
      } else if (region.get() != contract.leadArs()) {
        walk.add(Rule.TERRITORY_DEPARTEMENT_REGION, at, "departement", code, "regionName",
            region.get().frenchLabel(), "leadArsName", contract.leadArs().frenchLabel());
      }
    }
  }
}
