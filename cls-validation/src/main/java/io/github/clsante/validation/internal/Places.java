package io.github.clsante.validation.internal;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.Document;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.Objective;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.serialization.ContractJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a JSON Pointer is, in the words of the people who read the contract: « Axe 3 › Fiche 5
 * « Favoriser l’activité physique… » › Financement 1 ». Axes, objectives, sheets and amendments go by
 * the number the contract prints, or by their position from 1; parties, indicators, communes and
 * documents by their name; the last member by its name in words when it has one.
 */
public final class Places {

  /** The separator between the parts of a place. */
  public static final String SEPARATOR = " › ";

  /** Titles are cut after this many characters, with « … ». */
  static final int TITLE = 40;

  private static final MessageCatalog WORDS =
      new MessageCatalog(name -> Places.class.getResourceAsStream(name), "places");

  private Places() {}

  /**
   * Returns the place of a pointer in a contract.
   *
   * @param contract the contract
   * @param pointer the pointer
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the place, or empty for the whole document or a pointer that is not one
   */
  public static Optional<String> of(Contract contract, String pointer, Locale locale) {
    List<String> tokens;
    try {
      tokens = JsonPointer.tokens(pointer);
    } catch (IllegalArgumentException notAPointer) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    StringBuilder at = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String member = tokens.get(i);
      at.append('/').append(escape(member));
      boolean element = i + 1 < tokens.size() && tokens.get(i + 1).matches("0|[1-9][0-9]{0,8}")
          && WORDS.template("place." + member, locale).isPresent();
      if (element) {
        int index = Integer.parseInt(tokens.get(++i));
        at.append('/').append(index);
        Object value = ContractJson.valueAt(contract, at.toString()).orElse(null);
        parts.add(element(member, index, value, locale));
      } else if (i + 1 < tokens.size()) {
        WORDS.template("object." + member, locale).ifPresent(parts::add);
      } else {
        WORDS.template("member." + member, locale).or(() -> WORDS.template("object." + member, locale))
            .ifPresent(parts::add);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(SEPARATOR, parts));
  }

  /** An element of a list: its label, its number or position, and its name or title. */
  private static String element(String member, int index, Object value, Locale locale) {
    Map<String, String> params = new HashMap<>();
    params.put("n", Integer.toString(index + 1));
    if (value instanceof Axis) {
      ((Axis) value).number().ifPresent(number -> params.put("n", number));
    } else if (value instanceof Objective) {
      ((Objective) value).number().ifPresent(number -> params.put("n", number));
    } else if (value instanceof ActionSheet) {
      ActionSheet sheet = (ActionSheet) value;
      sheet.number().ifPresent(number -> params.put("n", number));
      params.put("title", cut(sheet.title()));
    } else if (value instanceof Amendment) {
      ((Amendment) value).number().ifPresent(number -> params.put("n", Integer.toString(number)));
    } else if (value instanceof Party) {
      params.put("title", cut(((Party) value).name()));
    } else if (value instanceof Indicator) {
      params.put("title", cut(((Indicator) value).name()));
    } else if (value instanceof Commune) {
      ((Commune) value).name().ifPresent(name -> params.put("title", cut(name)));
    } else if (value instanceof Document) {
      params.put("title", cut(((Document) value).title()));
    } else if (value instanceof GovernanceBody) {
      ((GovernanceBody) value).name().ifPresent(name -> params.put("title", cut(name)));
    } else if (value instanceof PartyRef) {
      params.put("title", cut(((PartyRef) value).partyId()));
    }
    return WORDS.format(WORDS.template("place." + member, locale).orElseThrow(), params, locale);
  }

  /** A title as a place shows it: up to 40 characters, cut between words, then « … ». */
  static String cut(String title) {
    String trimmed = title.strip();
    if (trimmed.length() <= TITLE) {
      return trimmed;
    }
    int end = trimmed.lastIndexOf(' ', TITLE);
    if (end < TITLE / 2) { // one long word: cut inside it, not inside a character
      end = Character.isHighSurrogate(trimmed.charAt(TITLE - 1)) ? TITLE - 1 : TITLE;
    }
    return trimmed.substring(0, end).strip() + "…";
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
