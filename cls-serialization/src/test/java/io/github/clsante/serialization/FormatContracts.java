package io.github.clsante.serialization;

import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.testing.Choices;
import io.github.clsante.testing.Contracts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * The contracts of the format's properties, from cls-testing: valid ones and rule-breaking ones half
 * and half, a few large ones, each with an extension value whose numbers reach the edges of doubles
 * (which the generators' own extension values do not), printed as canonical JSON when a property fails.
 */
final class FormatContracts {

  private FormatContracts() {}

  /**
   * Small contracts, valid or not, with an extension of any numbers now and then.
   *
   * @return the generator
   */
  static Gen<Contract> small() {
    return withEdgeExtensions(Contracts.valid().mix(Contracts.anythingGoes(), 50));
  }

  /**
   * Small contracts mostly: in a thousand, about 27 of a hundred sheets or so and 3 of thousands.
   *
   * @return the generator
   */
  static Gen<Contract> mostlySmall() {
    Gen<Contract> small = Contracts.valid().mix(Contracts.anythingGoes(), 50);
    Gen<Contract> medium = Contracts.valid().withAxes(1, 3).withSheetsPerAxis(20, 60)
        .mix(Contracts.anythingGoes().withAxes(1, 3).withSheetsPerAxis(20, 60), 50);
    Gen<Contract> large = Contracts.valid().large().mix(Contracts.anythingGoes().large(), 50);
    return withEdgeExtensions(in -> {
      // Drawn first, shrinking toward the small ones.
      int size = Choices.of(in).between(0, 999);
      return (size < 970 ? small : size < 997 ? medium : large).generate(in);
    });
  }

  /**
   * Small contracts mostly, and about 3 in a hundred of a hundred sheets or so.
   *
   * @return the generator
   */
  static Gen<Contract> smallAndMedium() {
    Gen<Contract> small = Contracts.valid().mix(Contracts.anythingGoes(), 50);
    Gen<Contract> medium = Contracts.valid().withAxes(1, 3).withSheetsPerAxis(20, 60)
        .mix(Contracts.anythingGoes().withAxes(1, 3).withSheetsPerAxis(20, 60), 50);
    return withEdgeExtensions(in -> (Choices.of(in).between(0, 99) < 97 ? small : medium).generate(in));
  }

  private static Gen<Contract> withEdgeExtensions(Gen<Contract> contracts) {
    Gen<String> values = JsonRendering.canonicalValues();
    Gen<Contract> extended = in -> {
      Contract contract = contracts.generate(in);
      if (!Choices.of(in).chance(25)) {
        return contract;
      }
      // On the contract and on its first axis, whose members the writer orders.
      Contract withValue = contract.withExtensions(with(contract.extensions(), values.generate(in)));
      List<Axis> axes = new ArrayList<>(withValue.axes());
      if (!axes.isEmpty()) {
        axes.set(0, axes.get(0).withExtensions(with(axes.get(0).extensions(), values.generate(in))));
      }
      return withValue.withAxes(axes);
    };
    return extended.describedAs(ContractJson::toCanonicalString);
  }

  private static Map<String, String> with(Map<String, String> extensions, String value) {
    Map<String, String> all = new LinkedHashMap<>(extensions);
    all.put("fr.nombres", value);
    return all;
  }
}
