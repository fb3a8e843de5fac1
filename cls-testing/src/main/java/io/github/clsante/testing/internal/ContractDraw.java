package io.github.clsante.testing.internal;

import io.github.clsante.testing.Choices;

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
import io.github.clsante.model.LocalizedText;
import io.github.clsante.model.Milestone;
import io.github.clsante.model.Objective;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.Period;
import io.github.clsante.model.Priority;
import io.github.clsante.model.PrsReference;
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
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.TerritoryKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Draws contracts and their parts (tirage) from choices, in one of two modes.
 *
 * <p><b>Valid</b> ({@code chaos} 0): a contract the standard validator finds no error in. Its parties
 * include the ARS and the carrying local authority, who sign it when it is signed; every reference
 * names a party, sheet or body of the contract; ids are unique across the contract; periods run
 * forward, the contract's for 3 to 5 years, the sheets' and measurements' within it; amounts are not
 * negative and fundings stay within the budget; registers' numbers have their right keys; indicator
 * values fit their measure; amendments are numbered 1, 2, 3 after the signature. Warnings and
 * information may remain (a sheet without indicator, an open-list code no list knows).
 *
 * <p><b>Anything goes</b> ({@code chaos} above 0): the same contracts, where each choice a rule looks at
 * goes wrong {@code chaos} times in a hundred (a reference to no one, a duplicate id, a period ending
 * before it starts, a negative amount, a bad key, a placeholder name, a missing pilot…), text is any
 * Unicode text a quarter of the time, and numbers, dates and amounts reach the bounds of the format.
 *
 * <p>Every optional member of every object is sometimes set and sometimes not. A draw shrinks toward
 * the smallest contract and, in anything-goes mode, toward the valid one.
 */
public final class ContractDraw {

  /** The largest integer every JSON implementation holds exactly: 2^53 − 1. */
  static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

  /** The largest amount the format holds, in cents: 9 999 999 999 999,99 €. */
  static final long MAX_CENTS = 999_999_999_999_999L;

  // Written as the decimals the edge cases come from: that they round to a nearby double is the point.
  @SuppressWarnings("FloatingPointLiteralPrecision")
  private static final double[] EDGE_DOUBLES = {
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 0.5, 1.0 / 3, 2.0 / 3, 1e-6, 1e-7, 1e20, 1e21,
    123456789012345680000.0, 9007199254740992.0, 9007199254740993.0, 4.35, 1.5e-10, 1e300, -1e-300,
    Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
    Math.PI, Math.E, 1e23, 5e-324, 2.2250738585072011e-308, 0.000001234, 1234567.0
  };

  /** Names a register may refuse, or a placeholder: what people leave in a template. */
  private static final List<String> PLACEHOLDERS = List.of("XXX", "…", "[Nom]", "NOM Prénom", " .. ", "Mme XXX");

  /** Kinds of the carrying local authority. */
  private static final List<PartyKind> LOCAL_AUTHORITIES = List.of(PartyKind.COMMUNE, PartyKind.EPCI,
      PartyKind.COMMUNAUTE_DE_COMMUNES, PartyKind.COMMUNAUTE_AGGLOMERATION, PartyKind.METROPOLE);

  /** The extensions of Territoires en Transitions plans: columns of its template the model does not have. */
  private static final List<String> TET_COLUMNS = List.of("tet:instancesGouvernance", "tet:personnePilote",
      "tet:financements", "tet:Mesures liées", "tet:Actions liées", "tet:Documents et liens", "tet:Calendrier");

  /** Codes of open lists no list knows, some a letter away from a known one. */
  private static final List<String> UNKNOWN_CODES = List.of("comune", "autre", "copil2", "fir2", "enfnats",
      "tabac", "resultat", "pays", "rpps", "clms", "mecenat");

  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private final Choices d;
  private final Sizes sizes;
  private final int chaos;

  // What the contract drawn so far holds, for references and unique ids.
  private final List<String> partyIds = new ArrayList<>();
  private final List<String> sheetIds = new ArrayList<>();
  private final List<String> bodyIds = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private final Set<String> idSet = new HashSet<>();
  private int serial;
  private int sheetNumber;
  /** The sheets drawn that are not sub-actions: those a contract lists and announces. */
  private int listedSheets;
  private Region lead = Region.CENTRE_VAL_DE_LOIRE;
  private PartialDate start;
  private PartialDate end;
  private PartialDate signature;
  private int years = 5;
  private boolean signed;

  /**
   * Returns a draw.
   *
   * @param choices the choices
   * @param sizes how large the contracts are
   * @param chaos how often, in a hundred, a choice breaks a rule: 0 for valid contracts
   */
  public ContractDraw(Choices choices, Sizes sizes, int chaos) {
    this.d = choices;
    this.sizes = sizes;
    this.chaos = chaos;
  }

  /**
   * Returns a draw of parts outside a contract: references name a few made-up parties, sheets and
   * bodies, and dates fall in a made-up period.
   *
   * @param choices the choices
   * @param chaos how often a choice breaks a rule
   * @return the draw
   */
  public static ContractDraw standalone(Choices choices, int chaos) {
    ContractDraw draw = new ContractDraw(choices, Sizes.SMALL, chaos);
    draw.partyIds.addAll(List.of("ars-centre-val-de-loire", "agglopolys", "cpam-41"));
    draw.sheetIds.addAll(List.of("fa-1", "fa-2"));
    draw.bodyIds.add("copil");
    draw.start = PartialDate.of(2022, 1, 25);
    draw.end = PartialDate.of(2027, 1, 24);
    return draw;
  }

  // ---------------------------------------------------------------------------------------------
  // Choices.

  /** Whether this choice breaks a rule. */
  private boolean bad() {
    return chaos > 0 && d.chance(chaos);
  }

  private boolean anything() {
    return chaos > 0;
  }

  private void repeat(int max, Runnable action) {
    int n = d.between(0, max);
    for (int i = 0; i < n; i++) {
      action.run();
    }
  }

  private void repeat(Sizes.Range range, Runnable action) {
    int n = range.draw(d);
    for (int i = 0; i < n; i++) {
      action.run();
    }
  }

