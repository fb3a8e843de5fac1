package io.github.clsante.serialization.internal;

import java.util.List;
import java.util.Map;

/** Writes a tree of maps, lists, strings, numbers and booleans in insertion order (for the schema). */
public final class TreeWriter {

  private TreeWriter() {}

  /**
   * Writes a tree.
   *
   * @param tree maps (insertion order kept), lists, strings, whole numbers, doubles and booleans
   * @param out the sink
   */
  public static void write(Object tree, JsonSink out) {
    if (tree instanceof Map) {
      out.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) tree).entrySet()) {
        out.member(CanonicalOutput.memberName((String) entry.getKey()));
        write(entry.getValue(), out);
      }
      out.endObject();
    } else if (tree instanceof List) {
      out.beginArray();
      for (Object element : (List<?>) tree) {
        out.element();
        write(element, out);
      }
      out.endArray();
    } else if (tree instanceof String) {
      out.out().string((String) tree);
    } else if (tree instanceof Long || tree instanceof Integer) {
      out.out().number(((Number) tree).longValue());
    } else if (tree instanceof Double) {
      out.out().number((double) (Double) tree);
    } else if (tree instanceof Boolean) {
      out.out().bool((Boolean) tree);
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + tree);
    }
  }
}
