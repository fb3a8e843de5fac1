package io.github.clsante.benchmarks;

import io.github.clsante.examples.SeedContracts;
import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.serialization.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated contracts the benchmarks measure (contrats générés): the Agglopolys seed contract with
 * its axes replaced by {@code sheets} action sheets (fiches actions) spread over five axes, each sheet
 * with 2 to 4 pilots, 3 indicators and 1 to 3 fundings, drawn from a fixed seed, so that every run
 * measures the same bytes.
 */
public final class Contracts {

  /** The sizes measured, in action sheets. */
  public static final List<Integer> SIZES = List.of(10, 100, 1_000, 10_000);

  /** The seed of every generated contract. */
  static final long SEED = 8785L;

  private static final int AXES = 5;
  private static final int PARTIES = 40;
  private static final FundKind[] FUNDS = {
      FundKind.FIR, FundKind.FNPEIS, FundKind.OWN_FUNDS, FundKind.STATE, FundKind.POLITIQUE_DE_LA_VILLE};
  private static final IndicatorType[] TYPES = {
      IndicatorType.PROCESS, IndicatorType.RESULT, IndicatorType.ACTIVITY};
  private static final String[] THEMES = {
      "l’accès aux soins de premier recours", "la santé mentale des jeunes", "le répit des aidants",
      "la prévention des addictions", "la nutrition et l’activité physique", "la santé environnementale",
      "le dépistage organisé des cancers", "la vaccination des enfants"};

  private Contracts() {}

  /**
   * Builds the contract of a given size.
   *
   * @param sheets the number of action sheets
   * @return the contract, the same for the same size
   */
  public static Contract generate(int sheets) {
    Random random = new Random(SEED + sheets);
    Contract seed = SeedContracts.agglopolys();
    List<Party> parties = new ArrayList<>(seed.parties());
    for (int i = 1; i <= PARTIES; i++) {
      parties.add(Party.builder().id("partenaire-" + i).name("Association partenaire n° " + i)
          .kind(i % 3 == 0 ? PartyKind.COMMUNE : PartyKind.EPCI).build());
    }
    List<Axis> axes = new ArrayList<>();
    int axisCount = Math.min(AXES, sheets);
    int number = 1;
    for (int a = 1; a <= axisCount; a++) {
      int inAxis = sheets / axisCount + (a <= sheets % axisCount ? 1 : 0);
      Axis.Builder axis = Axis.builder().id("axe-" + a).number(Integer.toString(a))
          .title("Axe " + a + " : agir sur " + THEMES[a % THEMES.length]);
      for (int s = 0; s < inAxis; s++, number++) {
        axis.addActionSheets(sheet(number, random));
      }
      axes.add(axis.build());
    }
    return seed.withParties(parties).withAxes(axes)
        .withAnnouncedAxisCount(axisCount).withAnnouncedActionSheetCount(sheets);
  }

  private static ActionSheet sheet(int number, Random random) {
    ActionSheet.Builder sheet = ActionSheet.builder().id("fa-" + number).number(Integer.toString(number))
        .title("Améliorer " + THEMES[random.nextInt(THEMES.length)] + " (fiche " + number + ")")
        .description("Action menée avec les partenaires du territoire, « au plus près » des habitants.");
    int pilots = 2 + random.nextInt(3);
    int first = random.nextInt(PARTIES);
    for (int p = 0; p < pilots; p++) {
      sheet.addPilots(PartyRef.to("partenaire-" + (1 + (first + p) % PARTIES)));
    }
    for (int i = 1; i <= 3; i++) {
      sheet.addIndicators(Indicator.builder().id("ind-" + number + "-" + i)
          .name("Nombre de personnes accompagnées (" + i + ")")
          .type(TYPES[i - 1]).unit("personnes").build());
    }
    int fundings = 1 + random.nextInt(3);
    for (int f = 0; f < fundings; f++) {
      sheet.addFundings(Funding.builder().financer(PartyRef.to("partenaire-" + (1 + random.nextInt(PARTIES))))
          .amount(EuroAmount.ofCents(100_000L * (1 + random.nextInt(500)) + random.nextInt(100)))
          .year(2022 + random.nextInt(5)).fund(FUNDS[random.nextInt(FUNDS.length)]).build());
    }
    return sheet.build();
  }

  /**
   * Returns the file of the contract (indented, as people's files are, so that lines and columns mean
   * something) of a given size, writing it under {@code directory} the
   * first time.
   *
   * @param directory where the generated files are kept
   * @param sheets the number of action sheets
   * @return the file, {@code contract-<sheets>.json}
   */
  public static Path file(Path directory, int sheets) {
    Path file = directory.resolve("contract-" + sheets + ".json");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "contract-" + sheets, ".part");
        Files.writeString(partial, ContractJson.toPrettyString(generate(sheets)));
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns where the generated files are kept: {@code -Dcls.bench.data=DIR}, else {@code
   * target/benchmark-data} under the module (or under the current directory when run from elsewhere).
   *
   * @return the directory
   */
  public static Path dataDirectory() {
    String configured = System.getProperty("cls.bench.data");
    if (configured != null) {
      return Path.of(configured);
    }
    Path module = Path.of("cls-benchmarks");
    return (Files.isDirectory(module) ? module.resolve("target") : Path.of("target")).resolve("benchmark-data");
  }

  /**
   * Writes the generated files of every size (or of the sizes given) and prints their paths and sizes.
   *
   * @param args the sizes, in action sheets; all of {@link #SIZES} when none
   */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? SIZES.stream().mapToInt(Integer::intValue).toArray()
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    for (int size : sizes) {
      Path file = file(dataDirectory(), size);
      try {
        System.out.println(file + " " + Files.size(file) + " bytes");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
