package dev.tminus.generate;

import dev.tminus.api.Links;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A consistent synthetic LL2 world, deterministic for (events, seed): every served collection's
 * objects in the shape {@code import} reads (its richest mode), where an object embedded anywhere
 * — an event's program, type, agencies and images, a pad's location and its celestial body, a
 * configuration's manufacturer and families, an agency's configurations, a payload's agencies and
 * programs, a docking location's station, spacecraft and payload — is
 * the very object its own endpoint serves. Imported together, every list of the API has objects,
 * and each answers exactly what was generated.
 *
 * <pre>{@code
 * World world = World.of(300, 42, Links.of("http://127.0.0.1:8000", null));
 * for (World.Content c : world.contents()) write(c.collection(), c.count(), c.objects().get());
 * }</pre>
 */
public final class World {
  private final Map<String, Content> contents = new LinkedHashMap<>();

  /** What the world holds of one collection: {@code count} objects, produced afresh by each {@code objects.get()}. */
  public record Content(String collection, long count, Supplier<Iterator<?>> objects) {}

  private World() {}

  /** The world with {@code events} events (ids 1..events, as {@link Generator#events}) for {@code seed}. */
  public static World of(int events, long seed, Links links) {
    return of(events, seed, links, Timeline.FIXED);
  }

  /** As {@link #of(int, long, Links)}, on {@code timeline} (e.g. a demo seen from today). */
  public static World of(int events, long seed, Links links, Timeline timeline) {
    return of(events, DEFAULT_LAUNCHES, seed, links, timeline);
  }

  /** The launches a world has unless told otherwise: about as many as upstream lists. */
  public static final int DEFAULT_LAUNCHES = Pools.DEFAULT_LAUNCHES;

  /**
   * The world with {@code events} events and {@code launches} detailed launches, deterministic for
   * (events, launches, seed). Events embed the first 2000 launches (all, when there are fewer), so
   * they do not change with a count of 2000 or more. The launches are built lazily, in {@code net}
   * order; the counters of pads, locations, bodies, agencies, configurations, families, launchers,
   * landing locations and spacecraft configurations are computed from them.
   */
  public static World of(int events, int launches, long seed, Links links, Timeline timeline) {
    Objects.requireNonNull(links, "links");
    if (launches < 0) throw new IllegalArgumentException("launches out of range: " + launches);
    Pools p = new Pools(seed, links, timeline, launches);
    Operators operators = new Operators(p, seed);
    // Drawn once to learn what launches can fly from and on, then again with the launches' counters.
    Geography drawnGeo = new Geography(p, operators, seed, links);
    Catalog drawnCatalog = new Catalog(p, operators, seed, links);
    LaunchPlan plan = new LaunchPlan(p, links, launches, drawnGeo.pads, drawnGeo.landingLocations,
        drawnCatalog.launcherConfigs, drawnCatalog.launchers, drawnCatalog.spacecraft.configs);
    Geography geo = new Geography(p, operators, seed, links, plan.tally);
    Catalog catalog = new Catalog(p, operators, seed, links, plan.tally);
    PayloadCatalog payloads = new PayloadCatalog(p, catalog, Pools.stream(seed, 23));
    LaunchPlan.Parts parts = new LaunchPlan.Parts(List.copyOf(geo.pads), List.copyOf(catalog.launcherConfigs),
        List.copyOf(catalog.launchers), List.copyOf(geo.orbits), List.copyOf(geo.landingLocations),
        List.copyOf(payloads.payloads), List.copyOf(catalog.spacecraft.configs), List.copyOf(payloads.dockingLocations),
        catalog);
    World w = new World();
    w.add("agencies", catalog.agencies);
    w.add("celestial_bodies", geo.bodies);
    w.add("config/agency_types", p.agencyTypes);
    w.add("config/astronaut_roles", Vocabularies.ASTRONAUT_ROLES);
    w.add("config/astronaut_statuses", p.astronautStatuses);
    w.add("config/astronaut_types", Vocabularies.ASTRONAUT_TYPES);
    w.add("config/celestial_body_types", Vocabularies.CELESTIAL_BODY_TYPES);
    w.add("config/countries", Vocabularies.COUNTRIES);
    w.add("config/docking_locations", payloads.dockingLocations);
    w.add("config/event_types", p.eventTypes);
    w.add("config/first_stage_types", Vocabularies.FIRST_STAGE_TYPES);
    w.add("config/image_licenses", p.licenses);
    w.add("config/image_variant_types", p.variantTypes);
    w.add("config/infourl_types", p.infoUrlTypes);
    w.add("config/landing_locations", geo.landingLocations);
    w.add("config/landing_types", Vocabularies.LANDING_TYPES);
    w.add("config/languages", p.languages);
    w.add("config/launch_statuses", p.launchStatuses);
    w.add("config/launcher_statuses", Vocabularies.LAUNCHER_STATUSES);
    w.add("config/mission_types", Vocabularies.MISSION_TYPES);
    w.add("config/net_precisions", p.precisions);
    w.add("config/notice_types", Vocabularies.NOTICE_TYPES);
    w.add("config/orbits", geo.orbits);
    w.add("config/payload_types", Vocabularies.PAYLOAD_TYPES);
    w.add("config/program_types", p.programTypes);
    w.add("config/road_closure_statuses", Vocabularies.ROAD_CLOSURE_STATUSES);
    w.add("config/space_station_statuses", p.stationStatuses);
    w.add("config/spacecraft_configuration_types", Vocabularies.SPACECRAFT_CONFIGURATION_TYPES);
    w.add("config/spacecraft_statuses", Vocabularies.SPACECRAFT_STATUSES);
    w.add("config/timeline_event_types", Vocabularies.TIMELINE_EVENT_TYPES);
    w.add("config/vidurl_types", p.vidUrlTypes);
    // The events draw on pools of their own making; the same seed gives the same pools, so the
    // objects they embed are the ones listed above.
    w.contents.put("events", new Content("events", events,
        () -> Generator.events(events, seed, links, timeline, launches)));
    w.add("launcher_configuration_families", catalog.launcherFamilies);
    w.add("launcher_configurations", catalog.launcherConfigs);
    w.add("launchers", catalog.launchers);
    w.contents.put("launches", new Content("launches", launches, () -> plan.launches(parts)));
    w.add("locations", geo.locations);
    w.add("pads", geo.pads);
    w.add("payloads", payloads.payloads);
    w.add("programs", p.programs);
    w.add("spacecraft_configuration_families", catalog.spacecraft.families);
    w.add("spacecraft_configurations", catalog.spacecraft.configs);
    return w;
  }

  private void add(String collection, List<?> objects) {
    List<?> copy = List.copyOf(objects);
    contents.put(collection, new Content(collection, copy.size(), copy::iterator));
  }

  /** Every collection the world fills, in the order of their paths. */
  public List<Content> contents() {
    return List.copyOf(contents.values());
  }

  /** The content of {@code collection} (e.g. {@code config/orbits}), or null when the world has none. */
  public Content content(String collection) {
    return contents.get(collection);
  }
}
