package io.github.clsante.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Territoires en Transitions import template (modèle d’import), {@code modele-import-pa.xlsx}, shipped
 * in this package with its MIT licence ({@code modele-import-pa.LICENSE}) and a notice of its origin
 * ({@code modele-import-pa.NOTICE}).
 */
public final class Template {

  /** The template's file name, as a resource of this package. */
  public static final String RESOURCE = "modele-import-pa.xlsx";

  /** The sheet of instructions, first in the template. */
  public static final String INSTRUCTIONS_SHEET = "Mode demploi";

  /** The hidden sheet that holds the dropdown lists' values, last in the template. */
  public static final String LISTS_SHEET = "Listes déroulantes";

  private Template() {}

  /** Loaded once, at the first use. */
  private static final class Bytes {
    static final byte[] TEMPLATE = load();

    private static byte[] load() {
      // The look-up runs here: resources are encapsulated in their module.
      try (InputStream in = Template.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the template " + RESOURCE + " is missing from the jar");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Returns the template's bytes, a copy.
   *
   * @return the xlsx file
   */
  public static byte[] bytes() {
    return Bytes.TEMPLATE.clone();
  }
}
