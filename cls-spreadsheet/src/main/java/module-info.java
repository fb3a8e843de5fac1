/**
 * Spreadsheets in and out: action plans in the Territoires en Transitions template (xlsx, ods) read
 * into CLS contracts with findings located in their cells, and contracts written into that template.
 */
module io.github.clsante.spreadsheet {
  requires transitive io.github.clsante.model;
  requires transitive io.github.clsante.serialization;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires com.github.miachm.sods;
  // Zip archives read with random access from memory (an upload never goes to disk); POI brings it.
  requires org.apache.commons.compress;
  requires java.xml;

  exports io.github.clsante.spreadsheet;

  // The messages and explanations of the import's findings, and of the export's complement sheet
  // « Données CLS » (its damage found on import).
  provides io.github.clsante.model.report.FindingMessagesProvider
      with io.github.clsante.spreadsheet.internal.ImportMessages,
          io.github.clsante.spreadsheet.internal.ExportMessages;
}
