/** An application that reaches into the SDK. */
module org.example.misuse {
  requires io.github.clsante.validation;
}
