package io.github.clsante.spreadsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Where a workbook's bytes are (source d’un classeur): a file, or an array in memory, read in the same way
 * (zip archives with random access, nothing written anywhere), so that a server never puts an upload on
 * disk.
 */
public abstract class WorkbookSource {

  private WorkbookSource() {}

  /**
   * A file.
   *
   * @param file the file
   * @return its source
   */
  public static WorkbookSource of(Path file) {
    return new OfFile(file);
  }

  /**
   * Bytes in memory, not copied.
   *
   * @param bytes the workbook's bytes
   * @return their source
   */
  public static WorkbookSource of(byte[] bytes) {
    return new InMemory(bytes);
  }

  abstract InputStream open() throws IOException;

  abstract ZipFile zip() throws IOException;

  abstract POIFSFileSystem ole2() throws IOException;

  /** The package for POI, its entries' streams guarded against bombs as {@code ZipSecureFile}'s are. */
  OPCPackage opc() throws IOException, InvalidFormatException {
    return OPCPackage.open(new Guarded(zip()));
  }

  private static final class OfFile extends WorkbookSource {
    private final Path file;

    OfFile(Path file) {
      this.file = file;
    }

    @Override
    InputStream open() throws IOException {
      return Files.newInputStream(file);
    }

    @Override
    ZipFile zip() throws IOException {
      return ZipFile.builder().setPath(file).get();
    }

    @Override
    POIFSFileSystem ole2() throws IOException {
      return new POIFSFileSystem(file.toFile(), true);
    }

    @Override
    OPCPackage opc() throws IOException, InvalidFormatException {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    }
  }

  private static final class InMemory extends WorkbookSource {
    private final byte[] bytes;

    InMemory(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    ZipFile zip() throws IOException {
      return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    }

    @Override
    POIFSFileSystem ole2() throws IOException {
      return new POIFSFileSystem(new ByteArrayInputStream(bytes));
    }
  }

  /**
   * POI's entry source over a zip file, each entry's stream refused past POI's limits: the largest entry
   * ({@code ZipSecureFile.getMaxEntrySize()}) and the smallest inflate ratio beyond the first megabyte
   * ({@code ZipSecureFile.getMinInflateRatio()}), with the message POI gives ("Zip bomb detected!").
   */
  private static final class Guarded extends ZipFileZipEntrySource {
    Guarded(ZipFile zip) {
      super(zip);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
      return new BombGuard(super.getInputStream(entry), entry.getCompressedSize());
    }
  }

  /** Counts what an entry expands to, and stops a bomb. */
  private static final class BombGuard extends java.io.FilterInputStream {
    private static final long GRACE = 1L << 20;
    private final long compressed;
    private long read;

    BombGuard(InputStream in, long compressed) {
      super(in);
      this.compressed = Math.max(compressed, 0);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()) {
        throw new IOException("Zip bomb detected! The file would exceed the max size of the expanded data");
      }
      if (read > GRACE && (double) compressed / read < org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()) {
        throw new IOException("Zip bomb detected! The file would exceed the max. ratio of compressed file size");
      }
    }
  }
}
