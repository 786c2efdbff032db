package dev.tminus.web;

import dev.tminus.api.Help;
import dev.tminus.api.Resource;

/**
 * One endpoint as its browsable page and OPTIONS answer describe it: DRF's view name
 * ("Event List", "Event Instance"), the resource it serves (null for the API root and other views of
 * no resource) and its description (a resource's help text).
 */
record View(String name, Resource<?> resource, boolean list, String description) {
  View(String name, Resource<?> resource, boolean list) {
    this(name, resource, list, resource == null ? "" : Help.text(resource));
  }
}
