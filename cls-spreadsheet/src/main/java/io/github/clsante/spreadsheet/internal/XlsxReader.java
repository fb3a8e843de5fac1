package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.report.CellLocation;
import io.github.clsante.spreadsheet.SpreadsheetProblem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an xlsx workbook with Apache POI's event API (lecture xlsx en flux): the package opened from the
 * file (random access, nothing expanded in memory), the workbook, styles and sheets parsed with SAX, the
 * shared strings read-only; formulas are never evaluated (their cached value is read, with their text).
 *
 * <p>POI's zip limits are set here, once, for the whole JVM (POI keeps them in static fields), never
 * looser than they already are: an expanded part may be at most {@value #MAX_ENTRY_SIZE} bytes and
 * at least {@value #MIN_INFLATE_RATIO} of it compressed (a part that expands more than 100 times is a
 * zip bomb), a package at most {@value #MAX_FILE_COUNT} entries, text extraction at most {@value
 * #MAX_TEXT_SIZE} characters.
 */
public final class XlsxReader {

  /** The smallest ratio of compressed to expanded size POI accepts: POI's own default, set explicitly. */
  public static final double MIN_INFLATE_RATIO = 0.01;
  /** The largest expanded size of one part of the package, in bytes (256 MiB; POI's default is 4 GiB). */
  public static final long MAX_ENTRY_SIZE = 256L << 20;
  /** The most entries in a package (POI's default, set explicitly). */
  public static final long MAX_FILE_COUNT = 1000;
  /** The most characters POI extracts as text (POI's default, set explicitly). */
  public static final long MAX_TEXT_SIZE = 10_485_760L;

  static {
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
    if (ZipSecureFile.getMaxFileCount() > MAX_FILE_COUNT) {
      ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }
    if (ZipSecureFile.getMaxTextSize() > MAX_TEXT_SIZE) {
      ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }
  }

  /** The longest text a cell value may have to be read as a number. */
  private static final int MAX_NUMBER_LENGTH = 1000;

  private XlsxReader() {}

  /**
   * Reads an xlsx file whose zip entries were already listed.
   *
   * @param file the file
   * @param limits the limits
   * @param problems where the findings go
   * @return the workbook read, or {@link WorkbookRead#NONE}
   */
  static WorkbookRead read(WorkbookSource file, ReadLimits limits, Problems problems) {
    OPCPackage pkg = null;
    try {
      pkg = file.opc();
      XSSFReader reader = new XSSFReader(pkg);
      WorkbookPart workbook = new WorkbookPart();
      parse(limited(reader.getWorkbookData(), limits.maxPartBytes()), workbook);
      String[] strings = sharedStrings(reader, limits);
      boolean[] dateStyles = dateStyles(reader, limits);
      List<GridSheet> sheets = new ArrayList<>();
      boolean truncated = false;
      long cells = 0;
      for (SheetEntry entry : workbook.sheets) {
        SheetHandler handler = new SheetHandler(entry, workbook.date1904, strings, dateStyles, limits,
            limits.maxCells() - cells);
        try (InputStream in = reader.getSheet(entry.relationId)) {
          parse(limited(in, limits.maxPartBytes()), handler);
        } catch (StopReading stop) {
          if (stop.cells) {
            problems.add(SpreadsheetProblem.TOO_LARGE, "", null, "problem", "cells", "limit",
                Long.toString(limits.maxCells()));
            return WorkbookRead.NONE;
          }
          truncated = true;
          problems.add(SpreadsheetProblem.TOO_MANY_ROWS, "", CellLocation.of(entry.name, stop.row, 1),
              "limit", Integer.toString(limits.maxRows()));
        }
        cells += handler.sheet.cellCount();
        sheets.add(handler.sheet.build());
      }
      return new WorkbookRead(new WorkbookGrid(sheets), truncated);
    } catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      if (isBomb(e)) {
        problems.add(SpreadsheetProblem.TOO_LARGE, "", null, "problem", "expanded", "limit",
            Long.toString(Math.min(limits.maxPartBytes(), ZipSecureFile.getMaxEntrySize())));
      } else {
        problems.add(SpreadsheetProblem.CORRUPT, "", null, "detail", WorkbookFiles.describe(e));
      }
      return WorkbookRead.NONE;
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
  }

  /** Whether an exception, or one of its causes, is POI's or this reader's zip-bomb or size refusal. */
  private static boolean isBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (t instanceof TooLarge || (message != null && (message.contains("Zip bomb") || message.contains("max size")))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String[] sharedStrings(XSSFReader reader, ReadLimits limits) throws IOException, SAXException {
    InputStream data = part(reader::getSharedStringsData);
    if (data == null) {
      return new String[0];
    }
    try (InputStream in = limited(data, limits.maxStringsBytes())) {
      ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(in, false);
      String[] strings = new String[table.getUniqueCount()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = table.getItemAt(i).getString();
      }
      return strings;
    }
  }

  /** Opens a part of the package that may be missing. */
  private interface Part {
    InputStream open() throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException;
  }

  /** A part's data, or null when the package has none; a part that is a zip bomb is refused. */
  private static InputStream part(Part part) throws IOException {
    try {
      return part.open();
    } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      if (isBomb(e)) {
        throw new TooLarge();
      }
      return null;
    }
  }

  /** The styles whose number format is a date format, by style index. */
  private static boolean[] dateStyles(XSSFReader reader, ReadLimits limits) throws IOException, SAXException {
    InputStream data = part(reader::getStylesData);
    if (data == null) {
      return new boolean[0];
    }
    StylesHandler styles = new StylesHandler();
    try (InputStream in = limited(data, limits.maxStringsBytes())) {
      parse(in, styles);
    }
    boolean[] dates = new boolean[styles.formats.size()];
    for (int i = 0; i < dates.length; i++) {
      int id = styles.formats.get(i);
      String code = styles.codes.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
      dates[i] = code != null && DateUtil.isADateFormat(id, code);
    }
    return dates;
  }

  private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      // JDK 24 and later count the text of entity references (&quot;, &amp;…) and stop a document past
      // 100,000 characters of them: a plan's complement sheet holds JSON full of quotes. POI's reader
      // refuses any DTD, so only the five predefined entities can occur; the part's size is bounded
      // by ReadLimits.
      unlimited(xml, "jdk.xml.maxGeneralEntitySizeLimit");
      unlimited(xml, "jdk.xml.totalEntitySizeLimit");
      xml.setContentHandler(handler);
      xml.setErrorHandler(handler);
      xml.parse(new InputSource(in));
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e);
    } finally {
      in.close();
    }
  }

  /** Lifts one of the JDK's XML limits on a reader, when its parser knows it (another parser keeps its own). */
  private static void unlimited(XMLReader xml, String property) {
    try {
      xml.setProperty(property, "0");
    } catch (org.xml.sax.SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
      // not the JDK's parser: nothing to lift
    }
  }

  private static InputStream limited(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > limit) {
          throw new TooLarge();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && (count += n) > limit) {
          throw new TooLarge();
        }
        return n;
      }
    };
  }

  /** A part that expands beyond its limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("expanded beyond the limit");
    }
  }

  /** Stops a sheet's parsing at a limit. */
  private static final class StopReading extends SAXException {
    private static final long serialVersionUID = 1L;
    final transient int row;
    final transient boolean cells;

    StopReading(int row, boolean cells) {
      super("limit reached");
      this.row = row;
      this.cells = cells;
    }
  }

  private static String local(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) {
      return localName;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  /** A sheet as the workbook lists it. */
  private static final class SheetEntry {
    final String name;
    final boolean hidden;
    final String relationId;

    SheetEntry(String name, boolean hidden, String relationId) {
      this.name = name;
      this.hidden = hidden;
      this.relationId = relationId;
    }
  }

  /** {@code xl/workbook.xml}: the sheets, in order, and the date system. */
  private static final class WorkbookPart extends DefaultHandler {
    final List<SheetEntry> sheets = new ArrayList<>();
    boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String name = local(localName, qName);
      if (name.equals("sheet")) {
        String relationId = null;
        for (int i = 0; i < attributes.getLength(); i++) {
          if (local(attributes.getLocalName(i), attributes.getQName(i)).equals("id")) {
            relationId = attributes.getValue(i);
          }
        }
        String state = attributes.getValue("state");
        String sheetName = attributes.getValue("name");
        if (relationId != null && sheetName != null) {
          sheets.add(new SheetEntry(sheetName, state != null && !state.equals("visible"), relationId));
        }
      } else if (name.equals("workbookPr")) {
        String value = attributes.getValue("date1904");
        date1904 = "1".equals(value) || "true".equals(value);
      }
    }
  }

  /** {@code xl/styles.xml}: the number format of each cell style, and the workbook's own formats. */
  private static final class StylesHandler extends DefaultHandler {
    final List<Integer> formats = new ArrayList<>();
    final Map<Integer, String> codes = new HashMap<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String name = local(localName, qName);
      if (name.equals("numFmt")) {
        Integer id = integer(attributes.getValue("numFmtId"));
        String code = attributes.getValue("formatCode");
        if (id != null && code != null) {
          codes.put(id, code);
        }
      } else if (name.equals("cellXfs")) {
        inCellXfs = true;
      } else if (name.equals("xf") && inCellXfs) {
        Integer id = integer(attributes.getValue("numFmtId"));
        formats.add(id == null ? 0 : id);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (local(localName, qName).equals("cellXfs")) {
        inCellXfs = false;
      }
    }
  }

  private static Integer integer(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A sheet's XML: its cells, typed, into a {@link CompactSheet}. */
  private static final class SheetHandler extends DefaultHandler {
    final CompactSheet.Builder sheet;
    private final String[] strings;
    private final boolean[] dateStyles;
    private final int maxRows;
    private final long maxCells;
    private int row;
    private int column;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean inValue;
    private boolean inFormula;
    private boolean hasFormula;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean hasValue;

    SheetHandler(SheetEntry entry, boolean date1904, String[] strings, boolean[] dateStyles, ReadLimits limits,
        long maxCells) {
      this.sheet = CompactSheet.builder(entry.name, entry.hidden, date1904);
      this.strings = strings;
      this.dateStyles = dateStyles;
      this.maxRows = limits.maxRows();
      this.maxCells = maxCells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      switch (local(localName, qName)) {
        case "row":
          Integer number = integer(attributes.getValue("r"));
          row = number == null ? row + 1 : number;
          column = 0;
          break;
        case "c":
          String reference = attributes.getValue("r");
          column = reference == null ? column + 1 : columnOf(reference, column + 1);
          type = attributes.getValue("t");
          Integer s = integer(attributes.getValue("s"));
          style = s == null ? 0 : s;
          value.setLength(0);
          formula.setLength(0);
          inline.setLength(0);
          hasFormula = false;
          hasValue = false;
          break;
        case "v":
          inValue = true;
          hasValue = true;
          break;
        case "f":
          inFormula = true;
          hasFormula = true;
          break;
        case "is":
          inInline = true;
          hasValue = true;
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "t":
          inInlineText = inInline && !inPhonetic;
          break;
        default:
          break;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        value.append(ch, start, length);
      } else if (inFormula) {
        formula.append(ch, start, length);
      } else if (inInlineText) {
        inline.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (local(localName, qName)) {
        case "v":
          inValue = false;
          break;
        case "f":
          inFormula = false;
          break;
        case "t":
          inInlineText = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "is":
          inInline = false;
          break;
        case "c":
          cell();
          break;
        default:
          break;
      }
    }

    private void cell() throws SAXException {
      String f = hasFormula ? formula.toString() : null;
      if (!hasValue && f == null) {
        return;
      }
      if (row > maxRows) {
        throw new StopReading(row, false);
      }
      if (sheet.cellCount() >= maxCells) {
        throw new StopReading(row, true);
      }
      String t = type == null ? "n" : type;
      String raw = value.toString();
      switch (t) {
        case "s":
          Integer index = integer(raw);
          if (index != null && index >= 0 && index < strings.length) {
            sheet.add(row, column, CellValue.Kind.TEXT, strings[index], f);
          }
          break;
        case "inlineStr":
          sheet.add(row, column, CellValue.Kind.TEXT, new XSSFRichTextString(inline.toString()).getString(), f);
          break;
        case "str":
          sheet.add(row, column, CellValue.Kind.TEXT, new XSSFRichTextString(raw).getString(), f);
          break;
        case "b":
          sheet.add(row, column, CellValue.Kind.BOOLEAN, raw.trim().equals("1") || raw.trim().equalsIgnoreCase("true")
              ? "TRUE" : "FALSE", f);
          break;
        case "e":
          sheet.add(row, column, CellValue.Kind.ERROR, raw, f);
          break;
        case "d":
          // An ISO 8601 date cell (rare, strict OOXML): kept as text, which the importer reads as a date.
          sheet.add(row, column, CellValue.Kind.TEXT, raw, f);
          break;
        default:
          number(raw, f);
          break;
      }
    }

    private void number(String raw, String f) {
      String text = raw.trim();
      if (text.isEmpty()) {
        if (f != null) {
          sheet.add(row, column, CellValue.Kind.TEXT, "", f);
        }
        return;
      }
      BigDecimal number;
      try {
        // Longer than any number a spreadsheet writes (a double needs at most a few hundred characters,
        // usually seventeen digits and an exponent): not read as one, since BigDecimal's parsing is
        // quadratic in the digits (300,000 of them took seconds).
        number = text.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(text);
      } catch (NumberFormatException e) {
        number = null;
      }
      if (number == null) {
        sheet.add(row, column, CellValue.Kind.TEXT, raw, f);
        return;
      }
      if (beyondDouble(number)) {
        // A number no spreadsheet cell holds (cells hold doubles), such as 1E+999999999: its plain form
        // would have a billion digits. Kept as the text the file writes, which the plan's reading reports
        // on its cell (not an amount, not a date).
        sheet.add(row, column, CellValue.Kind.TEXT, raw, f);
        return;
      }
      String plain = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
      boolean date = style >= 0 && style < dateStyles.length && dateStyles[style]
          && DateUtil.isValidExcelDate(number.doubleValue());
      sheet.add(row, column, date ? CellValue.Kind.DATE : CellValue.Kind.NUMBER, plain, f);
    }
  }

  /**
   * Whether a number is beyond what a double holds: too large ({@code 1e400}), or not zero and too close
   * to zero ({@code 1e-400}). {@link BigDecimal#doubleValue()} decides from the number's scientific form,
   * without writing it out.
   */
  private static boolean beyondDouble(BigDecimal number) {
    double value = number.doubleValue();
    return Double.isInfinite(value) || value == 0 && number.signum() != 0;
  }

  /** The column of a cell reference ({@code AB12} → 28), or {@code fallback} when it has none. */
  static int columnOf(String reference, int fallback) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
        if (column > 16_384) {
          return fallback;
        }
      } else {
        break;
      }
    }
    return column == 0 ? fallback : column;
  }
}
