package io.github.clsante.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks written with POI: a plan in the template's layout, and zip surgery for broken files. */
final class Workbooks {

  /** The template's headers, A to AC, as the template writes them (trailing spaces included). */
  static final String[] HEADERS = {"Axe (x)", "Sous-axe (x.x)", "Sous-sous axe (x.x.x)", "Titre de la fiche action",
      "Titre de la sous-action", "Descriptif", "Instances de gouvernance", "Objectifs", "Indicateurs liés",
      "Structure pilote", "Moyens humains et techniques", "Partenaires ", "Direction ou service pilote",
      "Personne pilote", "Élu·e référent·e ", "Participation Citoyenne", "Financements", "Financeur 1", "Montant € HT",
      "Financeur 2", "Montant € HT", "Financeur 3", "Montant € HT", "Budget prévisionnel total € HT", "Statut ",
      "Niveau de priorité", "Date de début", "Date de fin", "Action en amélioration continue"};

  private Workbooks() {}

  /** Column letters to index from 0. */
  static int column(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      n = n * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return n - 1;
  }

  /**
   * Writes a plan: row 1 a title, row 2 the headers (shifted right by {@code shift} columns), data rows
   * from row 3, each a map of column letters (of the unshifted template) to values.
   */
  @SafeVarargs
  static Path plan(Path file, int shift, Consumer<Sheet> more, Map<String, Object>... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Fichier dimport");
      sheet.createRow(0).createCell(shift).setCellValue("Plan d’essai");
      Row header = sheet.createRow(1);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i + shift).setCellValue(HEADERS[i]);
      }
      int r = 2;
      for (Map<String, Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
          Cell cell = row.createCell(column(entry.getKey()) + shift);
          Object value = entry.getValue();
          if (value instanceof Number) {
            cell.setCellValue(((Number) value).doubleValue());
          } else if (value instanceof Boolean) {
            cell.setCellValue((Boolean) value);
          } else {
            cell.setCellValue(String.valueOf(value));
          }
        }
      }
      if (more != null) {
        more.accept(sheet);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  /** Copies a zip archive, replacing or adding entries. */
  static Path rezip(Path from, Path to, Map<String, byte[]> replaced) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      java.util.Set<String> done = new java.util.HashSet<>();
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] data = replaced.containsKey(entry.getName()) ? replaced.get(entry.getName()) : in.readAllBytes();
        out.write(data);
        out.closeEntry();
        done.add(entry.getName());
      }
      for (Map.Entry<String, byte[]> entry : replaced.entrySet()) {
        if (!done.contains(entry.getKey())) {
          out.putNextEntry(new ZipEntry(entry.getKey()));
          out.write(entry.getValue());
          out.closeEntry();
        }
      }
    }
    return to;
  }

  static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
