package io.github.clsante.spreadsheet;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void dump() {
    for (String f : new String[] {"complex_plan.xlsx", "plan_with_sous_actions_valid.xlsx", "plan_sans_axes.xlsx", "plan_with_fiche_with_and_without_axe.xlsx", "modele-import-pa.xlsx"}) {
      PlanImportResult r = PlanImport.standard().read(Path.of("src/test/resources/tet/" + f));
      System.out.println("=== " + f);
      r.report().findings().forEach(x -> System.out.println(x.code() + " " + x.severity() + " " + x.pointer() + " " + x.cell().map(c -> c.reference()).orElse("-") + " " + x.params()));
      Contract c = r.contract().orElseThrow();
      System.out.println("title=" + c.title() + " axes=" + c.axes().size() + " sheets=" + c.allActionSheets().size() + " parties=" + c.parties().size());
      c.axes().forEach(a -> System.out.println(" AXIS " + a.number() + " " + a.label() + " [" + a.title() + "] obj=" + a.objectives().size()));
      for (ActionSheet s : c.allActionSheets()) {
        if (f.startsWith("complex") && !s.id().equals("fa-1") && !s.id().equals("fa-8")) continue;
        System.out.println(" " + s);
      }
    }
  }
}
