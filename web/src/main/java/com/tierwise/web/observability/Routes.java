package com.tierwise.web.observability;

/**
 * The route a request is counted under: a bounded set of names, so that metrics do not grow a
 * series per customer id or per misspelt URL.
 */
final class Routes {

  static final String UNMATCHED = "UNMATCHED";

  private Routes() {}

  static boolean isStatic(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** Pages are their view path (ids travel in query parameters); assets are one route. */
  static String portalTemplate(String path, int status) {
    if (status == 404) {
      return UNMATCHED;
    }
    if (path.startsWith("/jakarta.faces.resource/")) {
      return "/jakarta.faces.resource/*";
    }
    if (path.startsWith("/resources/")) {
      return "/resources/*";
    }
    return path.isEmpty() ? "/" : path;
  }

  /**
   * The JAX-RS template of a resource method: {@code /api} + the class's and method's
   * {@code @Path}, with regular expressions of parameters left out ({@code {id: [0-9]+}} →
   * {@code {id}}).
   */
  static String apiTemplate(String classPath, String methodPath) {
    StringBuilder template = new StringBuilder("/api");
    for (String part : new String[] {classPath, methodPath}) {
      if (part == null || part.isEmpty() || part.equals("/")) {
        continue;
      }
      String cleaned = part.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}");
      if (!cleaned.startsWith("/")) {
        template.append('/');
      }
      template.append(cleaned.endsWith("/") ? cleaned.substring(0, cleaned.length() - 1) : cleaned);
    }
    return template.toString();
  }
}
