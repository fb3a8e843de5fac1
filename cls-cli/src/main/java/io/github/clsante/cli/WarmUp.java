package io.github.clsante.cli;

import io.github.clsante.validation.ContractValidator;
import java.nio.charset.StandardCharsets;

/**
 * The head start of a {@code cls validate} process (préchauffage): while the main thread parses the
 * command line, lists the inputs and reads the first file, a background thread validates a small
 * contract, so that the classes of the reader, of the rules and of Hibernate Validator (whose bootstrap
 * alone takes about 0.3 s) are loaded and initialised on the second core. Nothing it finds is shown:
 * the run validates its own files and reports what fails. A daemon thread: it never delays the exit.
 */
final class WarmUp {

  /** A valid contract of format 1.1: one axis, one sheet with a pilot, a partner, a funding, an indicator. */
  static final String DOCUMENT = """
      {
        "formatVersion": "1.1",
        "id": "cls-warm-up",
        "status": "signed",
        "signatureDate": "2024-01-15",
        "leadArs": "24",
        "territory": {
          "name": "Territoire",
          "departements": [
            "41"
          ]
        },
        "parties": [
          {
            "id": "ars",
            "name": "Agence régionale de santé",
            "kind": "ars"
          },
          {
            "id": "cc",
            "name": "Communauté de communes",
            "kind": "epci"
          }
        ],
        "signatories": [
          {
            "party": {
              "partyId": "ars"
            }
          },
          {
            "party": {
              "partyId": "cc"
            }
          }
        ],
        "axes": [
          {
            "id": "axe-1",
            "number": "1",
            "title": "Accès aux soins",
            "actionSheets": [
              {
                "id": "fiche-1",
                "number": "1",
                "title": "Attirer des médecins",
                "pilots": [
                  {
                    "partyId": "cc"
                  }
                ],
                "partners": [
                  {
                    "partyId": "ars"
                  }
                ],
                "budget": 1500.5,
                "fundings": [
                  {
                    "financer": {
                      "partyId": "ars"
                    },
                    "amount": 1000,
                    "year": 2024
                  }
                ],
                "indicators": [
                  {
                    "id": "ind-1",
                    "name": "Nombre de médecins installés",
                    "type": "resultat",
                    "unit": "médecins"
                  }
                ]
              }
            ]
          }
        ]
      }
      """;

  /** The name of the background thread. */
  static final String THREAD_NAME = "cls-warm-up";

  private WarmUp() {}

  /**
   * Starts validating {@link #DOCUMENT} with the standard rules in the background.
   *
   * @return the started thread
   */
  static Thread start() {
    return start(() -> ContractValidator.standard().validate(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Starts {@code work} on a daemon thread that keeps to itself whatever it throws: a warm-up that
   * fails costs the run its head start, never a message or its exit code.
   *
   * @param work the warm-up
   * @return the started thread
   */
  static Thread start(Runnable work) {
    Thread thread = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // Only a head start: the run itself validates its files and says what fails.
      }
    }, THREAD_NAME);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
