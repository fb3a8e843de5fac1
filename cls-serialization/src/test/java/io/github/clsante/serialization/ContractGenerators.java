package io.github.clsante.serialization;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.BudgetNature;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.ContractReference;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.Diagnostic;
import io.github.clsante.model.Document;
import io.github.clsante.model.DocumentVersion;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FollowUpNote;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.HealthDeterminant;
import io.github.clsante.model.Objective;
import io.github.clsante.model.PrsReference;
import io.github.clsante.model.LocalizedText;
import io.github.clsante.model.Milestone;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.Priority;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.SignatoryRole;
import io.github.clsante.model.TargetPublic;
import io.github.clsante.model.indicator.Baseline;
import io.github.clsante.model.indicator.CollectionFrequency;
import io.github.clsante.model.indicator.Direction;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.model.indicator.MeasureKind;
import io.github.clsante.model.indicator.Measurement;
import io.github.clsante.model.indicator.Target;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.TerritoryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for the property tests of the JSON format: contracts that a strict reader
 * reads without a finding, and arbitrary JSON texts.
 *
 * <p>Every choice is drawn from QuickTheories' randomness source, so failing examples shrink: lists
 * toward empty, optional members toward absent, numbers toward small, strings toward short ASCII.
 */
final class ContractGenerators {

  /** The JSON {@code null} in the trees written by {@link #writeJson}. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** The largest integer every JSON implementation holds exactly: 2^53 − 1. */
  static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.:";

  /** Characters the format keeps exactly: typography, escapes, controls, line separators, BOM. */
  private static final String SPECIALS =
      "’'«»œŒéèàçÉ€ \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080\u00a0\u202f\u2028\u2029\ufeff\ufffd\uffff";

  private static final List<String> WORDS = List.of(
      "Contrat local de santé", "Agir sur l’environnement", "« Bien vieillir »", "Cœur de ville",
      "Santé mentale", "ARS Centre-Val de Loire", "fa-1", "axe-2", "2019-2023", "l'accès aux soins",
      "PRS 2018‑2028", "1.2", "A3", "𝔖𝔞𝔫𝔱𝔢́", "😀 prévention", "C:\\dossier\\fiche.pdf", "\"citation\"");

  private static final List<String> CANONICAL_LITERALS = List.of(
      "{\"a\":1}", "[true,null]", "\"x\"", "1", "-1.5", "1e+21", "null", "false", "{}", "[]",
      "{\"fr.tet\":{\"code\":\"A-12\",\"poids\":0.25}}", "\"é’«»\\n\"", "[\"😀\",\"\\u0000\"]");

  // Written as the decimals the edge cases come from: that they round to a nearby double is the point.
  @SuppressWarnings("FloatingPointLiteralPrecision")
  private static final double[] EDGE_DOUBLES = {
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 0.5, 1.0 / 3, 2.0 / 3, 1e-6, 1e-7, 1e20, 1e21,
    123456789012345680000.0, 9007199254740992.0, 9007199254740993.0, 4.35, 1.5e-10, 1e300, -1e-300,
    Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
    Math.PI, Math.E, 1e23, 5e-324, 2.2250738585072011e-308, 0.000001234, 1234567.0
  };

  private ContractGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Generators.

  /**
   * Contracts a strict reader reads back without any finding and equal to themselves, written in the
   * current format version: every member of the format, its codes and the forms of its amounts come
   * up, each member sometimes absent ({@code ContractGeneratorsTest} checks it over the declaration).
   *
   * @return the generator
   */
  static Gen<Contract> contracts() {
    Gen<Contract> gen = in -> new Draw(dice(in)).contract();
    return gen.describedAs(ContractJson::toCanonicalString);
  }

  /**
   * JSON texts of any root (object, array, string, number, boolean, null), written with random
   * whitespace, member order, string escapes and number spellings; no duplicate member names and no
   * number that is, or rounds to, a subnormal double or beyond the range of a double.
   *
   * @return the generator
   */
  static Gen<String> jsonTexts() {
    return in -> {
      Dice dice = dice(in);
      Draw draw = new Draw(dice);
      return writeJson(dice.chance(25) ? draw.jsonValue(0) : dice.chance(50) ? draw.jsonArray(3) : draw.jsonObject(3),
          dice);
    };
  }

  /**
   * JSON texts like {@link #jsonTexts()} whose root is an object or an array (erdtman's canonicalizer
   * takes no other root).
   *
   * @return the generator
   */
  static Gen<String> jsonContainerTexts() {
    return in -> {
      Dice dice = dice(in);
      Draw draw = new Draw(dice);
      return writeJson(dice.chance(50) ? draw.jsonArray(3) : draw.jsonObject(3), dice);
    };
  }

