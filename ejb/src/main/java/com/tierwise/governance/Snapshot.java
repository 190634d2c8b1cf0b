package com.tierwise.governance;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Renders a record's fields as JSON text for the audit's before/after columns. Hand-written
 * because the EJB module must not depend on a JSON provider being present outside the server.
 */
public final class Snapshot {

  private Snapshot() {}

  public static String of(Map<String, ?> fields) {
    StringBuilder json = new StringBuilder();
    write(json, fields);
    return json.toString();
  }

  private static void write(StringBuilder json, Object value) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof Number || value instanceof Boolean) {
      json.append(value);
    } else if (value instanceof Map<?, ?> map) {
      json.append('{');
      Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<?, ?> entry = entries.next();
        string(json, String.valueOf(entry.getKey()));
        json.append(':');
        write(json, entry.getValue());
        if (entries.hasNext()) {
          json.append(',');
        }
      }
      json.append('}');
    } else if (value instanceof Collection<?> list) {
      json.append('[');
      Iterator<?> items = list.iterator();
      while (items.hasNext()) {
        write(json, items.next());
        if (items.hasNext()) {
          json.append(',');
        }
      }
      json.append(']');
    } else {
      string(json, value.toString());
    }
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
