package io.github.clsante.serialization.internal;

import io.github.clsante.serialization.ReadProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * An object of the JSON format: its members, read in one pass into the model's builder, written in
 * RFC 8785 member order, and described in the JSON Schema.
 *
 * <p>Reading reports, without stopping: a member of the wrong type, an unknown or duplicate member, a
 * missing required member. The object is built all the same, as long as the value is an object: a
 * required member that is missing or unreadable gets its shape's {@link ValueShape#placeholder()
 * placeholder}, and its place is listed as unreadable ({@link ReadContext#unreadable()}), so that the
 * rest of the document is read and validated and rules that depend on that value are not applied.
 * One problem never hides another.
 *
 * @param <T> the model type
 * @param <B> the builder type
 */
public final class ObjectShape<T, B> extends ValueShape<T> {

  private final String name;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private List<Field<T, B>> fields = List.of();
  private Map<String, Integer> index = Map.of();
  private int[] slots = new int[0];
  /**
   * By position, for a member that format 1.1 renamed, the other version's name of it: the new name of
   * a 1.0 member, the 1.0 name of a renamed 1.1 member; {@code null} for every other member.
   */
  private String[] renamedAs = new String[0];
  /** The member names of each minor version of format 1, 0 to the newest: what a suggestion may name. */
  private List<List<String>> namesIn = List.of();

  /**
   * Creates an object shape; its fields are given later by {@link #fields(List)}, so that shapes can
   * refer to each other (an objective holds objectives).
   *
   * @param name the definition name in the JSON Schema ({@code "ActionSheet"})
   * @param description what the object is
   * @param newBuilder makes an empty builder
   * @param build builds the value from a builder holding every required member
   */
  public ObjectShape(String name, String description, Supplier<B> newBuilder, Function<B, T> build) {
    this.name = name;
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * Sets the fields, sorted into RFC 8785 order (UTF-16 code units of the names).
   *
   * @param declared the fields, in any order, with distinct names (at most 64)
   * @return this shape
   */
  public ObjectShape<T, B> fields(List<Field<T, B>> declared) {
    if (declared.size() > 64) {
      throw new IllegalArgumentException("at most 64 members: " + name);
    }
    List<Field<T, B>> sorted = new ArrayList<>(declared);
    sorted.sort(Comparator.comparing(Field::name));
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (byName.put(sorted.get(i).name, i) != null) {
        throw new IllegalArgumentException("duplicate member " + sorted.get(i).name + " in " + name);
      }
    }
    this.fields = List.copyOf(sorted);
    this.index = Map.copyOf(byName);
    // A 1.0 member replaced in 1.1 (amountCents by amount) shares the seen bit of its replacement: an
    // object holding both holds the value twice.
    this.slots = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      String replacement = sorted.get(i).replacement().orElse(null);
      Integer slot = replacement == null ? Integer.valueOf(i) : byName.get(replacement);
      if (slot == null) {
        throw new IllegalArgumentException("no member " + replacement + " in " + name);
      }
      slots[i] = slot;
    }
    this.renamedAs = new String[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Field<T, B> field = sorted.get(i);
      if (field.isRenamed()) {
        renamedAs[i] = field.slot;
        renamedAs[slots[i]] = field.name;
      }
    }
    List<List<String>> names = new ArrayList<>();
    for (int minor = 0; minor <= Shapes.CURRENT_MINOR; minor++) {
      List<String> in = new ArrayList<>();
      for (Field<T, B> field : sorted) {
        if (field.in(minor)) {
          in.add(field.name);
        }
      }
      names.add(List.copyOf(in));
    }
    this.namesIn = List.copyOf(names);
    return this;
  }

  /**
   * Returns the fields of a minor version of format 1, in RFC 8785 order.
   *
   * @param minor the minor version
   * @return the fields a document of that version may hold
   */
  public List<Field<T, B>> fieldList(int minor) {
    List<Field<T, B>> in = new ArrayList<>();
    for (Field<T, B> field : fields) {
      if (field.in(minor)) {
        in.add(field);
      }
    }
    return in;
  }

  /**
   * Returns the definition name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the object is.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the fields in RFC 8785 order, of every version.
   *
   * @return the fields
   */
  public List<Field<T, B>> fieldList() {
    return fields;
  }

  @Override
  public T read(ReadContext in) {
    if (in.token() != JsonToken.START_OBJECT) {
      return in.wrongType("object");
    }
    // Where the object starts, for a member it lacks: kept as numbers, a location built only if reported.
    long startLineColumn = in.tokenLineColumn();
    long startOffset = in.tokenOffset();
    B builder = newBuilder.get();
    long seen = 0;
    long seenNames = 0; // by position: of members sharing a value (amount, amountCents), which one was read
    long invalid = 0;
    // Members written under another name (« titre » for title), read for the member they name, and
    // given to the builder at the end if the object does not have that member under its own name.
    List<Object[]> misnamed = null;
    JsonToken token;
    while ((token = in.next()) == JsonToken.PROPERTY_NAME) {
      String member = in.parser().currentName();
      Integer position = index.get(member);
      if (position == null) {
        Synonym suggestion = suggest(member, in);
        if (suggestion == null) {
          in.unknownMember(member, null);
        } else if (!suggestion.read || (seen & (1L << slots[index.get(suggestion.member)])) != 0) {
          in.unknownMember(member, suggestion.member);
        } else {
          int finding = in.misnamedMember(member, suggestion.member);
          Field<T, B> field = fields.get(index.get(suggestion.member));
          List<Object> values = new ArrayList<>();
          in.enter(member);
          in.next();
          boolean valid = readMember(field, values::add, in);
          in.leave();
          if (misnamed == null) {
            misnamed = new ArrayList<>();
          }
          misnamed.add(new Object[] {index.get(suggestion.member), values, valid, finding, member});
        }
        continue;
      }
      long bit = 1L << slots[position];
      if ((seen & bit) != 0) {
        in.enter(member);
        String first = firstOfValue(position, seenNames);
        if (first == null) {
          in.report(ReadProblem.DUPLICATE_MEMBER, "member", member);
        } else { // the same value under another version's name: schemaVersion and formatVersion
          in.report(ReadProblem.DUPLICATE_MEMBER, "member", member, "problem", "same-value", "first", first);
        }
        in.leave();
        in.next();
        in.parser().skipChildren();
        continue;
      }
      seen |= bit;
      seenNames |= 1L << position;
      Field<T, B> field = fields.get(position);
      if (field.since > 0 || field.until < Integer.MAX_VALUE) {
        // In or out of the document's version, known at its end.
        in.versioned(field, member, renamedAs[position]);
      }
      in.enter(member); // before advancing: a failure to read the value is located at the member
      if (field.replacement().isPresent()) {
        in.alias(field.replacement().get()); // findings on the 1.1 member are placed on this one
      }
      in.next();
      if (!readMember(field, value -> field.setter.accept(builder, value), in)) {
        invalid |= bit;
      }
      in.leave();
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token in object: " + token);
    }
    if (misnamed != null) {
      for (Object[] pending : misnamed) {
        int position = (Integer) pending[0];
        long bit = 1L << slots[position];
        if ((seen & bit) == 0) {
          seen |= bit;
          Field<T, B> field = fields.get(position);
          @SuppressWarnings("unchecked")
          List<Object> values = (List<Object>) pending[1];
          values.forEach(value -> field.setter.accept(builder, value));
          // Findings on the member it is read as are placed on the name the document writes.
          in.alias(field.replacement().orElse(field.name), (String) pending[4]);
          if (!(Boolean) pending[2]) {
            invalid |= bit;
          }
        } else {
          in.notReadAs((Integer) pending[3]); // the member under its own name came after: its value stands
        }
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      Field<T, B> field = fields.get(i);
      long bit = 1L << slots[i];
      if ((seen & bit) == 0 && field.requiredIn10) {
        in.missingIn10(field.name, ReadContext.location(startLineColumn, startOffset));
      }
      if ((seen & bit) == 0 && field.defaultIn10 != null) {
        in.absentDefaultIn10();
      }
      if (field.kind == Field.Kind.REQUIRED && (seen & bit) == 0) {
        in.report(ReadProblem.MISSING_MEMBER, ReadProblem.MISSING_MEMBER.severity(), in.pointer(),
            ReadContext.location(startLineColumn, startOffset),
            "member", field.name);
        in.enter(field.name);
        in.markUnreadable();
        in.leave();
        field.setter.accept(builder, field.shape.placeholder());
      } else if (field.kind == Field.Kind.REQUIRED && (invalid & bit) != 0) {
        field.setter.accept(builder, field.shape.placeholder());
      }
    }
    return build.apply(builder);
  }

  /**
   * The member read before, under another name, that holds the same value as the member at {@code
   * position} (a 1.0 member and its 1.1 replacement), or {@code null} when the member itself was read
   * before.
   */
  private String firstOfValue(int position, long seenNames) {
    if ((seenNames & (1L << position)) != 0) {
      return null;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (i != position && slots[i] == slots[position] && (seenNames & (1L << i)) != 0) {
        return fields.get(i).name;
      }
    }
    return null;
  }

  /**
   * A member name people write for one of the format's: a French word (« début » for start), or a name
   * one or two letters away. {@code read} says whether the value means the same under the format's
   * name, and is read as it: « montant » is read as {@code amount} in a 1.1 document (both in euros),
   * but only suggested as {@code amountCents} in a 1.0 one (in cents).
   */
  private static final class Synonym {
    final String member;
    final boolean read;

    Synonym(String member, boolean read) {
      this.member = member;
      this.read = read;
    }

    boolean sameAs(Synonym other) {
      return other != null && member.equals(other.member) && read == other.read;
    }
  }

  /**
   * French words for member names, folded, each with the members it may stand for, in order: the first
   * that the object has in the document's version is suggested ({@code amount} in 1.1, {@code
   * amountCents} in 1.0). {@code *} marks those whose value is not read as-is.
   */
  private static final Map<String, List<String>> FRENCH = frenchWords(
      "debut", "start", "datedebut", "start", "fin", "end", "datefin", "end", "titre", "title",
      "intitule", "title", "libelle", "label", "nom", "name", "statut", "status", "etat", "status",
      "pilote", "pilots", "pilotes", "pilots", "partenaire", "partners", "partenaires", "partners",
      "fiches", "actionSheets", "fichesactions", "actionSheets", "fichesaction", "actionSheets",
      "axe", "axes", "objectif", "objectives", "objectifs", "objectives", "financement", "fundings",
      "financements", "fundings", "financeur", "financer", "montant", "amount", "montant", "*amountCents",
      "budget", "budget", "budget", "*budgetCents", "montantprevu", "plannedAmount", "montantprevu", "*plannedAmountCents",
      "montantrealise", "actualAmount", "montantrealise", "*actualAmountCents",
      "indicateur", "indicators", "indicateurs", "indicators", "signataire", "signatories",
      "signataires", "signatories", "porteur", "carriers", "porteurs", "carriers", "acteurs", "parties",
      "partiesprenantes", "parties", "territoire", "territory", "periode", "period", "duree", "*durationMonths",
      "datedesignature", "signatureDate", "datesignature", "signatureDate", "annee", "year",
      "identifiant", "id", "numero", "number", "calendrier", "schedule", "echeance", "dueDate",
      "cible", "targets", "cibles", "targets", "valeurdereference", "baseline", "mesures", "measurements",
      "priorite", "priority", "priorites", "priorities", "avenants", "amendments", "instances", "governanceBodies",
      "coordonnateur", "coordinator", "coordination", "coordinator", "commentaire", "comment",
      "sens", "direction", "frequence", "frequency", "unite", "unit", "courriel", "emails",
      "courriels", "emails", "telephone", "phones", "telephones", "phones", "fonction", "function",
      "representant", "representative", "elusreferents", "electedReferents", "publics", "targetPublics",
      "publiccible", "targetPublics", "sousactions", "subActions", "regionars", "leadArs", "ars", "leadArs",
      "communesmembres", "communes", "etapes", "milestones", "generation", "generation", "code", "inseeCode",
      "codeinsee", "inseeCode", "qpv", "qpvCodes", "langue", "language", "texte", "text", "niveau", "level",
      "nature", "nature", "responsable", "responsible");

  private static Map<String, List<String>> frenchWords(String... pairs) {
    Map<String, List<String>> words = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      words.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return Map.copyOf(words);
  }

  /**
   * The member of this object an unknown name most likely stands for in the document's version, or
   * {@code null}. The version is asked for only when the versions' suggestions differ (« montant »).
   */
  private Synonym suggest(String unknown, ReadContext in) {
    Synonym newest = suggest(unknown, Shapes.CURRENT_MINOR);
    for (int minor = 0; minor < Shapes.CURRENT_MINOR; minor++) {
      Synonym older = suggest(unknown, minor);
      if (older == null ? newest != null : !older.sameAs(newest)) {
        return suggest(unknown, in.readingMinor());
      }
    }
    return newest;
  }

  /** The member of format 1.{@code minor} in this object an unknown name most likely stands for. */
  private Synonym suggest(String unknown, int minor) {
    List<String> names = namesIn.get(minor);
    String folded = io.github.clsante.model.Spelling.fold(unknown);
    for (String word : FRENCH.getOrDefault(folded, List.of())) {
      boolean read = !word.startsWith("*");
      String member = read ? word : word.substring(1);
      if (names.contains(member)) {
        return new Synonym(member, read);
      }
    }
    for (String member : names) { // another case or separators: « Title », « action_sheets »
      if (io.github.clsante.model.Spelling.fold(member).equals(folded)) {
        return new Synonym(member, true);
      }
    }
    int edits = folded.length() <= 4 ? 1 : 2;
    return io.github.clsante.model.Spelling.closest(names, unknown, edits)
        .map(member -> new Synonym(member, io.github.clsante.model.Spelling.edits(unknown, member, 1) <= 1))
        .orElse(null);
  }

  /**
   * Returns the value a JSON Pointer designates inside a value of this shape, following the format's
   * members: the model object, list or scalar the canonical document holds there.
   *
   * @param value a value of this shape
   * @param pointer an RFC 6901 JSON Pointer relative to the value ({@code ""}: the value itself)
   * @return the value, or empty when the document has nothing there (an absent member, an index past
   *     the end, a place inside extensions or a scalar)
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer
   */
  public Optional<Object> valueAt(T value, String pointer) {
    List<String> tokens = io.github.clsante.model.report.JsonPointer.tokens(pointer);
    Object current = value;
    ValueShape<?> shape = this;
    for (int i = 0; i < tokens.size(); i++) {
      if (!(shape instanceof ObjectShape)) {
        return Optional.empty();
      }
      ObjectShape<?, ?> object = (ObjectShape<?, ?>) shape;
      Integer position = object.index.get(tokens.get(i));
      if (position == null) {
        return Optional.empty();
      }
      Field<?, ?> field = object.fields.get(position);
      @SuppressWarnings("unchecked")
      Object member = ((Field<Object, ?>) field).getter.apply(current);
      if (member instanceof Optional) {
        if (((Optional<?>) member).isEmpty()) {
          return Optional.empty();
        }
        member = ((Optional<?>) member).get();
      }
      if (field.kind == Field.Kind.LIST && i + 1 < tokens.size()) {
        String index = tokens.get(++i);
        List<?> list = (List<?>) member;
        if (!index.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(index) >= list.size()) {
          return Optional.empty();
        }
        member = list.get(Integer.parseInt(index));
      } else if (field.kind == Field.Kind.LIST) {
        return Optional.of(member);
      }
      current = member;
      shape = field.shape;
    }
    return Optional.of(current);
  }

  /**
   * Returns a value with the values format 1.0 meant for its absent members (a signatory's role is
   * principal, an axis is not transversal…), in it and in every object it holds: how a 1.0 document is
   * read.
   *
   * @param value the value, as read
   * @return the value with 1.0's defaults
   */
  public T withDefaultsIn10(T value) {
    B builder = newBuilder.get();
    for (Field<T, B> field : fields) {
      if (!field.in(Shapes.CURRENT_MINOR)) {
        continue; // a 1.0 member holds the same model value as its replacement
      }
      Object member = field.getter.apply(value);
      switch (field.kind) {
        case LIST:
          for (Object element : (List<?>) member) {
            field.setter.accept(builder, withDefaultsIn10(field, element));
          }
          break;
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) member;
          if (optional.isPresent()) {
            field.setter.accept(builder, withDefaultsIn10(field, optional.get()));
          } else if (field.defaultIn10 != null) {
            field.setter.accept(builder, field.defaultIn10);
          }
          break;
        default:
          field.setter.accept(builder, withDefaultsIn10(field, member));
      }
    }
    return build.apply(builder);
  }

  /**
   * Finds, in a value read from a document of format 1.0 (before 1.0's defaults are applied), what
   * format 1.1 says differently, in it and in every object it holds: each 1.0 member the document holds
   * (an amount in cents, written in euros in 1.1), and each absent member that 1.0 read as a default
   * (written in 1.1, where absence means that the source does not say).
   *
   * @param value the value, as read from a 1.0 document
   * @param pointer the JSON Pointer of the value in the document
   * @param changes receives each change, members in canonical order, lists in document order
   */
  public void changesFrom10(T value, String pointer, Changes10 changes) {
    for (Field<T, B> field : fields) {
      if (!field.in(0)) {
        continue; // a member 1.1 added: a 1.0 document read without error does not hold it
      }
      Object member = field.getter.apply(value);
      String at = io.github.clsante.model.report.JsonPointer.append(pointer, field.name);
      if (!field.in(Shapes.CURRENT_MINOR)) {
        // A 1.0 member holds the value of its replacement: present in the model, it was in the document.
        ((Optional<?>) member).ifPresent(present -> changes.replaced(at, field, present));
        continue;
      }
      switch (field.kind) {
        case LIST:
          List<?> list = (List<?>) member;
          for (int i = 0; i < list.size(); i++) {
            changesFrom10(field, list.get(i), io.github.clsante.model.report.JsonPointer.append(at, i), changes);
          }
          break;
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) member;
          if (optional.isPresent()) {
            changesFrom10(field, optional.get(), at, changes);
          } else if (field.defaultIn10 != null) {
            changes.defaulted(at, field, field.defaultIn10);
          }
          break;
        default:
          changesFrom10(field, member, at, changes);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void changesFrom10(Field<?, ?> field, Object value, String pointer, Changes10 changes) {
    if (field.shape instanceof ObjectShape) {
      ((ObjectShape<Object, ?>) field.shape).changesFrom10(value, pointer, changes);
    }
  }

  /** What {@link #changesFrom10(Object, String, Changes10)} finds. */
  public interface Changes10 {
    /**
     * A member of format 1.0 only that the document holds, replaced in 1.1 by {@link
     * Field#replacement()}, which holds the same value.
     *
     * @param pointer the member's JSON Pointer in the 1.0 document
     * @param field the 1.0 member
     * @param value its value (an {@code EuroAmount} for the amounts in cents)
     */
    void replaced(String pointer, Field<?, ?> field, Object value);

    /**
     * A member the document lacks, which format 1.0 read as a default and 1.1 writes.
     *
     * @param pointer the member's JSON Pointer, in the object that lacks it
     * @param field the member
     * @param value the 1.0 default
     */
    void defaulted(String pointer, Field<?, ?> field, Object value);
  }

  @SuppressWarnings("unchecked")
  private static Object withDefaultsIn10(Field<?, ?> field, Object value) {
    return field.shape instanceof ObjectShape ? ((ObjectShape<Object, ?>) field.shape).withDefaultsIn10(value) : value;
  }

  /**
   * An object built from the placeholders of its required members, and nothing else: built once, and
   * shared (it is immutable), so that a list of a million unreadable elements holds a million references
   * to it rather than a million objects.
   */
  @Override
  public T placeholder() {
    T made = placeholder;
    if (made == null) {
      B builder = newBuilder.get();
      for (Field<T, B> field : fields) {
        if (field.kind == Field.Kind.REQUIRED) {
          field.setter.accept(builder, field.shape.placeholder());
        }
      }
      made = build.apply(builder);
      placeholder = made; // a race builds two equal values: either is the placeholder
    }
    return made;
  }

  /** The placeholder, once built. */
  private volatile T placeholder;

  /**
   * Reads one member's value; returns whether it was valid. An unreadable value is listed as such; an
   * unreadable element of a list is replaced by its placeholder, so that the others keep their
   * positions (and their JSON Pointers).
   */
  private boolean readMember(Field<T, B> field, Consumer<Object> sink, ReadContext in) {
    in.mark();
    if (field.kind != Field.Kind.LIST) {
      Object value = field.shape.read(in);
      if (value == null) {
        in.markUnreadable();
        return false;
      }
      sink.accept(value);
      return true;
    }
    if (in.token() != JsonToken.START_ARRAY) {
      in.wrongType("array");
      in.markUnreadable();
      return false;
    }
    int i = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      in.enter(i++);
      in.mark();
      Object element = field.shape.read(in);
      if (element == null) {
        in.markUnreadable();
        element = field.shape.placeholder();
      }
      if (!in.unreadableIncomplete()) { // else no contract is given: a million elements need not be kept
        sink.accept(element);
      }
      in.leave();
    }
    return true;
  }

  @Override
  public void write(T value, JsonSink out) {
    out.beginObject();
    for (Field<T, B> field : fields) {
      if (!field.in(Shapes.CURRENT_MINOR)) {
        continue; // a member of an older version, read but never written
      }
      Object member = field.getter.apply(value);
      switch (field.kind) {
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) member;
          if (optional.isPresent()) {
            out.member(field.memberName);
            field.shape.write(optional.get(), out);
          }
          break;
        case LIST:
          List<?> list = (List<?>) member;
          if (!list.isEmpty()) {
            out.member(field.memberName);
            out.beginArray();
            for (Object element : list) {
              out.element();
              field.shape.write(element, out);
            }
            out.endArray();
          }
          break;
        default:
          out.member(field.memberName);
          field.shape.write(member, out);
      }
    }
    out.endObject();
  }

  @Override
  public Map<String, Object> schema() {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", "#/$defs/" + name);
    return ref;
  }

  /**
   * Returns the full definition of this object for the JSON Schema's {@code $defs}, in the current
   * version.
   *
   * @return the definition
   */
  public Map<String, Object> definition() {
    return definition(Shapes.CURRENT_MINOR);
  }

  /**
   * Returns the full definition of this object for the JSON Schema of a minor version of format 1.
   *
   * @param minor the minor version
   * @return the definition
   */
  public Map<String, Object> definition(int minor) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("description", description);
    definition.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field<T, B> field : fieldList(minor)) {
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("description", field.description);
      if (field.kind == Field.Kind.LIST) {
        property.put("type", "array");
        property.put("items", field.shape.schema());
      } else {
        property.putAll(field.shape.schema());
      }
      properties.put(field.name, property);
      if (field.kind == Field.Kind.REQUIRED || field.requiredIn10 && minor == 0) {
        required.add(field.name);
      }
    }
    definition.put("properties", properties);
    if (!required.isEmpty()) {
      definition.put("required", required);
    }
    definition.put("additionalProperties", false);
    return definition;
  }

  @Override
  public String expected() {
    return "object";
  }

  @Override
  public String documentedType() {
    return "[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
