package dev.tminus.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.ApiRequest;
import dev.tminus.api.Mode;
import dev.tminus.api.QueryString;
import dev.tminus.api.Help;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.api.filter.Filter;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;

/** Renders DRF-style browsable API pages from precompiled jte templates. */
final class Browsable {
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

  private Browsable() {}

  /**
   * The page of one response.
   *
   * @param view      what is shown, e.g. "Event List"; its resource is null for the API root
   * @param request   the request, for the request line and the form's current values
   * @param status    the response status
   * @param headers   the response headers shown above the JSON
   * @param body      the JSON body
   */
  static String render(View view, ApiRequest request, int status, List<BrowsablePage.Header> headers, JsonNode body) {
    QueryString query = request.query();
    String raw = query.asMap().isEmpty() ? "" : "?" + rawQuery(query);
    boolean list = view.list() && body.has("results");
    BrowsablePage page = new BrowsablePage(
        view.name(),
        request.links().apiRoot() + "/" + request.links().suffix(),
        view.resource() == null ? List.of() : Help.of(view.resource(), view.subset(), Help.Docs.PAGE),
        "GET",
        request.path() + raw,
        "HTTP " + status + " " + reason(status),
        headers,
        JsonHtml.render(body),
        list && !body.get("previous").isNull() ? body.get("previous").asText() : null,
        list && !body.get("next").isNull() ? body.get("next").asText() : null,
        view.list() && view.resource() != null ? form(view.resource(), view.subset(), request) : null);
    StringOutput out = new StringOutput();
    TEMPLATES.render("browsable.jte", page, out);
    return out.toString();
  }

  /**
   * The list's filter form, as DRF's filter backends draw theirs: one input per filter the help text
   * names (the subset's own included), search when the resource searches, ordering when it declares
   * ordering fields, and mode when it has more than one.
   */
  private static BrowsablePage.Form form(Resource<?> resource, Subset subset, ApiRequest request) {
    QueryString query = request.query();
    List<Filter> declared = new ArrayList<>(resource.filters());
    declared.addAll(subset.extraParams());
    List<BrowsablePage.Input> filters = new ArrayList<>();
    for (Filter f : declared) {
      if (resource.shownInHelp(f.param())) {
        filters.add(new BrowsablePage.Input(f.param(), String.join(",", query.all(f.param())), f.help()));
      }
    }
    String search = resource.searchFieldNames().isEmpty() ? null : orEmpty(query.last("search"));
    String ordering = orEmpty(query.last("ordering"));
    List<BrowsablePage.Choice> orderings = new ArrayList<>();
    if (!resource.orderingNames().isEmpty()) {
      orderings.add(new BrowsablePage.Choice("", "default", ordering.isEmpty()));
      for (String name : resource.orderingNames()) {
        orderings.add(new BrowsablePage.Choice(name, name + " ascending", ordering.equals(name)));
        orderings.add(new BrowsablePage.Choice("-" + name, name + " descending", ordering.equals("-" + name)));
      }
    }
    String mode = orEmpty(query.last("mode"));
    List<BrowsablePage.Choice> modes = new ArrayList<>();
    if (!resource.single() && resource.modes().size() > 1) {
      modes.add(new BrowsablePage.Choice("", "default (" + resource.listMode().wire() + ")", mode.isEmpty()));
      for (Mode m : resource.modes()) modes.add(new BrowsablePage.Choice(m.wire(), m.wire(), mode.equals(m.wire())));
    }
    return new BrowsablePage.Form(request.path(), "api".equals(query.last("format")), filters,
        search, orderings, modes, orEmpty(query.last("limit")));
  }

  private static String rawQuery(QueryString query) {
    StringBuilder out = new StringBuilder();
    query.asMap().forEach((k, values) -> values.forEach(v -> {
      if (out.length() > 0) out.append('&');
      out.append(QueryString.encode(k)).append('=').append(QueryString.encode(v));
    }));
    return out.toString();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 429 -> "Too Many Requests";
      case 503 -> "Service Unavailable";
      default -> "Internal Server Error";
    };
  }
}
