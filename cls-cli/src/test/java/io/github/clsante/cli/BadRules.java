package io.github.clsante.cli;

import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import io.github.clsante.validation.ContractRule;
import java.util.Map;

/** Rules a configuration file may name that the command must refuse (ConfigTest). */
final class BadRules {

  private BadRules() {}

  /** A rule without a public constructor without parameters. */
  public static final class NoConstructor implements ContractRule {
    /** Needs a parameter. */
    public NoConstructor(String region) {
      this.region = region;
    }

    private final String region;

    @Override
    public Map<String, Severity> codes() {
      return Map.of("ARS-" + region + "-X", Severity.INFO);
    }

    @Override
    public MessageCatalog messages() {
      throw new UnsupportedOperationException();
    }
  }

  /** A rule that declares a code of the SDK's, which the validator refuses. */
  public static final class SdkCode implements ContractRule {
    /** Created by the command. */
    public SdkCode() {}

    @Override
    public Map<String, Severity> codes() {
      return Map.of("CLS-SHEET-MINE", Severity.INFO);
    }

    @Override
    public MessageCatalog messages() {
      return new MessageCatalog(name -> BadRules.class.getResourceAsStream(name), "messages");
    }
  }
}
