package dev.tminus.resource;

import dev.tminus.resource.event.Events;
import java.util.List;

/**
 * The one registry of served resources: {@code serve}, the OpenAPI document, the browsable root,
 * {@code import}, {@code mirror}, {@code export}, {@code generate} and the tests all read it. Adding
 * a resource is one line here.
 */
public final class Resources {
  /** Every served resource, in the order the API root lists them. */
  public static final List<Resource<?>> ALL = List.of(Events.resource());

  private Resources() {}
}
