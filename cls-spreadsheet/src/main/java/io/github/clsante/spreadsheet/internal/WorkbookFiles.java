package io.github.clsante.spreadsheet.internal;

import io.github.clsante.spreadsheet.SpreadsheetFormat;
import io.github.clsante.spreadsheet.SpreadsheetProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a workbook file of either format (lecture d’un fichier de classeur), after telling what the file
 * really is: an empty file, a password-protected workbook, an Excel 97–2003 file, JSON, a PDF… each
 * gives its finding instead of an exception.
 */
public final class WorkbookFiles {

  private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

  static {
    QuietLogging.ensure();
  }

  private WorkbookFiles() {}

  /**
   * Reads a workbook file.
   *
   * @param file the file
   * @param named the format its name or the caller gives
   * @param limits the limits
   * @param problems where the file's findings go
   * @return the workbook read, or {@link WorkbookRead#NONE}
   */
  public static WorkbookRead read(Path file, SpreadsheetFormat named, ReadLimits limits, Problems problems) {
    long size;
    try {
      if (Files.isDirectory(file)) {
        return ioError(problems, "directory", file.toString());
      }
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return ioError(problems, "not-found", file.toString());
    } catch (IOException e) {
      return ioError(problems, "other", String.valueOf(e.getMessage()));
    }
    if (size == 0) {
      problems.add(SpreadsheetProblem.EMPTY_FILE, "", null);
      return WorkbookRead.NONE;
    }
    if (size > limits.maxFileBytes()) {
      problems.add(SpreadsheetProblem.TOO_LARGE, "", null, "problem", "file", "limit",
          Long.toString(limits.maxFileBytes()));
      return WorkbookRead.NONE;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(512);
    } catch (AccessDeniedException e) {
      return ioError(problems, "not-readable", file.toString());
    } catch (IOException e) {
      return ioError(problems, "other", String.valueOf(e.getMessage()));
    }
    return read(WorkbookSource.of(file), head, named, limits, problems);
  }

