package io.github.clsante.validation.internal;

import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.serialization.FormatObject;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Optional;

/**
 * Turns the property path of a Jakarta constraint violation into a JSON Pointer: {@code
 * qpvCodes[2].<list element>} into {@code /qpvCodes/2}, {@code axes[0].title} into {@code
 * /axes/0/title}. Properties are accessors, and each member of the format is named after the
 * accessor it holds (a test of the format checks it), so a property is a member of the object it is
 * read on; a property the format does not write (a derived accessor) is not a place in the document,
 * and the pointer stops at its object.
 */
final class PropertyPaths {

  private PropertyPaths() {}

  /**
   * Returns the pointer of a property path, relative to the object validated.
   *
   * @param path the violation's property path
   * @param root the object of the format validated
   * @return the pointer, {@code ""} for the object itself
   */
  static String pointer(Path path, FormatObject root) {
    String pointer = "";
    Optional<FormatObject> object = Optional.of(root);
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer = JsonPointer.append(pointer, node.getIndex());
      } else if (node.getKey() != null) {
        pointer = JsonPointer.append(pointer, String.valueOf(node.getKey()));
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        if (object.isEmpty() || !object.get().has(node.getName())) {
          return pointer; // not a member: the object is the place
        }
        pointer = JsonPointer.append(pointer, node.getName());
        object = object.get().objectOf(node.getName());
      }
    }
    return pointer;
  }
}
