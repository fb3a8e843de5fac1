package io.github.clsante.spreadsheet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the column « Objectifs » split on its markers (objectifs structurés): « Objectif général : »,
 * « Objectif spécifique n°1 : », « Objectif opérationnel 1.1 : », one per line, each objective's text
 * running to the next marker. Markers are recognised in any case, with or without accents, with a
 * misspelt « général » (« genénéral ») and with or without « n° ».
 *
 * @param generalObjective the general objective, or null
 * @param specific the specific objectives, in order
 * @param operational the operational objectives, in order
 */
public record ObjectiveText(String generalObjective, List<String> specific, List<String> operational) {

  private static final Pattern MARKER = Pattern.compile(
      "(?iu)^[ \\t\\u00A0]*objectifs?[ \\t\\u00A0]+(g[ée]n\\p{L}*|sp[ée]cifiques?|op[ée]rationnels?)"
          + "[ \\t\\u00A0]*(?:n[ \\t\\u00A0]*°[ \\t\\u00A0]*\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)*)?[ \\t\\u00A0]*:[ \\t\\u00A0]*");

  /**
   * Copies the lists.
   *
   * @param generalObjective the general objective, or null
   * @param specific the specific objectives
   * @param operational the operational objectives
   */
  public ObjectiveText {
    specific = List.copyOf(specific);
    operational = List.copyOf(operational);
  }

  /**
   * Returns the general objective.
   *
   * @return the general objective, or empty
   */
  public Optional<String> general() {
    return Optional.ofNullable(generalObjective);
  }

  /**
   * Splits a text.
   *
   * @param text the cell's text
   * @return the objectives; a text without any marker is the general objective, as written
   */
  public static ObjectiveText split(String text) {
    String[] lines = text.split("\\r?\\n|\\r", -1);
    StringBuilder general = null;
    List<StringBuilder> specific = new ArrayList<>();
    List<StringBuilder> operational = new ArrayList<>();
    StringBuilder preamble = new StringBuilder();
    StringBuilder current = null;
    boolean marked = false;
    for (String line : lines) {
      Matcher matcher = MARKER.matcher(line);
      if (matcher.find()) {
        marked = true;
        String rest = line.substring(matcher.end());
        char kind = Character.toLowerCase(matcher.group(1).charAt(0));
        if (kind == 'g') {
          if (general == null) {
            general = new StringBuilder(rest);
          } else {
            general.append('\n').append(rest);
          }
          current = general;
        } else {
          current = new StringBuilder(rest);
          (kind == 's' ? specific : operational).add(current);
        }
      } else if (current != null) {
        current.append('\n').append(line);
      } else {
        if (preamble.length() > 0) {
          preamble.append('\n');
        }
        preamble.append(line);
      }
    }
    if (!marked) {
      return new ObjectiveText(text, List.of(), List.of());
    }
    String before = trimBlankLines(preamble.toString());
    String generalText = general == null ? null : trimBlankLines(general.toString());
    if (!before.isEmpty()) {
      generalText = generalText == null ? before : before + "\n" + generalText;
    }
    return new ObjectiveText(generalText, texts(specific), texts(operational));
  }

  private static List<String> texts(List<StringBuilder> builders) {
    List<String> texts = new ArrayList<>(builders.size());
    for (StringBuilder builder : builders) {
      texts.add(trimBlankLines(builder.toString()));
    }
    return texts;
  }

  /** Removes the blank lines at the end of an objective (the space between two markers). */
  private static String trimBlankLines(String text) {
    int end = text.length();
    while (true) {
      int newline = text.lastIndexOf('\n', end - 1);
      if (newline < 0 || !text.substring(newline + 1, end).isBlank()) {
        break;
      }
      end = newline;
    }
    if (end == text.length()) {
      return text;
    }
    return text.substring(0, end);
  }
}
