package io.github.clsante.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists the classes of the model module, to check that the tests cover every code list. */
final class ModelClasses {

  private ModelClasses() {}

  /**
   * Returns every class compiled from the model's main sources (generated ones included), found where
   * {@link Coded} was loaded from: a directory of classes or a jar.
   */
  static List<Class<?>> all() {
    try {
      Path location = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return classesUnder(location);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return classesUnder(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> classesUnder(Path root) throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!relative.endsWith(".class")
            || relative.endsWith("module-info.class")
            || relative.endsWith("package-info.class")
            || relative.startsWith("META-INF/")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        try {
          classes.add(Class.forName(name, false, Coded.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
    }
    return classes;
  }
}
