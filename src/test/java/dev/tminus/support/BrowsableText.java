package dev.tminus.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browsable API page read as a person (or the seed's text dump) reads it. */
public record BrowsableText(String viewName, String help, String request, String meta, String json) {

  public static BrowsableText of(String html) {
    Document page = Jsoup.parse(html);
    String response = page.selectFirst("pre.response").wholeText();
    int start = response.indexOf("\n{");
    int startArray = response.indexOf("\n[");
    int at = start < 0 ? startArray : startArray < 0 ? start : Math.min(start, startArray);
    StringBuilder help = new StringBuilder();
    page.select("section.help > *").forEach(e -> help.append(e.text()).append('\n'));
    return new BrowsableText(page.selectFirst("h1").text(), help.toString().strip(),
        page.selectFirst(".request").text(), response.substring(0, at).strip(), response.substring(at).strip());
  }
}