  /**
   * Reads a workbook held in memory: nothing is written to disk.
   *
   * @param bytes the workbook's bytes, not copied
   * @param named the format its name or the caller gives
   * @param limits the limits
   * @param problems where the file's findings go
   * @return the workbook read, or {@link WorkbookRead#NONE}
   */
  public static WorkbookRead read(byte[] bytes, SpreadsheetFormat named, ReadLimits limits, Problems problems) {
    if (bytes.length == 0) {
      problems.add(SpreadsheetProblem.EMPTY_FILE, "", null);
      return WorkbookRead.NONE;
    }
    if (bytes.length > limits.maxFileBytes()) {
      problems.add(SpreadsheetProblem.TOO_LARGE, "", null, "problem", "file", "limit",
          Long.toString(limits.maxFileBytes()));
      return WorkbookRead.NONE;
    }
    return read(WorkbookSource.of(bytes), java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 512)), named, limits,
        problems);
  }

  private static WorkbookRead read(WorkbookSource file, byte[] head, SpreadsheetFormat named, ReadLimits limits,
      Problems problems) {
    FileMagic magic = FileMagic.valueOf(head);
    switch (magic) {
      case OOXML:
        return readZip(file, named, limits, problems);
      case OLE2:
        return ole2(file, problems);
      case BIFF2:
      case BIFF3:
      case BIFF4:
        problems.add(SpreadsheetProblem.OLD_EXCEL, "", null);
        return WorkbookRead.NONE;
      default:
        problems.add(SpreadsheetProblem.NOT_A_SPREADSHEET, "", null, "found", looksLike(magic, head));
        return WorkbookRead.NONE;
    }
  }

  private static WorkbookRead ioError(Problems problems, String problem, String detail) {
    problems.add(SpreadsheetProblem.IO_ERROR, "", null, "problem", problem, "detail", detail);
    return WorkbookRead.NONE;
  }

  /** An OLE2 container: an encrypted OOXML workbook, an Excel 97–2003 file, or another Office file. */
  private static WorkbookRead ole2(WorkbookSource file, Problems problems) {
    try (POIFSFileSystem fs = file.ole2()) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
        problems.add(SpreadsheetProblem.ENCRYPTED, "", null);
      } else if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        problems.add(SpreadsheetProblem.OLD_EXCEL, "", null);
      } else if (root.hasEntryCaseInsensitive("WordDocument")) {
        problems.add(SpreadsheetProblem.NOT_A_SPREADSHEET, "", null, "found", "word");
      } else {
        problems.add(SpreadsheetProblem.NOT_A_SPREADSHEET, "", null, "found", "unknown");
      }
    } catch (IOException | RuntimeException e) {
      problems.add(SpreadsheetProblem.CORRUPT, "", null, "detail", describe(e));
    }
    return WorkbookRead.NONE;
  }

  /** A zip archive: an xlsx, an ods, or something else; its entries listed before any part is read. */
  private static WorkbookRead readZip(WorkbookSource file, SpreadsheetFormat named, ReadLimits limits,
      Problems problems) {
    boolean xlsx = false;
    boolean ods = false;
    boolean macros = false;
    try (ZipFile zip = file.zip()) {
      long count = 0;
      for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
        if (++count > XlsxReader.MAX_FILE_COUNT) {
          problems.add(SpreadsheetProblem.TOO_LARGE, "", null, "problem", "expanded", "limit",
              Long.toString(limits.maxPartBytes()));
          return WorkbookRead.NONE;
        }
        ZipArchiveEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.equals("[Content_Types].xml")) {
          xlsx = true;
        } else if (name.equals("mimetype")) {
          ods = mimetype(zip, entry).equals(ODS_MIME);
        } else if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
          macros = true;
        }
      }
    } catch (ZipException e) {
      problems.add(SpreadsheetProblem.CORRUPT, "", null, "detail", describe(e));
      return WorkbookRead.NONE;
    } catch (IOException | RuntimeException e) {
      problems.add(SpreadsheetProblem.CORRUPT, "", null, "detail", describe(e));
      return WorkbookRead.NONE;
    }
    if (ods) {
      if (named != SpreadsheetFormat.ODS) {
        problems.add(SpreadsheetProblem.FORMAT_MISMATCH, "", null, "named", named.extension(), "actual", "ods");
      }
      return OdsReader.read(file, limits, problems);
    }
    if (!xlsx) {
      problems.add(SpreadsheetProblem.NOT_A_SPREADSHEET, "", null, "found", "zip");
      return WorkbookRead.NONE;
    }
    if (named != SpreadsheetFormat.XLSX) {
      problems.add(SpreadsheetProblem.FORMAT_MISMATCH, "", null, "named", named.extension(), "actual", "xlsx");
    }
    if (macros) {
      problems.add(SpreadsheetProblem.MACROS_IGNORED, "", null);
    }
    return XlsxReader.read(file, limits, problems);
  }

  private static String mimetype(ZipFile zip, ZipArchiveEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readNBytes(128), StandardCharsets.US_ASCII).trim();
    }
  }

  /** What a file that is no spreadsheet looks like, for the message. */
  private static String looksLike(FileMagic magic, byte[] head) {
    switch (magic) {
      case PDF:
        return "pdf";
      case HTML:
        return "html";
      case XML:
        return "xml";
      case JPEG:
      case GIF:
      case PNG:
      case TIFF:
      case BMP:
      case WMF:
      case EMF:
        return "image";
      case RTF:
      case WORD2:
      case MSWRITE:
        return "word";
      default:
        break;
    }
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
      i++;
    }
    if (i < head.length && (head[i] == '{' || head[i] == '[')) {
      return "json";
    }
    for (int j = i; j < head.length; j++) {
      int b = head[j] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        return "unknown";
      }
    }
    return "text";
  }

  /** An exception's description, for a finding's {@code detail}: its message, or its type's simple name. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
