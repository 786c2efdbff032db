package dev.tminus.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON pretty-printed as HTML for the browsable API, as DRF shows it: four-space indents, every
 * string escaped, and every URL string a link.
 */
final class JsonHtml {
  private JsonHtml() {}

  static String render(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, 0, out);
    return out.toString();
  }

  private static void write(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        indent(depth + 1, out);
        out.append("<span class=\"key\">&quot;").append(escape(field.getKey())).append("&quot;</span>: ");
        write(field.getValue(), depth + 1, out);
        if (fields.hasNext()) out.append(',');
        out.append('\n');
      }
      indent(depth, out);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        indent(depth + 1, out);
        write(node.get(i), depth + 1, out);
        if (i < node.size() - 1) out.append(',');
        out.append('\n');
      }
      indent(depth, out);
      out.append(']');
    } else if (node.isTextual()) {
      String text = node.asText();
      String quoted = escape(node.toString().substring(1, node.toString().length() - 1));
      if (text.startsWith("http://") || text.startsWith("https://")) {
        out.append("&quot;<a href=\"").append(escape(text)).append("\" rel=\"nofollow\">").append(quoted)
            .append("</a>&quot;");
      } else {
        out.append("<span class=\"str\">&quot;").append(quoted).append("&quot;</span>");
      }
    } else {
      out.append("<span class=\"lit\">").append(escape(node.toString())).append("</span>");
    }
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("    ".repeat(depth));
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
