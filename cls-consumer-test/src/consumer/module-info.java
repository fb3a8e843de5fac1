/** Another team's application: it validates contracts with the CLS SDK. */
module org.example.consumer {
  requires io.github.clsante.validation;
}
