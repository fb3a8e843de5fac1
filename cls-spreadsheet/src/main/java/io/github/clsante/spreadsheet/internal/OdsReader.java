package io.github.clsante.spreadsheet.internal;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.spreadsheet.SpreadsheetProblem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads an ods spreadsheet with SODS (lecture ods), after a check of its {@code content.xml} that SODS
 * does not make: the part's expanded size and ratio (a zip bomb), and the number of cells its repeated
 * rows and cells stand for (one cell repeated a million times is a few bytes of XML and a million objects
 * in SODS). Formulas are never evaluated: SODS gives the value the file holds, and the formula's text.
 */
final class OdsReader {

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  private OdsReader() {}

  static WorkbookRead read(WorkbookSource file, ReadLimits limits, Problems problems) {
    try {
      long cells = precheck(file, limits);
      if (cells < 0) {
        problems.add(SpreadsheetProblem.TOO_LARGE, "", null, "problem", "expanded", "limit",
            Long.toString(limits.maxPartBytes()));
        return WorkbookRead.NONE;
      }
      if (cells > limits.maxCells()) {
        problems.add(SpreadsheetProblem.TOO_LARGE, "", null, "problem", "cells", "limit",
            Long.toString(limits.maxCells()));
        return WorkbookRead.NONE;
      }
      SpreadSheet spreadsheet;
      try (InputStream in = file.open()) {
        spreadsheet = new SpreadSheet(in);
      }
      List<GridSheet> sheets = new ArrayList<>();
      boolean truncated = false;
      for (Sheet sheet : spreadsheet.getSheets()) {
        CompactSheet.Builder builder = CompactSheet.builder(sheet.getName(), sheet.isHidden(), false);
        if (sheet.getMaxRows() > 0 && sheet.getMaxColumns() > 0) {
          Range range = sheet.getDataRange();
          Object[][] values = range.getValues();
          String[][] formulas = range.getFormulas();
          int rows = values.length;
          if (range.getRow() + rows > limits.maxRows()) {
            rows = Math.max(0, limits.maxRows() - range.getRow());
            truncated = true;
            problems.add(SpreadsheetProblem.TOO_MANY_ROWS, "", CellLocation.of(sheet.getName(), limits.maxRows() + 1, 1),
                "limit", Integer.toString(limits.maxRows()));
          }
          for (int r = 0; r < rows; r++) {
            for (int c = 0; c < values[r].length; c++) {
              String formula = formulas[r][c];
              add(builder, range.getRow() + r + 1, range.getColumn() + c + 1, values[r][c], formula);
            }
          }
        }
        sheets.add(builder.build());
      }
      return new WorkbookRead(new WorkbookGrid(sheets), truncated);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      problems.add(SpreadsheetProblem.CORRUPT, "", null, "detail", WorkbookFiles.describe(e));
      return WorkbookRead.NONE;
    }
  }

  private static void add(CompactSheet.Builder builder, int row, int column, Object value, String formula) {
    String f = formula == null || formula.isEmpty() ? null : formula.startsWith("of:=") ? formula.substring(4)
        : formula.startsWith("=") ? formula.substring(1) : formula;
    if (value == null) {
      if (f != null) {
        builder.add(row, column, CellValue.Kind.TEXT, "", f);
      }
      return;
    }
    if (value instanceof String) {
      builder.add(row, column, CellValue.Kind.TEXT, (String) value, f);
    } else if (value instanceof Boolean) {
      builder.add(row, column, CellValue.Kind.BOOLEAN, ((Boolean) value) ? "TRUE" : "FALSE", f);
    } else if (value instanceof LocalDate) {
      builder.add(row, column, CellValue.Kind.DATE, serial(((LocalDate) value).atStartOfDay()), f);
    } else if (value instanceof LocalDateTime) {
      builder.add(row, column, CellValue.Kind.DATE, serial((LocalDateTime) value), f);
    } else if (value instanceof Double) {
      number(builder, row, column, (Double) value, f);
    } else if (value instanceof OfficeCurrency) {
      Double amount = ((OfficeCurrency) value).getValue();
      number(builder, row, column, amount == null ? 0 : amount, f);
    } else if (value instanceof OfficePercentage) {
      Double ratio = ((OfficePercentage) value).getValue();
      number(builder, row, column, ratio == null ? 0 : ratio, f);
    } else {
      builder.add(row, column, CellValue.Kind.TEXT, value.toString(), f);
    }
  }