  /**
   * Arbitrary Unicode strings with no unpaired surrogate.
   *
   * @return the generator
   */
  static Gen<String> strings() {
    return in -> new Draw(dice(in)).string();
  }

  // ---------------------------------------------------------------------------------------------
  // Choices.

  /** A source of choices: QuickTheories' (shrinkable) or a seeded {@link Random}. */
  @FunctionalInterface
  interface Dice {
    /**
     * A number from min to max, inclusive.
     *
     * @param min the least
     * @param max the greatest
     * @return the number
     */
    long longBetween(long min, long max);

    default int between(int min, int max) {
      return (int) longBetween(min, max);
    }

    /** True about percent times in a hundred; shrinks to false. */
    default boolean chance(int percent) {
      return between(0, 99) >= 100 - percent;
    }

    default <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    default <T> T pick(T[] values) {
      return values[between(0, values.length - 1)];
    }
  }

  static Dice dice(RandomnessSource in) {
    return (min, max) -> in.next(Constraint.between(min, max));
  }

  static Dice dice(Random random) {
    return (min, max) -> random.nextLong(min, max + 1); // max < Long.MAX_VALUE in every use
  }

  // ---------------------------------------------------------------------------------------------
  // Writing JSON trees (Map, List, String, BigDecimal, Boolean, NULL) with random spelling.

  /**
   * Writes a JSON tree with random whitespace, member order, string escapes and number spellings. Every
   * spelling of a number is the same decimal value, so it reads back as the same double.
   *
   * @param tree the tree: {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code BigDecimal},
   *     {@code Boolean} or {@link #NULL}
   * @param dice the choices
   * @return the JSON text
   */
  static String writeJson(Object tree, Dice dice) {
    StringBuilder out = new StringBuilder();
    space(out, dice);
    write(tree, out, dice);
    space(out, dice);
    return out.toString();
  }

  private static void space(StringBuilder out, Dice dice) {
    if (dice.chance(30)) {
      int n = dice.between(1, 3);
      for (int i = 0; i < n; i++) {
        out.append(" \t\n\r".charAt(dice.between(0, 3)));
      }
    }
  }

