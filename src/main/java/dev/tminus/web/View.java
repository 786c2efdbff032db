package dev.tminus.web;

import dev.tminus.api.Help;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.openapi.DrfNames;

/**
 * One endpoint as its browsable page and OPTIONS answer describe it: DRF's view name
 * ("Event List", "Celestial Body Instance"), the resource and subset it serves (null for the API
 * root and other views of no resource) and its description: for a resource, its help text as
 * Markdown, which is what DRF's OPTIONS gives (a view's docstring, unrendered).
 */
record View(String name, Resource<?> resource, Subset subset, boolean list, String description) {
  View(String name, Resource<?> resource, boolean list) {
    this(name, resource, list, "");
  }

  View(String name, Resource<?> resource, boolean list, String description) {
    this(name, null, null, list, description);
    if (resource != null) throw new IllegalArgumentException("a resource's views are View.list or View.instance");
  }

  /** The list endpoint of {@code subset}, e.g. "Event Upcoming List" at {@code /2.3.0/events/upcoming/}. */
  static View list(Resource<?> resource, Subset subset) {
    return new View(name(resource, subset, "List"), resource, subset, true,
        Help.markdown(resource, subset, Help.Docs.PAGE));
  }

  /** The detail endpoint of {@code subset}, which has its list's help, as upstream. */
  static View instance(Resource<?> resource, Subset subset) {
    return new View(name(resource, subset, "Instance"), resource, subset, false,
        Help.markdown(resource, subset, Help.Docs.PAGE));
  }

  // DRF names a viewset's views from its class, camelcase_to_spaces("CelestialBody") + " List"; a
  // subset's viewset (EventUpcoming) adds its name.
  private static String name(Resource<?> resource, Subset subset, String suffix) {
    String subsetName = subset.isRoot() ? "" : Character.toUpperCase(subset.name().charAt(0)) + subset.name().substring(1);
    return DrfNames.camelcaseToSpaces(resource.modelName() + subsetName) + " " + suffix;
  }
}
