package org.example.misuse;

import io.github.clsante.serialization.internal.ContractFormat;

/** Uses a class of a package the SDK does not export: the consumer test shows both builds refuse it. */
public final class Misuse {

  private Misuse() {}

  /**
   * Names the internal class.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.println(ContractFormat.class.getName());
  }
}
