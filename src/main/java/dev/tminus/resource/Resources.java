package dev.tminus.resource;

import dev.tminus.api.Resource;
import dev.tminus.resource.agency.Agencies;
import dev.tminus.resource.celestialbody.CelestialBodies;
import dev.tminus.resource.config.Configs;
import dev.tminus.resource.event.Events;
import dev.tminus.resource.launch.Launches;
import dev.tminus.resource.launcher.Launchers;
import dev.tminus.resource.launcherconfig.LauncherConfigFamilies;
import dev.tminus.resource.launcherconfig.LauncherConfigurations;
import dev.tminus.resource.location.Locations;
import dev.tminus.resource.pad.Pads;
import dev.tminus.resource.payload.Payloads;
import dev.tminus.resource.program.Programs;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigurations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one registry of served resources: {@code serve}, the OpenAPI document, the browsable root,
 * {@code import}, {@code mirror}, {@code export}, {@code generate} and the tests all read it. Adding
 * a resource is one line here.
 */
public final class Resources {
  /** Every served resource, in the order of their paths (as the upstream API description lists them). */
  public static final List<Resource<?>> ALL = sorted(List.of(
      Agencies.resource(),
      CelestialBodies.resource(),
      Events.resource(),
      LauncherConfigFamilies.resource(),
      LauncherConfigurations.resource(),
      Launchers.resource(),
      Launches.resource(),
      Locations.resource(),
      Pads.resource(),
      Payloads.resource(),
      Programs.resource(),
      SpacecraftConfigurations.families(),
      SpacecraftConfigurations.resource()), Configs.all());

  private Resources() {}

  private static List<Resource<?>> sorted(List<Resource<?>> families, List<Resource<?>> configs) {
    List<Resource<?>> all = new ArrayList<>(families);
    all.addAll(configs);
    all.sort(Comparator.comparing(Resource::collection));
    return List.copyOf(all);
  }

  /** The resource served under {@code /2.3.0/<collection>/}, or null. */
  public static Resource<?> byCollection(String collection) {
    for (Resource<?> r : ALL) {
      if (r.collection().equals(collection)) return r;
    }
    return null;
  }

  /** Every collection's path under {@code /2.3.0/}, e.g. {@code events}, {@code config/event_types}. */
  public static List<String> collections() {
    return ALL.stream().map(Resource::collection).toList();
  }
}
