package dev.tminus.web;

import dev.tminus.resource.Resource;

/**
 * One endpoint as its browsable page and OPTIONS answer describe it: DRF's view name
 * ("Event List", "Event Instance") and the resource it serves (null for the API root).
 */
record View(String name, Resource<?> resource, boolean list) {}
