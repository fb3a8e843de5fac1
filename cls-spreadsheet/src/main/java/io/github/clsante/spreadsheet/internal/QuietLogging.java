package io.github.clsante.spreadsheet.internal;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;

/**
 * Keeps Apache POI's logging quiet when the application has no logging for it (journalisation
 * silencieuse). POI logs through the Log4j API; with no Log4j provider on the path, the Log4j API's
 * status logger prints « ERROR Log4j API could not find a logging provider. » on the standard error
 * stream at the first use of POI, although nothing went wrong. When no provider is present and the
 * application set no status level of its own, this turns the status logger off (system property {@code
 * log4j2.statusLoggerLevel}) before POI is first used; an application with a Log4j provider, or with
 * its own setting, is left as it is. POI's own messages then go nowhere, as they would without a
 * provider anyway.
 */
public final class QuietLogging {

  private static final String STATUS_LEVEL = "log4j2.statusLoggerLevel";
  private static final String PROVIDER = "org.apache.logging.log4j.spi.Provider";

  static {
    if (System.getProperty(STATUS_LEVEL) == null && System.getProperty("log4j2.StatusLogger.level") == null
        && !providerPresent()) {
      System.setProperty(STATUS_LEVEL, "OFF");
    }
  }

  private QuietLogging() {}

  /** Applies the setting, once; call it before the first use of POI. */
  public static void ensure() {
    // The work is done once, by the class's initialisation.
  }

  /** Whether a Log4j provider is declared: by a module of the boot layer, or in a services file on the class path. */
  private static boolean providerPresent() {
    for (Module module : ModuleLayer.boot().modules()) {
      for (ModuleDescriptor.Provides provides : module.getDescriptor().provides()) {
        if (provides.service().equals(PROVIDER)) {
          return true;
        }
      }
    }
    try {
      ClassLoader loader = QuietLogging.class.getClassLoader();
      return loader != null && loader.getResources("META-INF/services/" + PROVIDER).hasMoreElements();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
