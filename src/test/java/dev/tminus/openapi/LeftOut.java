package dev.tminus.openapi;

import java.util.List;

/** What tminus leaves out of upstream's help texts and parameters, with why; the README lists the same. */
public final class LeftOut {
  /**
   * Filters of the launches' help text that are not declared, over data not stored yet (the crew,
   * related agencies, spacecraft flights, stages' serial numbers): LL2 clients sending them get
   * unfiltered results.
   */
  public static final List<String> LAUNCHES_FILTERS = List.of("is_crewed", "related_lsp__id", "related_lsp__name",
      "rocket__spacecraftflight__spacecraft__id", "rocket__spacecraftflight__spacecraft__name",
      "rocket__spacecraftflight__spacecraft__name__icontains", "serial_number", "spacecraft_config__ids");

  private LeftOut() {}
}