  /**
   * A number cell. SODS reads {@code office:value="NaN"} or {@code "∞"} into a double no spreadsheet
   * cell holds, which has no decimal text: kept as text ({@code NaN}, {@code Infinity}), which the plan's
   * reading reports on its cell, rather than failing the whole file.
   */
  private static void number(CompactSheet.Builder builder, int row, int column, double value, String f) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      builder.add(row, column, CellValue.Kind.TEXT, Double.toString(value), f);
    } else {
      builder.add(row, column, CellValue.Kind.NUMBER, plain(value), f);
    }
  }

  /** A double as its shortest decimal text: the number the file writes ({@code 0.1}, not 0.1000000000000000055…). */
  private static String plain(double value) {
    BigDecimal number = new BigDecimal(Double.toString(value));
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  private static String serial(LocalDateTime date) {
    return plain(DateUtil.getExcelDate(date));
  }

  /**
   * Checks {@code content.xml}: its expanded size (at most the part limit, and at most 100 times its
   * compressed size beyond the first megabyte), then counts the cells SODS would make.
   *
   * @return the cells, or -1 for a part that expands too much
   */
  private static long precheck(WorkbookSource file, ReadLimits limits) throws IOException, XMLStreamException {
    try (ZipFile zip = file.zip()) {
      ZipArchiveEntry entry = zip.getEntry("content.xml");
      if (entry == null) {
        throw new IOException("no content.xml in the OpenDocument package");
      }
      long compressed = Math.max(entry.getCompressedSize(), 0);
      long allowed = Math.min(limits.maxPartBytes(),
          (1L << 20) + (long) (compressed / XlsxReader.MIN_INFLATE_RATIO));
      CountingStream in = new CountingStream(zip.getInputStream(entry), allowed);
      try {
        return countCells(in);
      } catch (XMLStreamException e) {
        if (in.exceeded) {
          return -1;
        }
        throw e;
      } finally {
        in.close();
      }
    }
  }

  private static long countCells(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    long total = 0;
    long pendingEmptyRows = 0;
    long rowRepeat = 1;
    long width = 0;
    long position = 0;
    int depth = 0;
    int cellDepth = -1;
    long cellRepeat = 1;
    boolean cellFilled = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = xml.getLocalName();
          if (TABLE.equals(xml.getNamespaceURI()) && name.equals("table-row")) {
            rowRepeat = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
            width = 0;
            position = 0;
          } else if (TABLE.equals(xml.getNamespaceURI())
              && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
            cellDepth = depth;
            cellRepeat = repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            cellFilled = xml.getAttributeValue(OFFICE, "value-type") != null
                || xml.getAttributeValue(TABLE, "formula") != null;
          } else if (cellDepth > 0 && depth > cellDepth) {
            cellFilled = true;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if (depth == cellDepth) {
            position += cellRepeat;
            if (cellFilled) {
              width = position;
            }
            cellDepth = -1;
          } else if (TABLE.equals(xml.getNamespaceURI()) && name.equals("table-row")) {
            if (width > 0) {
              total += pendingEmptyRows + width * rowRepeat;
              pendingEmptyRows = 0;
            } else {
              pendingEmptyRows += rowRepeat;
            }
            if (total < 0 || total > Long.MAX_VALUE / 4) {
              return Long.MAX_VALUE;
            }
          }
          depth--;
        }
      }
      return total;
    } finally {
      xml.close();
    }
  }

  private static long repeat(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Math.max(1, Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Counts the bytes read and fails beyond a limit. */
  private static final class CountingStream extends java.io.FilterInputStream {
    private final long limit;
    private long count;
    boolean exceeded;

    CountingStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) throws IOException {
      count += n;
      if (count > limit) {
        exceeded = true;
        throw new IOException("content.xml expands beyond " + limit + " bytes");
      }
    }
  }
}