  private static void write(Object tree, StringBuilder out, Dice dice) {
    if (tree instanceof Map) {
      List<Map.Entry<?, ?>> members = new ArrayList<>(((Map<?, ?>) tree).entrySet());
      for (int i = members.size() - 1; i > 0; i--) { // Fisher–Yates: any member order
        int j = dice.between(0, i);
        Map.Entry<?, ?> swap = members.get(i);
        members.set(i, members.get(j));
        members.set(j, swap);
      }
      out.append('{');
      space(out, dice);
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          out.append(',');
          space(out, dice);
        }
        string((String) members.get(i).getKey(), out, dice);
        space(out, dice);
        out.append(':');
        space(out, dice);
        write(members.get(i).getValue(), out, dice);
        space(out, dice);
      }
      out.append('}');
    } else if (tree instanceof List) {
      List<?> elements = (List<?>) tree;
      out.append('[');
      space(out, dice);
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
          space(out, dice);
        }
        write(elements.get(i), out, dice);
        space(out, dice);
      }
      out.append(']');
    } else if (tree instanceof String) {
      string((String) tree, out, dice);
    } else if (tree instanceof BigDecimal) {
      out.append(number((BigDecimal) tree, dice));
    } else if (tree instanceof Boolean || tree == NULL) {
      out.append(tree);
    } else {
      throw new IllegalArgumentException("not a JSON tree: " + tree);
    }
  }

  private static void string(String text, StringBuilder out, Dice dice) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        // A pair is written raw or as two escapes, never half and half.
        if (dice.chance(30)) {
          unicodeEscape(c, out, dice);
          unicodeEscape(text.charAt(i + 1), out, dice);
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      String shortEscape = shortEscape(c);
      boolean mustEscape = c == '"' || c == '\\' || c < 0x20;
      if (mustEscape || dice.chance(15)) {
        if (shortEscape != null && dice.chance(70)) {
          out.append(shortEscape);
        } else {
          unicodeEscape(c, out, dice);
        }
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static String shortEscape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '/':
        return "\\/";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return null;
    }
  }

  private static void unicodeEscape(char c, StringBuilder out, Dice dice) {
    String hex = String.format("%04x", (int) c);
    out.append("\\u").append(dice.chance(50) ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
  }

  /** A spelling of the decimal: plain, scientific, shifted mantissa, trailing zeros, padded exponent. */
  static String number(BigDecimal value, Dice dice) {
    if (value.signum() == 0) {
      return dice.pick(List.of("0", "-0", "0.0", "-0.0", "0e0", "0E+5", "-0e-3", "0.000", "0e007"));
    }
    switch (dice.between(0, 5)) {
      case 0:
        return value.toString(); // 123, 1.5, 1.0E-7, 1E+21
      case 1: {
        String plain = value.toPlainString();
        return plain.length() <= 60 ? plain : value.toString();
      }
      case 2:
        return value.unscaledValue() + exponent(-value.scale(), dice);
      case 3:
        return value.setScale(value.scale() + dice.between(1, 3)).toString();
      case 4: {
        int shift = dice.between(-5, 5);
        String mantissa = value.movePointLeft(shift).toPlainString();
        return mantissa.length() <= 60 ? mantissa + exponent(shift, dice) : value.toString();
      }
      default: {
        String digits = Integer.toString(Math.abs(-value.scale()));
        String sign = -value.scale() < 0 ? "-" : dice.chance(50) ? "+" : "";
        return value.unscaledValue() + (dice.chance(50) ? "e" : "E") + sign + "00".substring(dice.between(0, 2))
            + digits;
      }
    }
  }

  private static String exponent(int exponent, Dice dice) {
    return (dice.chance(50) ? "e" : "E") + (exponent < 0 ? "-" + -exponent : (dice.chance(50) ? "+" : "") + exponent);
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing values.

  /** Draws model values and JSON trees from dice. */
  static final class Draw {

    private final Dice d;
    private int sheetBudget = 8;
    private int indicatorBudget = 5;

    Draw(Dice dice) {
      this.d = dice;
    }

    private void repeat(int max, Runnable action) {
      int n = d.between(0, max);
      for (int i = 0; i < n; i++) {
        action.run();
      }
    }

    private <B, V> void maybe(B builder, BiConsumer<B, V> setter, Supplier<V> value) {
      if (d.chance(50)) {
        setter.accept(builder, value.get());
      }
    }

    // Scalars.

    String string() {
      int length = d.between(0, 12);
      if (length == 12) {
        return d.pick(WORDS);
      }
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        int kind = d.between(0, 9);
        if (kind <= 4) {
          text.append(PLAIN.charAt(d.between(0, PLAIN.length() - 1)));
        } else if (kind <= 6) {
          text.append(SPECIALS.charAt(d.between(0, SPECIALS.length() - 1)));
        } else if (kind == 7) {
          text.append((char) d.between(0, 0x1f));
        } else if (kind == 8) {
          int c = d.between(0x80, 0xFFFF - 0x800); // the BMP without the surrogates
          text.append((char) (c >= 0xD800 ? c + 0x800 : c));
        } else {
          text.appendCodePoint(d.between(0x10000, 0x10FFFF));
        }
      }
      return text.toString();
    }

    String nonEmptyString() {
      String text = string();
      return text.isEmpty() ? "fr.tet" : text;
    }

    int anInt() {
      switch (d.between(0, 3)) {
        case 0:
          return d.between(-5, 50);
        case 1:
          return d.between(Integer.MIN_VALUE, Integer.MAX_VALUE);
        case 2:
          return d.pick(new Integer[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1});
        default:
          return d.between(1900, 2100);
      }
    }

    long safeLong() {
      switch (d.between(0, 2)) {
        case 0:
          return d.longBetween(-1_000_000, 100_000_000);
        case 1:
          return d.longBetween(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER);
        default:
          return d.pick(new Long[] {MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER, 0L, 1L, -1L, 150000050L});
      }
    }

    /**
     * An amount the format holds: whole euros, one or two decimals, up to 9 999 999 999 999,99 €, the
     * bounds included.
     */
    EuroAmount euros() {
      long max = 999_999_999_999_999L;
      switch (d.between(0, 4)) {
        case 0:
          return EuroAmount.ofCents(d.longBetween(-1_000_000, 100_000_000));
        case 1:
          return EuroAmount.ofCents(d.longBetween(-max, max));
        case 2: // 12000
          return EuroAmount.ofEuros(d.longBetween(-1_000, 10_000_000));
        case 3: // 1500.5
          return EuroAmount.ofCents(d.longBetween(-10_000, 100_000_000) * 10);
        default:
          return EuroAmount.ofCents(d.pick(new Long[] {max, -max, 0L, 1L, -1L, 5L, 10L, 150000050L, 1200000L}));
      }
    }

    /** Any finite double, -0.0 and subnormals included. */
    double finiteDouble() {
      switch (d.between(0, 6)) {
        case 0:
          return d.between(-1000, 1000);
        case 1:
          return (double) d.between(-100_000, 100_000) / d.pick(new Integer[] {2, 3, 4, 7, 10, 100, 1000, 3600});
        case 2: {
          double large = Double.parseDouble(d.between(1, 9999) + "e" + d.between(15, 304));
          return d.chance(50) ? -large : large;
        }
        case 3: {
          double small = Double.parseDouble(d.between(1, 9999) + "e-" + d.between(5, 320));
          return d.chance(50) ? -small : small;
        }
        case 4: {
          long bits = d.longBetween(0, 0xFFFF_FFFFL) << 32 | d.longBetween(0, 0xFFFF_FFFFL);
          double any = Double.longBitsToDouble(bits);
          return Double.isFinite(any) ? any : 0.75;
        }
        case 5:
          return EDGE_DOUBLES[d.between(0, EDGE_DOUBLES.length - 1)];
        default:
          return d.longBetween(-MAX_SAFE_INTEGER - 1, MAX_SAFE_INTEGER + 1);
      }
    }

    /** A finite double that is zero or normal (no subnormal: erdtman's canonicalizer hangs on some). */
    double normalDouble() {
      double value = finiteDouble();
      return value != 0.0 && Math.abs(value) < Double.MIN_NORMAL ? 0.25 : value;
    }

    PartialDate date() {
      int year = d.chance(70) ? d.between(1990, 2035) : d.between(1, 9999);
      switch (d.between(0, 2)) {
        case 0:
          return PartialDate.ofYear(year);
        case 1:
          return PartialDate.ofMonth(year, d.between(1, 12));
        default:
          int month = d.between(1, 12);
          return PartialDate.of(LocalDate.of(year, month, d.between(1, YearMonth.of(year, month).lengthOfMonth())));
      }
    }

    <E extends Enum<E>> E closed(E[] values) {
      return d.pick(values);
    }

    <C extends OpenCode> C open(Collection<C> known, Function<String, C> of) {
      return d.chance(30) ? of.apply(string()) : d.pick(new ArrayList<>(known));
    }

    IndicatorValue indicatorValue() {
      switch (d.between(0, 2)) {
        case 0:
          return IndicatorValue.ofNumber(finiteDouble());
        case 1:
          return IndicatorValue.ofBoolean(d.chance(50));
        default:
          return IndicatorValue.ofText(string());
      }
    }

    Map<String, String> extensions() {
      Map<String, String> extensions = new LinkedHashMap<>();
      int n = d.between(0, 2);
      for (int i = 0; i < n; i++) {
        // Never the empty namespace: the schema requires at least one character (see the report).
        extensions.put(nonEmptyString(), d.chance(50)
            ? d.pick(CANONICAL_LITERALS)
            : ContractJson.canonicalize(writeJson(jsonValue(2), d)));
      }
      return extensions;
    }

    // JSON trees.

    Object jsonValue(int depth) {
      switch (d.between(0, depth > 0 ? 7 : 4)) {
        case 0:
        case 4:
          return string();
        case 1:
          return jsonNumber();
        case 2:
          return d.chance(50);
        case 3:
          return NULL;
        case 5:
        case 6:
          return jsonObject(depth);
        default:
          return jsonArray(depth);
      }
    }

    Map<String, Object> jsonObject(int depth) {
      Map<String, Object> object = new LinkedHashMap<>();
      int n = d.between(0, 4);
      for (int i = 0; i < n; i++) {
        object.putIfAbsent(string(), jsonValue(depth - 1)); // no duplicate names
      }
      return object;
    }

    List<Object> jsonArray(int depth) {
      List<Object> array = new ArrayList<>();
      int n = d.between(0, 4);
      for (int i = 0; i < n; i++) {
        array.add(jsonValue(depth - 1));
      }
      return array;
    }

    /** A decimal that reads as a finite double, zero or normal. */
    BigDecimal jsonNumber() {
      BigDecimal value;
      switch (d.between(0, 3)) {
        case 0:
          value = BigDecimal.valueOf(d.between(-1000, 1000));
          break;
        case 1:
          value = new BigDecimal(Double.toString(normalDouble()));
          break;
        case 2: // more digits than a double holds: the reader must round
          value = BigDecimal.valueOf(d.longBetween(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
              d.between(-25, 25));
          break;
        default: { // the exact value of a double, when not too long
          double x = normalDouble();
          BigDecimal exact = new BigDecimal(x);
          value = exact.precision() <= 60 ? exact : new BigDecimal(Double.toString(x));
        }
      }
      double read = value.doubleValue();
      return Double.isFinite(read) && (read == 0.0 || Math.abs(read) >= Double.MIN_NORMAL) ? value : BigDecimal.ONE;
    }

    // Model objects.

    PartyRef partyRef() {
      var ref = PartyRef.builder().partyId(string());
      maybe(ref, (b, v) -> b.unit(v), this::string);
      maybe(ref, (b, v) -> b.asWritten(v), this::string);
      return ref.build();
    }

    Contact contact() {
      Contact.Builder contact = Contact.builder();
      repeat(2, () -> contact.addEmail(string()));
      repeat(2, () -> contact.addPhone(string()));
      return contact.build();
    }

    Person person() {
      Person.Builder person = Person.builder();
      maybe(person, (b, v) -> b.name(v), this::string);
      maybe(person, (b, v) -> b.function(v), this::string);
      maybe(person, (b, v) -> b.organisation(v), this::partyRef);
      maybe(person, (b, v) -> b.contact(v), this::contact);
      return person.build();
    }

    Party party() {
      Party.Builder party = Party.builder().id(string()).name(string());
      maybe(party, (b, v) -> b.acronym(v), this::string);
      maybe(party, (b, v) -> b.kind(v), () -> open(PartyKind.knownValues(), PartyKind::of));
      maybe(party, (b, v) -> b.category(v), () -> closed(PartyCategory.values()));
      repeat(2, () -> party.addIdentifier(
          Identifier.of(open(IdentifierScheme.knownValues(), IdentifierScheme::of), string())));
      maybe(party, (b, v) -> b.departement(v), this::string);
      repeat(2, () -> party.addOtherName(string()));
      maybe(party, (b, v) -> b.parentId(v), this::string);
      party.putAllExtensions(extensions());
      return party.build();
    }

    Territory territory() {
      Territory.Builder territory = Territory.builder();
      maybe(territory, (b, v) -> b.name(v), this::string);
      maybe(territory, (b, v) -> b.kind(v), () -> open(TerritoryKind.knownValues(), TerritoryKind::of));
      repeat(3, () -> {
        var commune = Commune.builder();
        maybe(commune, (b, v) -> b.name(v), this::string);
        maybe(commune, (b, v) -> b.inseeCode(v), this::string);
        territory.addCommune(commune.build());
      });
      repeat(2, () -> territory.addDepartement(string()));
      repeat(2, () -> territory.addRegion(closed(Region.values())));
      repeat(2, () -> territory.addQpvCode(string()));
      maybe(territory, (b, v) -> b.population(v), this::safeLong);
      maybe(territory, (b, v) -> b.description(v), this::string);
      return territory.build();
    }

    Period period() {
      var period = Period.builder();
      maybe(period, (b, v) -> b.start(v), this::date);
      maybe(period, (b, v) -> b.end(v), this::date);
      maybe(period, (b, v) -> b.durationMonths(v), this::anInt);
      maybe(period, (b, v) -> b.asWritten(v), this::string);
      return period.build();
    }

    LocalizedText localized() {
      return LocalizedText.of(d.chance(50) ? d.pick(List.of("en", "de", "oc", "br")) : string(), string());
    }

    Indicator indicator() {
      indicatorBudget--;
      Indicator.Builder indicator = Indicator.builder().id(string()).name(string());
      maybe(indicator, (b, v) -> b.type(v), () -> open(IndicatorType.knownValues(), IndicatorType::of));
      maybe(indicator, (b, v) -> b.measure(v), () -> closed(MeasureKind.values()));
      maybe(indicator, (b, v) -> b.unit(v), this::string);
      maybe(indicator, (b, v) -> b.definition(v), this::string);
      maybe(indicator, (b, v) -> b.direction(v), () -> closed(Direction.values()));
      maybe(indicator, (b, v) -> b.baseline(v), () -> {
        var baseline = Baseline.builder();
        maybe(baseline, (bb, v2) -> bb.value(v2), this::indicatorValue);
        maybe(baseline, (bb, v2) -> bb.date(v2), this::date);
        maybe(baseline, (bb, v2) -> bb.source(v2), this::string);
        return baseline.build();
      });
      repeat(3, () -> {
        var target = Target.builder();
        maybe(target, (b, v) -> b.value(v), this::indicatorValue);
        maybe(target, (b, v) -> b.dueDate(v), this::date);
        maybe(target, (b, v) -> b.comment(v), this::string);
        indicator.addTarget(target.build());
      });
      repeat(3, () -> {
        var measurement = Measurement.builder();
        maybe(measurement, (b, v) -> b.period(v), this::period);
        maybe(measurement, (b, v) -> b.value(v), this::indicatorValue);
        maybe(measurement, (b, v) -> b.comment(v), this::string);
        indicator.addMeasurement(measurement.build());
      });
      maybe(indicator, (b, v) -> b.dataSource(v), this::string);
      maybe(indicator, (b, v) -> b.frequency(v), () -> closed(CollectionFrequency.values()));
      maybe(indicator, (b, v) -> b.responsible(v), this::partyRef);
      indicator.putAllExtensions(extensions());
      return indicator.build();
    }

    private void indicators(int max, java.util.function.Consumer<Indicator> add) {
      int n = Math.min(d.between(0, max), Math.max(indicatorBudget, 0));
      for (int i = 0; i < n; i++) {
        add.accept(indicator());
      }
    }

    SchemeLink schemeLink() {
      var link = SchemeLink.builder().kind(open(SchemeKind.knownValues(), SchemeKind::of));
      maybe(link, (b, v) -> b.name(v), this::string);
      maybe(link, (b, v) -> b.party(v), this::partyRef);
      maybe(link, (b, v) -> b.description(v), this::string);
      return link.build();
    }

    BudgetLine budgetLine() {
      BudgetLine.Builder line = BudgetLine.builder().nature(closed(BudgetNature.values()));
      maybe(line, (b, v) -> b.year(v), this::anInt);
      maybe(line, (b, v) -> b.plannedAmount(v), this::euros);
      maybe(line, (b, v) -> b.actualAmount(v), this::euros);
      // -0.0 is written 0 and read 0.0, which BudgetLine does not normalise (see the report).
      maybe(line, (b, v) -> b.plannedFullTimeEquivalents(v), () -> finiteDouble() + 0.0);
      maybe(line, (b, v) -> b.actualFullTimeEquivalents(v), () -> finiteDouble() + 0.0);
      maybe(line, (b, v) -> b.description(v), this::string);
      return line.build();
    }

    Funding funding() {
      var funding = Funding.builder();
      maybe(funding, (b, v) -> b.financer(v), this::partyRef);
      maybe(funding, (b, v) -> b.amount(v), this::euros);
      maybe(funding, (b, v) -> b.year(v), this::anInt);
      maybe(funding, (b, v) -> b.fund(v), () -> open(FundKind.knownValues(), FundKind::of));
      maybe(funding, (b, v) -> b.description(v), this::string);
      return funding.build();
    }

    ActionSheet actionSheet(int depth) {
      sheetBudget--;
      ActionSheet.Builder sheet = ActionSheet.builder().id(string()).title(string());
      maybe(sheet, (b, v) -> b.number(v), this::string);
      maybe(sheet, (b, v) -> b.label(v), this::string);
      repeat(1, () -> sheet.addTitleTranslation(localized()));
      maybe(sheet, (b, v) -> b.status(v), () -> closed(SheetStatus.values()));
      maybe(sheet, (b, v) -> b.priority(v), () -> closed(Priority.values()));
      maybe(sheet, (b, v) -> b.newAction(v), () -> d.chance(50));
      if (d.chance(50)) {
        sheet.recurring(d.chance(50));
      }
      repeat(2, () -> sheet.addPilot(partyRef()));
      repeat(2, () -> sheet.addPartner(partyRef()));
      repeat(1, () -> sheet.addElectedReferent(person()));
      repeat(2, () -> sheet.addPilotService(string()));
      maybe(sheet, (b, v) -> b.context(v), this::string);
      maybe(sheet, (b, v) -> b.generalObjective(v), this::string);
      repeat(2, () -> sheet.addSpecificObjective(string()));
      repeat(2, () -> sheet.addOperationalObjective(string()));
      maybe(sheet, (b, v) -> b.description(v), this::string);
      repeat(2, () -> sheet.addStep(string()));
      repeat(2, () -> sheet.addTargetPublic(open(TargetPublic.knownValues(), TargetPublic::of)));
      maybe(sheet, (b, v) -> b.targetPublicDescription(v), this::string);
      if (d.chance(25)) {
        sheet.interventionTerritory(territory());
      }
      maybe(sheet, (b, v) -> b.schedule(v), this::period);
      maybe(sheet, (b, v) -> b.budget(v), this::euros);
      repeat(2, () -> sheet.addFunding(funding()));
      repeat(2, () -> sheet.addBudgetLine(budgetLine()));
      maybe(sheet, (b, v) -> b.humanResources(v), this::string);
      maybe(sheet, (b, v) -> b.technicalResources(v), this::string);
      repeat(2, () -> sheet.addPrsLink(string()));
      repeat(2, () -> sheet.addDeterminant(open(HealthDeterminant.knownValues(), HealthDeterminant::of)));
      repeat(1, () -> sheet.addLinkedScheme(schemeLink()));
      repeat(2, () -> sheet.addGovernanceBodyId(string()));
      maybe(sheet, (b, v) -> b.citizenParticipation(v), () -> {
        var participation = CitizenParticipation.builder().level(closed(ParticipationLevel.values()));
        maybe(participation, (bb, v2) -> bb.detail(v2), this::string);
        return participation.build();
      });
      indicators(2, sheet::addIndicator);
      if (depth > 0) {
        sheets(2, depth - 1, sheet::addSubAction);
      }
      repeat(2, () -> sheet.addLinkedSheetId(string()));
      repeat(2, () -> {
        var note = FollowUpNote.builder().text(string());
        maybe(note, (b, v) -> b.date(v), this::date);
        sheet.addFollowUpNote(note.build());
      });
      sheet.putAllExtensions(extensions());
      return sheet.build();
    }

    private void sheets(int max, int depth, java.util.function.Consumer<ActionSheet> add) {
      int n = Math.min(d.between(0, max), Math.max(sheetBudget, 0));
      for (int i = 0; i < n; i++) {
        add.accept(actionSheet(depth));
      }
    }

    Objective objective(int depth) {
      Objective.Builder objective = Objective.builder().title(string());
      maybe(objective, (b, v) -> b.id(v), this::string);
      maybe(objective, (b, v) -> b.number(v), this::string);
      maybe(objective, (b, v) -> b.level(v), () -> closed(ObjectiveLevel.values()));
      maybe(objective, (b, v) -> b.description(v), this::string);
      if (depth > 0) {
        repeat(2, () -> objective.addObjective(objective(depth - 1)));
      }
      sheets(2, depth > 1 ? 1 : 0, objective::addActionSheet);
      return objective.build();
    }

    Axis axis() {
      Axis.Builder axis = Axis.builder().id(string()).title(string());
      maybe(axis, (b, v) -> b.number(v), this::string);
      maybe(axis, (b, v) -> b.label(v), this::string);
      repeat(1, () -> axis.addTitleTranslation(localized()));
      if (d.chance(50)) {
        axis.transversal(d.chance(50));
      }
      maybe(axis, (b, v) -> b.description(v), this::string);
      repeat(2, () -> axis.addObjective(objective(d.between(0, 2))));
      sheets(2, 1, axis::addActionSheet);
      axis.putAllExtensions(extensions());
      return axis.build();
    }

    Signatory signatory() {
      var signatory = Signatory.builder().party(partyRef());
      if (d.chance(50)) {
        signatory.role(closed(SignatoryRole.values()));
      }
      maybe(signatory, (b, v) -> b.representative(v), this::person);
      maybe(signatory, (b, v) -> b.signatureDate(v), this::date);
      maybe(signatory, (b, v) -> b.deliberationDate(v), this::date);
      return signatory.build();
    }

    Coordinator coordinator() {
      Coordinator.Builder coordinator = Coordinator.builder();
      maybe(coordinator, (b, v) -> b.name(v), this::string);
      maybe(coordinator, (b, v) -> b.jobTitle(v), this::string);
      maybe(coordinator, (b, v) -> b.employer(v), this::partyRef);
      maybe(coordinator, (b, v) -> b.service(v), this::string);
      repeat(2, () -> coordinator.addFundedBy(partyRef()));
      maybe(coordinator, (b, v) -> b.contact(v), this::contact);
      maybe(coordinator, (b, v) -> b.note(v), this::string);
      return coordinator.build();
    }

    GovernanceBody governanceBody() {
      GovernanceBody.Builder body =
          GovernanceBody.builder().kind(open(GovernanceBodyKind.knownValues(), GovernanceBodyKind::of));
      maybe(body, (b, v) -> b.id(v), this::string);
      maybe(body, (b, v) -> b.name(v), this::string);
      maybe(body, (b, v) -> b.description(v), this::string);
      repeat(2, () -> body.addMember(partyRef()));
      repeat(1, () -> body.addChair(partyRef()));
      maybe(body, (b, v) -> b.meetingFrequency(v), this::string);
      repeat(2, () -> body.addSharedWith(open(SchemeKind.knownValues(), SchemeKind::of)));
      return body.build();
    }

    Diagnostic diagnostic() {
      Diagnostic.Builder diagnostic = Diagnostic.builder();
      maybe(diagnostic, (b, v) -> b.producer(v), this::partyRef);
      maybe(diagnostic, (b, v) -> b.date(v), this::date);
      maybe(diagnostic, (b, v) -> b.quantitative(v), () -> d.chance(50));
      maybe(diagnostic, (b, v) -> b.qualitative(v), () -> d.chance(50));
      repeat(2, () -> diagnostic.addMethod(string()));
      maybe(diagnostic, (b, v) -> b.summary(v), this::string);
      repeat(2, () -> diagnostic.addFinding(string()));
      return diagnostic.build();
    }

    PrsReference prs() {
      PrsReference.Builder prs = PrsReference.builder();
      maybe(prs, (b, v) -> b.title(v), this::string);
      maybe(prs, (b, v) -> b.generation(v), this::anInt);
      maybe(prs, (b, v) -> b.period(v), this::period);
      repeat(2, () -> prs.addPriority(string()));
      return prs.build();
    }

    Amendment amendment() {
      Amendment.Builder amendment = Amendment.builder();
      maybe(amendment, (b, v) -> b.number(v), this::anInt);
      maybe(amendment, (b, v) -> b.object(v), this::string);
      if (d.chance(50)) {
        amendment.planned(d.chance(50));
      }
      maybe(amendment, (b, v) -> b.signatureDate(v), this::date);
      maybe(amendment, (b, v) -> b.newPeriod(v), this::period);
      repeat(2, () -> amendment.addAddedSignatory(partyRef()));
      repeat(2, () -> amendment.addAffectedSheetId(string()));
      return amendment.build();
    }

    ContractReference contractReference() {
      var reference = ContractReference.builder();
      maybe(reference, (b, v) -> b.contractId(v), this::string);
      maybe(reference, (b, v) -> b.title(v), this::string);
      maybe(reference, (b, v) -> b.period(v), this::period);
      maybe(reference, (b, v) -> b.description(v), this::string);
      maybe(reference, (b, v) -> b.evaluation(v), this::string);
      return reference.build();
    }

    Contract contract() {
      Contract.Builder contract = Contract.builder()
          .id(string())
          .leadArs(closed(Region.values()))
          .territory(territory());
      maybe(contract, (b, v) -> b.status(v), () -> closed(ContractStatus.values()));
      maybe(contract, (b, v) -> b.kind(v), () -> closed(ContractKind.values()));
      if (d.chance(30)) {
        contract.documentVersion(documentVersion());
      }
      maybe(contract, (b, v) -> b.title(v), this::string);
      repeat(2, () -> contract.addTitleTranslation(localized()));
      maybe(contract, (b, v) -> b.generation(v), this::anInt);
      if (d.chance(25)) {
        contract.previousContract(contractReference());
      }
      if (d.chance(25)) {
        contract.successorContract(contractReference());
      }
      maybe(contract, (b, v) -> b.evaluation(v), this::string);
      maybe(contract, (b, v) -> b.formerLeadArs(v), () -> closed(FormerRegion.values()));
      repeat(2, () -> contract.addCarrier(carrier()));
      maybe(contract, (b, v) -> b.period(v), this::period);
      maybe(contract, (b, v) -> b.signatureDate(v), this::date);
      maybe(contract, (b, v) -> b.signaturePlace(v), this::string);
      maybe(contract, (b, v) -> b.signatureDateAsWritten(v), this::string);
      maybe(contract, (b, v) -> b.signaturePrintedBlank(v), () -> d.chance(50));
      repeat(3, () -> contract.addSignatory(signatory()));
      maybe(contract, (b, v) -> b.signatoriesComplete(v), () -> d.chance(50));
      repeat(3, () -> contract.addParty(party()));
      if (d.chance(30)) {
        contract.coordinator(coordinator());
      }
      repeat(2, () -> contract.addElectedReferent(person()));
      repeat(2, () -> contract.addGovernanceBody(governanceBody()));
      if (d.chance(30)) {
        contract.diagnostic(diagnostic());
      }
      if (d.chance(30)) {
        contract.prs(prs());
      }
      repeat(2, () -> contract.addPriority(string()));
      repeat(2, () -> contract.addGeneralObjective(string()));
      repeat(2, () -> contract.addLinkedScheme(schemeLink()));
      repeat(2, () -> contract.addLegalBasis(string()));
      if (d.chance(50)) {
        contract.sheetNumbering(closed(SheetNumbering.values()));
      }
      repeat(3, () -> contract.addAxis(axis()));
      sheets(2, 1, contract::addActionSheet);
      maybe(contract, (b, v) -> b.announcedAxisCount(v), this::anInt);
      maybe(contract, (b, v) -> b.announcedActionSheetCount(v), this::anInt);
      maybe(contract, (b, v) -> b.announcedActionSheetCountAtLeast(v), () -> d.chance(50));
      maybe(contract, (b, v) -> b.actionSheetsComplete(v), () -> d.chance(50));
      maybe(contract, (b, v) -> b.actionSheetsAnnexed(v), () -> d.chance(50));
      indicators(2, contract::addIndicator);
      repeat(2, () -> contract.addAmendment(amendment()));
      repeat(2, () -> {
        var milestone = Milestone.builder().description(string());
        maybe(milestone, (b, v) -> b.date(v), this::date);
        contract.addMilestone(milestone.build());
      });
      repeat(2, () -> {
        var document = Document.builder().title(string());
        maybe(document, (b, v) -> b.url(v), this::string);
        maybe(document, (b, v) -> b.description(v), this::string);
        contract.addDocument(document.build());
      });
      contract.putAllExtensions(extensions());
      return contract.build();
    }

    DocumentVersion documentVersion() {
      var version = DocumentVersion.builder();
      maybe(version, (b, v) -> b.label(v), this::string);
      maybe(version, (b, v) -> b.date(v), this::date);
      maybe(version, (b, v) -> b.draft(v), () -> d.chance(50));
      return version.build();
    }

    Carrier carrier() {
      var carrier = Carrier.builder().party(partyRef());
      maybe(carrier, (b, v) -> b.deliberationDate(v), this::date);
      maybe(carrier, (b, v) -> b.deliberationReference(v), this::string);
      return carrier.build();
    }
  }
}