  private <B, V> void maybe(B builder, BiConsumer<B, V> setter, Supplier<V> value) {
    if (d.chance(50)) {
      setter.accept(builder, value.get());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars.

  /**
   * Returns a text: as written, or, in anything-goes mode, any text a quarter of the time.
   *
   * @return the text
   */
  public String text() {
    return anything() && d.chance(25) ? Texts.any(d) : Texts.written(d);
  }

  /** A long text now and then (a description pasted whole), else a text. */
  private String description() {
    return d.chance(1) && d.chance(30) ? Texts.longWritten(d) : text();
  }

  private String name() {
    return bad() ? d.pick(PLACEHOLDERS) : anything() && d.chance(20) ? Texts.any(d) : Texts.name(d);
  }

  /** A new id, unique in the contract; in anything-goes mode, now and then one already given, or any text. */
  private String id(String prefix) {
    String id;
    if (bad() && !ids.isEmpty()) {
      id = d.pick(ids);
    } else if (anything() && d.chance(10)) {
      id = Texts.any(d);
    } else {
      do {
        id = prefix + "-" + ++serial;
      } while (idSet.contains(id));
    }
    if (idSet.add(id)) {
      ids.add(id);
    }
    return id;
  }

  /**
   * Returns an integer: a small count, a year, or, in anything-goes mode, any int.
   *
   * @return the integer
   */
  public int anInt() {
    if (!anything()) {
      return d.chance(50) ? d.between(1, 12) : d.between(2000, 2035);
    }
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

  private long population() {
    if (!anything()) {
      return d.longBetween(200, 2_500_000);
    }
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
   * Returns an amount: in valid mode of zero or more, up to ten million euros; in anything-goes mode any
   * amount the format holds, its bounds included, with no, one or two decimals.
   *
   * @return the amount
   */
  public EuroAmount euros() {
    if (!anything()) {
      return d.chance(50) ? EuroAmount.ofEuros(d.longBetween(0, 200_000)) : EuroAmount.ofCents(d.longBetween(0, 1_000_000_000));
    }
    switch (d.between(0, 4)) {
      case 0:
        return EuroAmount.ofCents(d.longBetween(-1_000_000, 100_000_000));
      case 1:
        return EuroAmount.ofCents(d.longBetween(-MAX_CENTS, MAX_CENTS));
      case 2:
        return EuroAmount.ofEuros(d.longBetween(-1_000, 10_000_000));
      case 3:
        return EuroAmount.ofCents(d.longBetween(-10_000, 100_000_000) * 10);
      default:
        return EuroAmount.ofCents(d.pick(new Long[] {MAX_CENTS, -MAX_CENTS, 0L, 1L, -1L, 5L, 10L, 150000050L, 1200000L}));
    }
  }

  /** An amount of at most {@code cents}, not negative (a funding within what is left of the budget). */
  private EuroAmount eurosUpTo(long cents) {
    return EuroAmount.ofCents(d.longBetween(0, Math.max(0, cents)));
  }

  /**
   * Returns a double: in valid mode a plain number (a count, a share, a rate); in anything-goes mode any
   * finite double, subnormals and −0.0 included.
   *
   * @return the number
   */
  public double aDouble() {
    if (!anything()) {
      return d.chance(50) ? d.between(0, 10_000) : d.between(0, 10_000) / 100.0;
    }
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

  /**
   * Returns a date known to the year, the month or the day: in valid mode of 1990 to 2040, in
   * anything-goes mode of any year from 1 to 9999.
   *
   * @return the date
   */
  public PartialDate date() {
    int year = !anything() || d.chance(70) ? d.between(1990, 2040) : d.between(1, 9999);
    return partial(year, d.between(1, 12), d.between(1, 31));
  }

  /** A date of the given parts, known to a drawn precision (the day kept within its month). */
  private PartialDate partial(int year, int month, int day) {
    switch (d.between(0, 2)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, month);
      default:
        return PartialDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }
  }

  /** The day, known to a drawn precision (the year, its month, or itself). */
  private PartialDate partial(LocalDate day) {
    LocalDate within = within(day);
    return partial(within.getYear(), within.getMonthValue(), within.getDayOfMonth());
  }

  /** The day, or the nearest of the years 1 to 9999 a date may have (dates drawn at the bounds move past them). */
  private static LocalDate within(LocalDate day) {
    return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
  }

  /** A year of 1 to 9999. */
  private static int year(int year) {
    return Math.max(1, Math.min(9999, year));
  }

  /** A day of the contract's period, certainly within it. */
  private LocalDate dayWithin() {
    LocalDate first = start.lastDay();
    LocalDate last = end.firstDay();
    if (last.isBefore(first)) {
      return first;
    }
    return first.plusDays(d.longBetween(0, last.toEpochDay() - first.toEpochDay()));
  }

  /**
   * Returns a period: in valid mode within the contract's, running forward; in anything-goes mode now and
   * then reversed, or of any dates.
   *
   * @return the period
   */
  public Period period() {
    Period.Builder period = Period.builder();
    PartialDate from;
    PartialDate to;
    if (anything() && d.chance(30)) {
      from = date();
      to = date();
    } else {
      LocalDate a = dayWithin();
      LocalDate b = dayWithin();
      if (b.isBefore(a) != bad()) {
        LocalDate swap = a;
        a = b;
        b = swap;
      }
      from = partial(a);
      to = partial(b);
    }
    boolean both = d.chance(60);
    if (both || d.chance(50)) {
      period.start(from);
    }
    if (both || d.chance(50)) {
      period.end(to);
    }
    if (anything() && d.chance(30)) {
      period.durationMonths(anInt());
    }
    maybe(period, (b, v) -> b.asWritten(v), this::text);
    return period.build();
  }

  private <E extends Enum<E>> E closed(E[] values) {
    return d.pick(values);
  }

  /** A well-known code of an open list, or now and then one no list knows. */
  private <C extends OpenCode> C open(Collection<C> known, Function<String, C> of) {
    if (d.chance(anything() ? 30 : 10)) {
      return of.apply(anything() && d.chance(50) ? Texts.any(d) : d.pick(UNKNOWN_CODES));
    }
    return d.pick(new ArrayList<>(known));
  }

  private LocalizedText localized() {
    return LocalizedText.of(!anything() || d.chance(50) ? d.pick(List.of("en", "de", "oc", "br", "ar", "he")) : Texts.any(d),
        text());
  }

  /**
   * Returns a JSON value in its canonical form, as an extension holds it.
   *
   * @return the JSON text
   */
  public String extensionValue() {
    return CanonicalJson.value(d, 2, anything() ? Texts::any : Texts::written);
  }

  private Map<String, String> extensions() {
    Map<String, String> extensions = new LinkedHashMap<>();
    int n = d.chance(70) ? 0 : d.between(1, 2);
    for (int i = 0; i < n; i++) {
      // Never the empty namespace: the format requires at least one character.
      String namespace = anything() && d.chance(50) ? Texts.any(d) : d.pick(List.of("fr.tet", "ars", "tet:Calendrier"));
      extensions.put(namespace.isEmpty() ? "ns" : namespace, extensionValue());
    }
    return extensions;
  }

  /**
   * A sheet's extensions: those of any object, and now and then the columns of a Territoires en
   * Transitions plan that the model has no member for (their text as a JSON string).
   */
  private Map<String, String> sheetExtensions() {
    Map<String, String> extensions = extensions();
    if (d.chance(30)) {
      int n = d.between(1, 3);
      for (int i = 0; i < n; i++) {
        StringBuilder text = new StringBuilder();
        CanonicalJson.string(d.chance(30) ? "Marie PAUL, Pierre GWEN" : text(), text);
        extensions.put(d.pick(TET_COLUMNS), text.toString());
      }
    }
    return extensions;
  }

  // ---------------------------------------------------------------------------------------------
  // Parties and people.

  /**
   * Returns a reference to a party of the contract; in anything-goes mode now and then to no party.
   *
   * @return the reference
   */
  public PartyRef partyRef() {
    String id;
    if (partyIds.isEmpty() || bad()) {
      id = partyIds.isEmpty() || d.chance(50) ? Texts.any(d) : d.pick(partyIds) + "x"; // a letter away
    } else {
      id = d.pick(partyIds);
    }
    PartyRef.Builder ref = PartyRef.builder().partyId(id);
    maybe(ref, (b, v) -> b.unit(v), this::text);
    maybe(ref, (b, v) -> b.asWritten(v), this::text);
    return ref.build();
  }

  /**
   * Returns a contact: e-mail addresses (well-formed in valid mode) and phone numbers.
   *
   * @return the contact
   */
  public Contact contact() {
    Contact.Builder contact = Contact.builder();
    repeat(2, () -> contact.addEmail(bad() ? d.pick(List.of("not an email", "a@@b.fr", "camille@localhost", ""))
        : anything() && d.chance(20) ? Texts.any(d) : Registers.email(d)));
    repeat(2, () -> contact.addPhone(anything() && d.chance(30) ? Texts.any(d) : Registers.phone(d)));
    return contact.build();
  }

  /**
   * Returns a person: name, function, organisation (a party of the contract), contact.
   *
   * @return the person
   */
  public Person person() {
    Person.Builder person = Person.builder();
    maybe(person, (b, v) -> b.name(v), this::name);
    maybe(person, (b, v) -> b.function(v), this::text);
    maybe(person, (b, v) -> b.organisation(v), this::partyRef);
    maybe(person, (b, v) -> b.contact(v), this::contact);
    return person.build();
  }

  /**
   * Returns an identifier of a register: its number well-formed for its scheme in valid mode, often not
   * in anything-goes mode (a wrong key, letters, digit groups, any text).
   *
   * @return the identifier
   */
  public Identifier identifier() {
    IdentifierScheme scheme = open(IdentifierScheme.knownValues(), IdentifierScheme::of);
    String value;
    String code = scheme.code();
    switch (code) {
      case "siren":
        value = Registers.siren(d);
        break;
      case "siret":
        value = Registers.siret(d);
        break;
      case "finess_ej":
      case "finess_et":
        value = Registers.finess(d);
        break;
      case "rna":
        value = Registers.rna(d);
        break;
      case "uai":
        value = Registers.uai(d);
        break;
      default:
        value = Registers.digits(d, d.between(5, 11));
    }
    if (bad()) {
      switch (d.between(0, 3)) {
        case 0: // a wrong key
          char last = value.charAt(value.length() - 1);
          value = value.substring(0, value.length() - 1) + (char) (Character.isDigit(last) ? '0' + (last - '0' + 1) % 10 : 'Z');
          break;
        case 1: // a digit too many
          value = value + "7";
          break;
        case 2: // written in digit groups (its compact form is checked)
          value = value.replaceAll("(...)(?!$)", "$1 ");
          break;
        default:
          value = Texts.any(d);
      }
    }
    return Identifier.of(scheme, value);
  }

  /** A département of the lead ARS's region; in anything-goes mode now and then none at all. */
  private String departement() {
    return bad() ? d.pick(List.of("20", "2a", "x", "975", "99", "001", "")) : Registers.departement(d, lead);
  }

  /**
   * Returns a party: its id new in the contract, name, kind or category, identifiers, département,
   * parent (a party before it).
   *
   * @return the party
   */
  public Party party() {
    return party(id("p"), d.chance(70) ? open(PartyKind.knownValues(), PartyKind::of) : null);
  }

  private Party party(String id, PartyKind kind) {
    Party.Builder party = Party.builder().id(id).name(d.chance(50) ? Texts.written(d) : name());
    maybe(party, (b, v) -> b.acronym(v), this::text);
    if (kind != null) {
      party.kind(kind);
    }
    maybe(party, (b, v) -> b.category(v), () -> closed(PartyCategory.values()));
    repeat(2, () -> party.addIdentifier(identifier()));
    maybe(party, (b, v) -> b.departement(v), this::departement);
    repeat(2, () -> party.addOtherName(text()));
    if (!partyIds.isEmpty() && d.chance(20)) {
      party.parentId(bad() ? "p-inconnu" : d.pick(partyIds));
    }
    party.putAllExtensions(extensions());
    partyIds.add(id);
    return party.build();
  }

  /** The ARS of the lead region, with the kind or category that says so. */
  private Party ars() {
    Party.Builder ars = Party.builder().from(party(id("ars"), PartyKind.ARS)).name(lead.arsName());
    return ars.category(PartyCategory.HEALTH_AGENCY).build();
  }

  /** The carrying local authority. */
  private Party localAuthority() {
    return Party.builder().from(party(id("collectivite"), d.pick(LOCAL_AUTHORITIES)))
        .category(PartyCategory.LOCAL_AUTHORITY).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Territory.

  /**
   * Returns a commune: a name and an INSEE code of a département of the region.
   *
   * @return the commune
   */
  public Commune commune() {
    Commune.Builder commune = Commune.builder();
    maybe(commune, (b, v) -> b.name(v), this::text);
    maybe(commune, (b, v) -> b.inseeCode(v), () -> bad() ? d.pick(List.of("75000", "20004", "2a004", "4101", ""))
        : Registers.inseeCommune(d, Registers.departement(d, lead)));
    return commune.build();
  }

  /**
   * Returns a territory of the lead ARS's region: its départements, communes and QPVs there, the
   * region named or not.
   *
   * @return the territory
   */
  public Territory territory() {
    return territory(null);
  }

  private Territory territory(FormerRegion former) {
    Territory.Builder territory = Territory.builder();
    maybe(territory, (b, v) -> b.name(v), this::text);
    maybe(territory, (b, v) -> b.kind(v), () -> open(TerritoryKind.knownValues(), TerritoryKind::of));
    repeat(3, () -> territory.addCommune(commune()));
    boolean named = d.chance(60);
    repeat(2, () -> territory.addDepartement(former != null && !named && !bad() ? d.pick(former.departements())
        : departement()));
    if (named) {
      territory.addRegion(bad() ? d.pick(Region.values()) : lead);
      repeat(1, () -> territory.addRegion(bad() ? d.pick(Region.values()) : lead));
    }
    repeat(2, () -> territory.addQpvCode(bad() ? d.pick(List.of("QP41", "qp041001", "QN0410", "X"))
        : Registers.qpv(d, Registers.departement(d, lead))));
    maybe(territory, (b, v) -> b.population(v), this::population);
    maybe(territory, (b, v) -> b.description(v), this::text);
    return territory.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Indicators.

  private IndicatorValue value(Object kind, boolean fits) {
    MeasureKind measure = kind instanceof MeasureKind ? (MeasureKind) kind : null;
    if (measure == null || !fits) {
      switch (d.between(0, 2)) {
        case 0:
          return IndicatorValue.ofNumber(aDouble());
        case 1:
          return IndicatorValue.ofBoolean(d.chance(50));
        default:
          return IndicatorValue.ofText(text());
      }
    }
    switch (measure) {
      case PERCENTAGE:
        return IndicatorValue.ofNumber(bad() ? 100 + d.between(1, 50) : d.between(0, 1000) / 10.0);
      case COUNT:
      case RATE:
      case AMOUNT:
        return IndicatorValue.ofNumber(d.between(0, 100_000) / (measure == MeasureKind.COUNT ? 1.0 : 100.0));
      case YES_NO:
        return IndicatorValue.ofBoolean(d.chance(50));
      default:
        return IndicatorValue.ofText(text());
    }
  }

  /**
   * Returns an indicator: its id new in the contract, its measure, and values that fit it (in valid
   * mode), targets on the side its direction says, measurements in order within the contract's period.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    Indicator.Builder indicator = Indicator.builder().id(id("ind")).name(text());
    maybe(indicator, (b, v) -> b.type(v), () -> open(IndicatorType.knownValues(), IndicatorType::of));
    MeasureKind measure = d.chance(70) ? closed(MeasureKind.values()) : null;
    if (measure != null) {
      indicator.measure(measure);
    }
    boolean quantitative = measure != null && measure != MeasureKind.YES_NO && measure != MeasureKind.QUALITATIVE;
    maybe(indicator, (b, v) -> b.unit(v), this::text);
    maybe(indicator, (b, v) -> b.definition(v), this::text);
    Direction direction = d.chance(50) ? closed(Direction.values()) : null;
    if (direction != null) {
      indicator.direction(direction);
    }
    Double[] baseline = {null};
    if (d.chance(quantitative && !anything() ? 90 : 50)) {
      Baseline.Builder b = Baseline.builder();
      if (d.chance(quantitative && !anything() ? 100 : 70)) {
        IndicatorValue value = value(measure, !bad());
        b.value(value);
        baseline[0] = value.number().orElse(null);
      }
      maybe(b, (bb, v) -> bb.date(v), this::date);
      maybe(b, (bb, v) -> bb.source(v), this::text);
      indicator.baseline(b.build());
    }
    int targets = d.between(quantitative && !anything() ? 1 : 0, 3);
    for (int i = 0; i < targets; i++) {
      Target.Builder target = Target.builder();
      if (d.chance(quantitative && !anything() ? 100 : 70)) {
        IndicatorValue value = value(measure, !bad());
        if (value.number().isPresent() && baseline[0] != null && direction != null && !bad()
            && measure != MeasureKind.PERCENTAGE) {
          // On the side of the baseline the direction says.
          double b = baseline[0];
          double n = value.number().get();
          value = IndicatorValue.ofNumber(direction == Direction.INCREASE ? Math.max(b, n)
              : direction == Direction.DECREASE ? Math.min(b, n) : n);
        }
        target.value(value);
      }
      maybe(target, (b, v) -> b.dueDate(v), this::date);
      maybe(target, (b, v) -> b.comment(v), this::text);
      indicator.addTarget(target.build());
    }
    List<Period> periods = new ArrayList<>();
    repeat(3, () -> periods.add(period()));
    if (!anything()) {
      periods.sort((a, b) -> a.start().or(a::end).map(PartialDate::firstDay).orElse(LocalDate.MIN)
          .compareTo(b.start().or(b::end).map(PartialDate::firstDay).orElse(LocalDate.MIN)));
    }
    for (Period period : periods) {
      Measurement.Builder measurement = Measurement.builder();
      if (d.chance(80)) {
        measurement.period(period);
      }
      maybe(measurement, (b, v) -> b.value(v), () -> value(measure, !bad()));
      maybe(measurement, (b, v) -> b.comment(v), this::text);
      indicator.addMeasurement(measurement.build());
    }
    maybe(indicator, (b, v) -> b.dataSource(v), this::text);
    maybe(indicator, (b, v) -> b.frequency(v), () -> closed(CollectionFrequency.values()));
    maybe(indicator, (b, v) -> b.responsible(v), this::partyRef);
    indicator.putAllExtensions(extensions());
    return indicator.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Sheets, objectives, axes.

  /**
   * Returns a link to a scheme (CLSM, contrat de ville…), its party one of the contract.
   *
   * @return the link
   */
  public SchemeLink schemeLink() {
    SchemeLink.Builder link = SchemeLink.builder().kind(open(SchemeKind.knownValues(), SchemeKind::of));
    maybe(link, (b, v) -> b.name(v), this::text);
    maybe(link, (b, v) -> b.party(v), this::partyRef);
    maybe(link, (b, v) -> b.description(v), this::text);
    return link.build();
  }

  /**
   * Returns a budget line: its nature, year, amounts (not negative in valid mode) and full-time
   * equivalents.
   *
   * @return the line
   */
  public BudgetLine budgetLine() {
    BudgetLine.Builder line = BudgetLine.builder().nature(closed(BudgetNature.values()));
    maybe(line, (b, v) -> b.year(v), this::anInt);
    maybe(line, (b, v) -> b.plannedAmount(v), this::fundingAmount);
    maybe(line, (b, v) -> b.actualAmount(v), this::fundingAmount);
    maybe(line, (b, v) -> b.plannedFullTimeEquivalents(v), this::aDouble);
    maybe(line, (b, v) -> b.actualFullTimeEquivalents(v), this::aDouble);
    maybe(line, (b, v) -> b.description(v), this::text);
    return line.build();
  }

  /** An amount of a funding or budget line: not negative, but now and then in anything-goes mode. */
  private EuroAmount fundingAmount() {
    EuroAmount amount = euros();
    return amount.isNegative() && !bad() ? EuroAmount.ofCents(-amount.cents()) : amount;
  }

  /**
   * Returns a funding: its financer (a party of the contract), amount, year, fund.
   *
   * @return the funding
   */
  public Funding funding() {
    return funding(null, true);
  }

  /** A funding of the amount given, or of a drawn amount (when {@code amount} is null and one may be). */
  private Funding funding(EuroAmount amount, boolean withAmount) {
    Funding.Builder funding = Funding.builder();
    maybe(funding, (b, v) -> b.financer(v), this::partyRef);
    if (amount != null) {
      funding.amount(amount);
    } else if (withAmount) {
      maybe(funding, (b, v) -> b.amount(v), this::fundingAmount);
    }
    maybe(funding, (b, v) -> b.year(v), this::anInt);
    maybe(funding, (b, v) -> b.fund(v), () -> open(FundKind.knownValues(), FundKind::of));
    maybe(funding, (b, v) -> b.description(v), this::text);
    return funding.build();
  }

  private String sheetNumber(String parent) {
    if (bad() && sheetNumber > 0) {
      return Integer.toString(d.between(1, sheetNumber)); // a number already printed
    }
    return parent == null ? Integer.toString(++sheetNumber) : parent + "." + ++sheetNumber;
  }

  /**
   * Returns an action sheet (fiche action) with every member it may have: pilots and partners among the
   * contract's parties, a schedule within its period, a budget its fundings stay within, indicators,
   * links to sheets before it and to governance bodies, and sub-actions.
   *
   * @return the sheet
   */
  public ActionSheet actionSheet() {
    return actionSheet(null, true);
  }

  private ActionSheet actionSheet(String parentNumber, boolean withSubActions) {
    String id = id("fa");
    ActionSheet.Builder sheet = ActionSheet.builder().id(id).title(text());
    String number = d.chance(80) ? sheetNumber(parentNumber) : null;
    if (number != null) {
      sheet.number(number);
    }
    maybe(sheet, (b, v) -> b.label(v), () -> d.pick(List.of("Fiche action", "Action", "Fiche")));
    repeat(1, () -> sheet.addTitleTranslation(localized()));
    maybe(sheet, (b, v) -> b.status(v), () -> closed(SheetStatus.values()));
    maybe(sheet, (b, v) -> b.priority(v), () -> closed(Priority.values()));
    maybe(sheet, (b, v) -> b.newAction(v), () -> d.chance(50));
    maybe(sheet, (b, v) -> b.recurring(v), () -> d.chance(50));
    // A sub-action may have no pilot of its own; a sheet of a signed contract has one (but in chaos).
    boolean needsPilot = signed && parentNumber == null && !bad();
    int pilots = d.between(needsPilot && !partyIds.isEmpty() ? 1 : 0, 2);
    for (int i = 0; i < pilots; i++) {
      sheet.addPilot(partyRef());
    }
    repeat(2, () -> sheet.addPartner(partyRef()));
    repeat(1, () -> sheet.addElectedReferent(person()));
    repeat(2, () -> sheet.addPilotService(text()));
    maybe(sheet, (b, v) -> b.context(v), this::description);
    maybe(sheet, (b, v) -> b.generalObjective(v), this::text);
    repeat(2, () -> sheet.addSpecificObjective(text()));
    repeat(2, () -> sheet.addOperationalObjective(text()));
    maybe(sheet, (b, v) -> b.description(v), this::description);
    repeat(2, () -> sheet.addStep(text()));
    repeat(2, () -> sheet.addTargetPublic(open(TargetPublic.knownValues(), TargetPublic::of)));
    maybe(sheet, (b, v) -> b.targetPublicDescription(v), this::text);
    if (d.chance(20)) {
      sheet.interventionTerritory(territory(null));
    }
    maybe(sheet, (b, v) -> b.schedule(v), this::period);
    EuroAmount budget = d.chance(50) ? fundingAmount() : null;
    if (budget != null) {
      sheet.budget(budget);
    }
    long[] left = {budget == null ? 0 : budget.cents()};
    repeat(2, () -> {
      if (budget == null || budget.isNegative() || bad()) {
        sheet.addFunding(funding(null, true));
      } else if (d.chance(30)) {
        sheet.addFunding(funding(null, false));
      } else {
        // Within what is left of the budget, so that the fundings add up to no more than it.
        EuroAmount amount = eurosUpTo(left[0]);
        left[0] -= amount.cents();
        sheet.addFunding(funding(amount, true));
      }
    });
    repeat(2, () -> sheet.addBudgetLine(budgetLine()));
    maybe(sheet, (b, v) -> b.humanResources(v), this::text);
    maybe(sheet, (b, v) -> b.technicalResources(v), this::text);
    repeat(2, () -> sheet.addPrsLink(text()));
    repeat(2, () -> sheet.addDeterminant(open(HealthDeterminant.knownValues(), HealthDeterminant::of)));
    repeat(1, () -> sheet.addLinkedScheme(schemeLink()));
    repeat(bodyIds.isEmpty() && !anything() ? 0 : 2,
        () -> sheet.addGovernanceBodyId(bodyIds.isEmpty() || bad() ? "comite-inconnu" : d.pick(bodyIds)));
    maybe(sheet, (b, v) -> b.citizenParticipation(v), this::citizenParticipation);
    repeat(sizes.indicatorsPerSheet(), () -> sheet.addIndicator(indicator()));
    if (withSubActions) {
      repeat(sizes.subActionsPerSheet(), () -> sheet.addSubAction(actionSheet(number == null ? "0" : number, false)));
    }
    repeat(sheetIds.isEmpty() && !anything() ? 0 : 2,
        () -> sheet.addLinkedSheetId(sheetIds.isEmpty() || bad() ? "fa-inconnue" : d.pick(sheetIds)));
    repeat(2, () -> sheet.addFollowUpNote(followUpNote()));
    sheet.putAllExtensions(sheetExtensions());
    sheetIds.add(id);
    if (parentNumber == null) {
      listedSheets++;
    }
    return sheet.build();
  }

  private void sheets(Sizes.Range range, Consumer<ActionSheet> add) {
    repeat(range, () -> add.accept(actionSheet(null, true)));
  }

  /**
   * Returns an objective, with objectives of its own down to two levels and its action sheets.
   *
   * @return the objective
   */
  public Objective objective() {
    return objective(d.between(0, 2));
  }

  private Objective objective(int depth) {
    Objective.Builder objective = Objective.builder().title(text());
    if (d.chance(70)) {
      objective.id(id("obj"));
    }
    maybe(objective, (b, v) -> b.number(v), () -> Integer.toString(d.between(1, 20)));
    maybe(objective, (b, v) -> b.level(v), () -> closed(ObjectiveLevel.values()));
    maybe(objective, (b, v) -> b.description(v), this::text);
    if (depth > 0) {
      repeat(1, () -> objective.addObjective(objective(depth - 1)));
    }
    sheets(sizes.sheetsPerObjective(), objective::addActionSheet);
    return objective.build();
  }

  /**
   * Returns an axis (axe), with its objectives and action sheets.
   *
   * @return the axis
   */
  public Axis axis() {
    return axis(1);
  }

  private Axis axis(int number) {
    Axis.Builder axis = Axis.builder().id(id("axe")).title(text());
    if (d.chance(80)) {
      axis.number(bad() ? "1" : Integer.toString(number));
    }
    maybe(axis, (b, v) -> b.label(v), () -> d.pick(List.of("Axe", "Axe stratégique", "Priorité")));
    repeat(1, () -> axis.addTitleTranslation(localized()));
    maybe(axis, (b, v) -> b.transversal(v), () -> d.chance(50));
    maybe(axis, (b, v) -> b.description(v), this::text);
    repeat(sizes.objectivesPerAxis(), () -> axis.addObjective(objective(d.between(0, 2))));
    sheets(sizes.sheetsPerAxis(), axis::addActionSheet);
    axis.putAllExtensions(extensions());
    return axis.build();
  }

  // ---------------------------------------------------------------------------------------------
  // The contract's other parts.

  /**
   * Returns a signatory: a party of the contract, its role, representative, and dates (the deliberation
   * before the signature, in valid mode).
   *
   * @return the signatory
   */
  public Signatory signatory() {
    return signatory(partyRef());
  }

  private Signatory signatory(PartyRef party) {
    Signatory.Builder signatory = Signatory.builder().party(party);
    maybe(signatory, (b, v) -> b.role(v), () -> closed(SignatoryRole.values()));
    maybe(signatory, (b, v) -> b.representative(v), this::person);
    PartialDate own = signature != null && d.chance(40) ? signature : null;
    if (own != null) {
      signatory.signatureDate(own);
    } else if (anything() && d.chance(20)) {
      signatory.signatureDate(date());
    }
    PartialDate authorised = own != null ? own : signature;
    if (d.chance(40)) {
      signatory.deliberationDate(deliberation(authorised));
    }
    return signatory.build();
  }

  /** A deliberation before the signature it authorises (after it, in chaos). */
  private PartialDate deliberation(PartialDate signed) {
    if (signed == null || anything() && d.chance(30)) {
      return anything() ? date() : PartialDate.ofYear(start.year());
    }
    LocalDate day = within(signed.firstDay().minusDays(d.between(0, 120)));
    return PartialDate.of(within(bad() ? signed.lastDay().plusDays(d.between(1, 60)) : day));
  }

  /**
   * Returns a carrier (porteur): a party of the contract and its deliberation.
   *
   * @return the carrier
   */
  public Carrier carrier() {
    return carrier(partyRef());
  }

  private Carrier carrier(PartyRef party) {
    Carrier.Builder carrier = Carrier.builder().party(party);
    maybe(carrier, (b, v) -> b.deliberationDate(v), () -> deliberation(signature));
    maybe(carrier, (b, v) -> b.deliberationReference(v), this::text);
    return carrier.build();
  }

  /**
   * Returns a coordinator: name, job, employer and funders (parties of the contract), contact.
   *
   * @return the coordinator
   */
  public Coordinator coordinator() {
    Coordinator.Builder coordinator = Coordinator.builder();
    maybe(coordinator, (b, v) -> b.name(v), this::name);
    maybe(coordinator, (b, v) -> b.jobTitle(v), this::text);
    maybe(coordinator, (b, v) -> b.employer(v), this::partyRef);
    maybe(coordinator, (b, v) -> b.service(v), this::text);
    repeat(2, () -> coordinator.addFundedBy(partyRef()));
    maybe(coordinator, (b, v) -> b.contact(v), this::contact);
    maybe(coordinator, (b, v) -> b.note(v), this::text);
    return coordinator.build();
  }

  /**
   * Returns a governance body (instance de gouvernance): its id new in the contract, kind, members and
   * chairs among the parties.
   *
   * @return the body
   */
  public GovernanceBody governanceBody() {
    GovernanceBody.Builder body = GovernanceBody.builder()
        .kind(open(GovernanceBodyKind.knownValues(), GovernanceBodyKind::of));
    if (d.chance(70)) {
      String id = id("instance");
      body.id(id);
      bodyIds.add(id);
    }
    maybe(body, (b, v) -> b.name(v), this::text);
    maybe(body, (b, v) -> b.description(v), this::text);
    repeat(2, () -> body.addMember(partyRef()));
    repeat(1, () -> body.addChair(partyRef()));
    maybe(body, (b, v) -> b.meetingFrequency(v), this::text);
    repeat(2, () -> body.addSharedWith(open(SchemeKind.knownValues(), SchemeKind::of)));
    return body.build();
  }

  /**
   * Returns a diagnostic: its producer (a party), date, methods, summary, findings.
   *
   * @return the diagnostic
   */
  public Diagnostic diagnostic() {
    Diagnostic.Builder diagnostic = Diagnostic.builder();
    maybe(diagnostic, (b, v) -> b.producer(v), this::partyRef);
    maybe(diagnostic, (b, v) -> b.date(v), this::date);
    maybe(diagnostic, (b, v) -> b.quantitative(v), () -> d.chance(50));
    maybe(diagnostic, (b, v) -> b.qualitative(v), () -> d.chance(50));
    repeat(2, () -> diagnostic.addMethod(text()));
    maybe(diagnostic, (b, v) -> b.summary(v), this::description);
    repeat(2, () -> diagnostic.addFinding(text()));
    return diagnostic.build();
  }

  /**
   * Returns a reference to the regional health project (PRS).
   *
   * @return the reference
   */
  public PrsReference prs() {
    PrsReference.Builder prs = PrsReference.builder();
    maybe(prs, (b, v) -> b.title(v), this::text);
    maybe(prs, (b, v) -> b.generation(v), this::anInt);
    maybe(prs, (b, v) -> b.period(v), this::period);
    repeat(2, () -> prs.addPriority(text()));
    return prs.build();
  }

  /**
   * Returns an amendment (avenant) numbered {@code number}, signed after the contract and within its
   * period (in valid mode), naming sheets and signatories the contract has.
   *
   * @param number its number, from 1; 0 for an amendment that says none
   * @return the amendment
   */
  public Amendment amendment(int number) {
    Amendment.Builder amendment = Amendment.builder();
    if (bad()) {
      amendment.number(d.chance(50) ? number + 1 : anInt());
    } else if (number > 0) {
      amendment.number(number);
    }
    maybe(amendment, (b, v) -> b.object(v), this::text);
    maybe(amendment, (b, v) -> b.planned(v), () -> d.chance(50));
    if (d.chance(70)) {
      LocalDate after = within(signature != null ? signature.lastDay().plusDays(1) : start.lastDay());
      LocalDate last = end.firstDay();
      LocalDate day = last.isAfter(after) ? after.plusDays(d.longBetween(0, last.toEpochDay() - after.toEpochDay()))
          : after;
      amendment.signatureDate(bad() ? date() : PartialDate.of(within(day)));
    }
    if (d.chance(40)) {
      Period.Builder extended = Period.builder().start(start).end(PartialDate.ofYear(year(end.year() + d.between(1, 2))));
      amendment.newPeriod(bad() ? period() : extended.build());
    }
    repeat(2, () -> amendment.addAddedSignatory(partyRef()));
    repeat(sheetIds.isEmpty() && !anything() ? 0 : 2,
        () -> amendment.addAffectedSheetId(sheetIds.isEmpty() || bad() ? "fa-inconnue" : d.pick(sheetIds)));
    return amendment.build();
  }

  /**
   * Returns a reference to another contract (the previous or the next one).
   *
   * @return the reference
   */
  public ContractReference contractReference() {
    ContractReference.Builder reference = ContractReference.builder();
    maybe(reference, (b, v) -> b.contractId(v), this::text);
    maybe(reference, (b, v) -> b.title(v), this::text);
    maybe(reference, (b, v) -> b.period(v), () -> {
      Period.Builder before = Period.builder();
      maybe(before, (bb, v2) -> bb.start(v2), () -> PartialDate.ofYear(year(start.year() - 6)));
      maybe(before, (bb, v2) -> bb.end(v2), () -> PartialDate.ofYear(year(start.year() - 1)));
      return bad() ? period() : before.build();
    });
    maybe(reference, (b, v) -> b.description(v), this::text);
    maybe(reference, (b, v) -> b.evaluation(v), this::text);
    return reference.build();
  }

  /**
   * Returns the version of the document (its label, date, whether a draft).
   *
   * @return the version
   */
  public DocumentVersion documentVersion() {
    DocumentVersion.Builder version = DocumentVersion.builder();
    maybe(version, (b, v) -> b.label(v), this::text);
    maybe(version, (b, v) -> b.date(v), this::date);
    maybe(version, (b, v) -> b.draft(v), () -> d.chance(50));
    return version.build();
  }

  /**
   * Returns a milestone (jalon).
   *
   * @return the milestone
   */
  public Milestone milestone() {
    Milestone.Builder milestone = Milestone.builder().description(text());
    maybe(milestone, (b, v) -> b.date(v), this::date);
    return milestone.build();
  }

  /**
   * Returns a document of the contract (annexe, délibération…).
   *
   * @return the document
   */
  public Document document() {
    Document.Builder document = Document.builder().title(text());
    maybe(document, (b, v) -> b.url(v), () -> anything() ? text() : "https://example.org/cls/" + d.between(1, 999) + ".pdf");
    maybe(document, (b, v) -> b.description(v), this::text);
    return document.build();
  }

  // ---------------------------------------------------------------------------------------------
  // The contract.

  /** The contract's period: 3 to 5 years from a start of 2010 to 2030, as known as its dates are. */
  private void contractPeriod() {
    // 3 to 5 years; in chaos now and then 1, 2 or 6 (unusual, not invalid), or any length below.
    years = bad() ? d.pick(List.of(1, 2, 6)) : d.between(3, 5);
    LocalDate first = LocalDate.of(d.between(2010, 2030), d.between(1, 12), d.between(1, 28));
    switch (d.between(0, 2)) {
      case 0:
        start = PartialDate.ofYear(first.getYear());
        end = PartialDate.ofYear(first.getYear() + years);
        break;
      case 1:
        start = PartialDate.ofMonth(first.getYear(), first.getMonthValue());
        YearMonth last = YearMonth.from(first).plusMonths(12L * years - 1);
        end = PartialDate.ofMonth(last.getYear(), last.getMonthValue());
        break;
      default:
        start = PartialDate.of(first);
        end = PartialDate.of(first.plusYears(years).minusDays(1));
    }
    if (anything() && d.chance(15)) { // any length, reversed now and then
      start = date();
      end = date();
    }
  }

  /**
   * Returns a contract.
   *
   * @return the contract
   */
  public Contract contract() {
    lead = d.pick(Region.values());
    List<FormerRegion> formers = new ArrayList<>();
    for (FormerRegion former : FormerRegion.values()) {
      if (former.successor() == lead) {
        formers.add(former);
      }
    }
    FormerRegion former = !formers.isEmpty() && d.chance(50) ? d.pick(formers) : null;
    if (former != null && bad()) {
      former = d.pick(FormerRegion.values());
    }
    contractPeriod();
    ContractStatus status = d.chance(85) ? closed(ContractStatus.values()) : null;
    signed = status != null && status != ContractStatus.IN_PREPARATION && status != ContractStatus.ABANDONED;
    if (status != ContractStatus.IN_PREPARATION && d.chance(signed ? 85 : 30) || bad()) {
      LocalDate day = within(start.firstDay().plusDays(d.between(-180, 180)));
      if (day.isAfter(end.firstDay())) {
        day = end.firstDay();
      }
      if (bad()) { // any date, or more than a year after the start
        signature = d.chance(50) ? date() : PartialDate.of(within(start.lastDay().plusDays(d.between(370, 700))));
      } else {
        signature = PartialDate.of(day);
      }
    }

    Contract.Builder contract = Contract.builder().id(id("cls")).leadArs(bad() ? d.pick(Region.values()) : lead);
    if (status != null) {
      contract.status(status);
    }
    maybe(contract, (b, v) -> b.kind(v), () -> closed(ContractKind.values()));
    if (d.chance(30)) {
      contract.documentVersion(documentVersion());
    }
    maybe(contract, (b, v) -> b.title(v), this::text);
    repeat(2, () -> contract.addTitleTranslation(localized()));
    boolean previous = d.chance(25);
    maybe(contract, (b, v) -> b.generation(v), () -> previous || bad() ? d.between(2, 4) : 1);
    if (previous) {
      contract.previousContract(contractReference());
    }
    if (d.chance(25)) {
      contract.successorContract(contractReference());
    }
    maybe(contract, (b, v) -> b.evaluation(v), this::text);
    if (former != null) {
      contract.formerLeadArs(former);
    }
    contract.territory(territory(former));

    // Parties first, so that every reference drawn after names one.
    boolean required = !anything() || d.chance(80);
    Party ars = required ? ars() : null;
    Party carrier = required ? localAuthority() : null;
    List<Party> parties = new ArrayList<>();
    if (ars != null) {
      parties.add(ars);
      parties.add(carrier);
    }
    repeat(sizes.parties(), () -> parties.add(party()));
    shuffle(parties);
    contract.parties(parties);
    if (carrier != null && d.chance(80)) {
      contract.addCarrier(carrier(PartyRef.to(carrier.id())));
    }
    repeat(anything() ? 2 : 1, () -> contract.addCarrier(carrier()));

    Period.Builder period = Period.builder().start(start).end(end);
    if (d.chance(30)) {
      period.durationMonths(bad() ? anInt() : years * 12);
    }
    maybe(period, (b, v) -> b.asWritten(v), () -> start.year() + "-" + end.year());
    if (d.chance(90)) {
      contract.period(period.build());
    }
    if (signature != null) {
      contract.signatureDate(signature);
    }
    maybe(contract, (b, v) -> b.signaturePlace(v), this::text);
    maybe(contract, (b, v) -> b.signatureDateAsWritten(v), () -> d.pick(List.of("Ce mardi 24 avril", "le 24/04/18",
        "25 janvier", "2022")));
    maybe(contract, (b, v) -> b.signaturePrintedBlank(v), () -> d.chance(50));
    List<Signatory> signatories = new ArrayList<>();
    if (ars != null && (signed && !bad() || d.chance(50))) {
      signatories.add(signatory(PartyRef.to(ars.id())));
      signatories.add(signatory(PartyRef.to(carrier.id())));
    }
    repeat(2, () -> signatories.add(signatory()));
    if (bad() && !signatories.isEmpty()) {
      signatories.add(d.pick(signatories)); // twice
    }
    shuffle(signatories);
    contract.signatories(signatories);
    boolean complete = signatories.size() >= 2 || !signed || d.chance(30);
    if (d.chance(30) || !complete) {
      contract.signatoriesComplete(complete && !bad());
    }
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
    repeat(2, () -> contract.addPriority(text()));
    repeat(2, () -> contract.addGeneralObjective(text()));
    repeat(2, () -> contract.addLinkedScheme(schemeLink()));
    repeat(2, () -> contract.addLegalBasis(text()));
    maybe(contract, (b, v) -> b.sheetNumbering(v), () -> closed(SheetNumbering.values()));

    int axes = sizes.axes().draw(d);
    for (int a = 1; a <= axes; a++) {
      contract.addAxis(axis(a));
    }
    sheets(sizes.looseSheets(), contract::addActionSheet);
    int listed = listedSheets;
    if (d.chance(30) || bad()) {
      contract.announcedAxisCount(bad() ? axes + d.between(1, 3) : d.between(0, axes));
    }
    if (d.chance(30) || bad()) {
      contract.announcedActionSheetCount(bad() ? listed + d.between(1, 5) : d.between(0, listed));
    }
    maybe(contract, (b, v) -> b.announcedActionSheetCountAtLeast(v), () -> d.chance(50));
    if (signed && listed == 0 && !bad()) {
      // A signed contract with no sheet listed says why: its sheets are annexed, or its list incomplete.
      if (d.chance(50)) {
        contract.actionSheetsAnnexed(true);
      } else {
        contract.actionSheetsComplete(false);
      }
    } else {
      maybe(contract, (b, v) -> b.actionSheetsComplete(v), () -> d.chance(50));
      maybe(contract, (b, v) -> b.actionSheetsAnnexed(v), () -> d.chance(50));
    }
    repeat(2, () -> contract.addIndicator(indicator()));
    int amendments = d.between(0, 2);
    int number = 1;
    for (int i = 1; i <= amendments; i++) {
      // Some amendments say no number; those that do are numbered 1, 2, 3… all the same.
      contract.addAmendment(amendment(d.chance(85) ? number++ : 0));
    }
    repeat(2, () -> contract.addMilestone(milestone()));
    repeat(2, () -> contract.addDocument(document()));
    contract.putAllExtensions(extensions());
    return contract.build();
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) { // Fisher–Yates
      int j = d.between(0, i);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }

  /**
   * Returns the closed codes of a list, for a generator that picks among them.
   *
   * @param values the codes
   * @param <E> the list
   * @return one of them
   */
  public <E extends Enum<E>> E code(E[] values) {
    return closed(values);
  }

  /**
   * Returns a code of an open list: a well-known one, or now and then one no list knows.
   *
   * @param known the well-known codes
   * @param of the factory of a code
   * @param <C> the list
   * @return the code
   */
  public <C extends OpenCode> C openCode(Collection<C> known, Function<String, C> of) {
    return open(known, of);
  }

  /**
   * Returns a text in another language.
   *
   * @return the translation
   */
  public LocalizedText translation() {
    return localized();
  }

  /**
   * Returns a follow-up note (note de suivi).
   *
   * @return the note
   */
  public FollowUpNote followUpNote() {
    FollowUpNote.Builder note = FollowUpNote.builder().text(text());
    maybe(note, (b, v) -> b.date(v), this::date);
    return note.build();
  }

  /**
   * Returns a citizen participation.
   *
   * @return the participation
   */
  public CitizenParticipation citizenParticipation() {
    CitizenParticipation.Builder participation = CitizenParticipation.builder().level(closed(ParticipationLevel.values()));
    maybe(participation, (b, v) -> b.detail(v), this::text);
    return participation.build();
  }

  /**
   * Returns an indicator value of any kind.
   *
   * @return the value
   */
  public IndicatorValue indicatorValue() {
    return value(null, false);
  }
}
