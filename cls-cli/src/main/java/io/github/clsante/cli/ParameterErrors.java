package io.github.clsante.cli;

import io.github.clsante.examples.SeedContracts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says what picocli found wrong with the arguments, in the run's language: picocli's own messages are
 * English only, so each kind of error it reports is told again here, with a suggestion for a mistyped
 * command or option.
 */
final class ParameterErrors {

  private ParameterErrors() {}

  /**
   * The message of a usage error found by picocli.
   *
   * @param exception what picocli threw
   * @param texts the run's language
   * @return the message, without the {@code cls: } prefix
   */
  static String message(ParameterException exception, Texts texts) {
    CommandSpec command = exception.getCommandLine().getCommandSpec();
    if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      if (unmatched.isUnknownOption()) {
        String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return unknownOption(texts, option, Suggest.closest(option, optionNames(command)));
      }
      if (!command.subcommands().isEmpty()) {
        return unknownCommand(texts, arg, Suggest.closest(arg, command.subcommands().keySet()));
      }
      return texts.get("error.extraArgument", "argument", texts.quote(arg));
    }
    if (exception instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec arg = missing.getMissing().get(0);
      if (arg instanceof OptionSpec option) {
        Optional<List<String>> choices = choices(option.longestName(), texts);
        return choices.isPresent()
            ? texts.get("error.missingChoice", "option", option.longestName(), "allowed", texts.or(choices.get()))
            : texts.get("error.missingValue", "option", option.longestName(), "label", option.paramLabel());
      }
      String key = "error.missing." + command.name();
      return texts.find(key).isPresent()
          ? texts.get(key, "examples", texts.or(List.copyOf(SeedContracts.all().keySet())))
          : texts.get("error.missing", "label", arg.paramLabel());
    }
    if (exception instanceof MutuallyExclusiveArgsException) {
      for (ArgGroupSpec group : command.argGroups()) {
        if (group.exclusive()) {
          // The options given, in the order given, when picocli says which; else the group's.
          List<String> given = new ArrayList<>();
          if (exception.getCommandLine().getParseResult() != null) {
            for (OptionSpec option : exception.getCommandLine().getParseResult().matchedOptions()) {
              if (group.options().contains(option) && !given.contains(option.longestName())) {
                given.add(option.longestName());
              }
            }
          }
          return texts.get("error.exclusive", "options", texts.and(given.size() >= 2 ? given : names(group)));
        }
      }
    }
    // An option of a group given twice (--strict --strict): picocli says the group matched twice without
    // naming the option; the options matched so far do.
    if (exception instanceof MaxValuesExceededException && exception.getCommandLine().getParseResult() != null) {
      List<OptionSpec> matched = exception.getCommandLine().getParseResult().matchedOptions();
      for (OptionSpec option : matched) {
        if (matched.stream().filter(option::equals).count() > 1) {
          return texts.get("error.twice", "option", option.longestName());
        }
      }
    }
    if (exception instanceof OverwrittenOptionException overwritten
        && overwritten.getOverwritten() instanceof OptionSpec option) {
      return texts.get("error.twice", "option", option.longestName());
    }
    if (exception.getArgSpec() instanceof OptionSpec option
        && (option.type() == boolean.class || option.type() == Boolean.class)) {
      return texts.get("error.noValue", "option", option.longestName());
    }
    return texts.get("error.arguments");
  }

  /** The values an option takes, for a message saying it needs one. */
  private static Optional<List<String>> choices(String option, Texts texts) {
    switch (option) {
      case "--format":
        return Optional.of(List.of("text", "json", "sarif", "junit", "html"));
      case "--fail-on":
        return Optional.of(texts.french() ? List.of("erreur", "avertissement") : List.of("error", "warning"));
      case "--lang":
        return Optional.of(Cls.LANGUAGES);
      default:
        return Optional.empty();
    }
  }

  /** The names of the options of a group. */
  private static List<String> names(ArgGroupSpec group) {
    List<String> names = new ArrayList<>();
    for (ArgSpec arg : group.args()) {
      if (arg instanceof OptionSpec option) {
        names.add(option.longestName());
      }
    }
    return names;
  }

  private static List<String> optionNames(CommandSpec command) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.hidden()) {
        for (String name : option.names()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** « option inconnue « --lnag » ; vouliez-vous dire « --lang » ? » */
  static String unknownOption(Texts texts, String option, Optional<String> suggestion) {
    return suggestion.isPresent()
        ? texts.get("error.unknownOption.suggest", "option", texts.quote(option), "suggestion",
            texts.quote(suggestion.get()))
        : texts.get("error.unknownOption", "option", texts.quote(option));
  }

  /** « commande inconnue « valdate » ; vouliez-vous dire « validate » ? » */
  static String unknownCommand(Texts texts, String command, Optional<String> suggestion) {
    return suggestion.isPresent()
        ? texts.get("error.unknownCommand.suggest", "command", texts.quote(command), "suggestion",
            texts.quote(suggestion.get()))
        : texts.get("error.unknownCommand", "command", texts.quote(command));
  }

}
