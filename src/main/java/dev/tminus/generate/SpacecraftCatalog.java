package dev.tminus.generate;

import static dev.tminus.generate.Words.pick;

import dev.tminus.api.Links;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigDetailed;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigFamilyDetailed;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigFamilyEndpointDetailed;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigFamilyMini;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigFamilyNormal;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigNormal;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigShapes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The spacecraft configurations of the world and their families, made by the agencies
 * {@link Catalog} gives (as {@link Operators} shapes them); a family's counters are the sums of its
 * configurations'. With a {@link Tally}, a configuration's counters are those of the world's
 * launches (whose spacecraft flights have no landings); without, drawn.
 */
final class SpacecraftCatalog {
  final List<SpacecraftConfigFamilyEndpointDetailed> families = new ArrayList<>();
  final List<SpacecraftConfigDetailed> configs = new ArrayList<>();

  private final Pools p;
  private final Operators operators;
  private final Links links;


  private static final class RawSpacecraft {
    int id;
    String name;
    AgencyMini maker;
    int type;
    RawSpacecraftFamily family;
    boolean inUse;
    boolean humanRated;
    Image image;
    int flown;
    int attempted;
    int landed;
    int launches;
    int successful;
    int failed;
    LocalDate maiden;
  }

  private record RawSpacecraftFamily(int id, String name, AgencyMini maker, Integer parent, String description) {}

  private final List<RawSpacecraftFamily> rawSpacecraftFamilies = new ArrayList<>();
  private List<RawSpacecraft> rawSpacecraft = List.of();

  /** The vehicles configured, one per family name's first word (names whose order no collation changes). */
  private static final List<String> VEHICLES = List.of("Soyuz MS", "Progress MS", "Crew Dragon", "Cargo Dragon",
      "Starliner", "Cygnus NG", "HTV-X", "Shenzhou", "Tianzhou", "Orion", "Dream Chaser", "Gaganyaan");

  SpacecraftCatalog(Pools p, Operators operators, SplittableRandom rng, List<AgencyMini> makers, Links links,
      Tally tally) {
    this.p = p;
    this.operators = operators;
    this.links = links;
    for (int id = 1; id <= 6; id++) {
      rawSpacecraftFamilies.add(new RawSpacecraftFamily(id, pick(rng, VEHICLES).split(" ")[0] + " family " + id,
          pick(rng, makers), id > 3 ? 1 + rng.nextInt(3) : null, Words.description(rng)));
    }
    List<RawSpacecraft> out = new ArrayList<>();
    int id = 0;
    for (String vehicle : VEHICLES) {
      for (int k = 0; k < 2; k++) {
        RawSpacecraft s = new RawSpacecraft();
        s.id = id += 1 + rng.nextInt(3);
        s.name = vehicle + (k == 0 ? "" : " " + (2 + rng.nextInt(3)));
        s.maker = pick(rng, makers);
        s.type = rng.nextInt(Vocabularies.SPACECRAFT_CONFIGURATION_TYPES.size());
        s.family = rng.nextInt(3) == 0 ? null : pick(rng, rawSpacecraftFamilies);
        s.inUse = rng.nextBoolean();
        s.humanRated = rng.nextInt(3) == 0;
        s.image = rng.nextInt(3) == 0 ? null : pick(rng, p.images);
        s.flown = rng.nextInt(40);
        s.launches = s.flown + rng.nextInt(3);
        s.failed = rng.nextInt(s.launches / 10 + 1);
        s.attempted = rng.nextInt(s.flown + 1);
        s.landed = s.attempted - rng.nextInt(s.attempted / 8 + 1);
        s.maiden = LocalDate.of(1961 + rng.nextInt(64), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        s.successful = s.launches - s.failed;
        if (tally != null) {
          Tally.Crafted c = tally.spacecraft(s.id);
          s.flown = c.spacecraftFlown();
          s.launches = c.launches();
          s.successful = c.successful();
          s.failed = c.failed();
          s.attempted = 0;
          s.landed = 0;
        }
        out.add(s);
      }
    }
    rawSpacecraft = out;
    for (RawSpacecraftFamily f : rawSpacecraftFamilies) families.add(spacecraftFamilyEndpoint(f));
    for (RawSpacecraft s : out) configs.add(spacecraftDetailed(s));
  }

  /** Every configuration in its normal shape (a docking location's), by id. */
  List<SpacecraftConfigNormal> normals() {
    return rawSpacecraft.stream().map(this::spacecraftNormal).toList();
  }

  /** The configurations {@code a} builds, by name then id, as its {@code spacecraft_list}. */
  List<SpacecraftConfigDetailed> builtBy(AgencyMini a) {
    return built(a).stream().map(this::spacecraftDetailed).toList();
  }

  /** The landings of the spacecraft {@code a} builds: successful, failed. */
  int[] landings(AgencyMini a) {
    List<RawSpacecraft> built = built(a);
    return new int[] {built.stream().mapToInt(s -> s.landed).sum(), built.stream().mapToInt(s -> s.attempted - s.landed).sum()};
  }

  private List<RawSpacecraft> built(AgencyMini a) {
    return rawSpacecraft.stream().filter(s -> s.maker.id() == a.id())
        .sorted(Comparator.comparing((RawSpacecraft s) -> s.name).thenComparingInt(s -> s.id)).toList();
  }

  private String url(String collection, int id) {
    return links.url(collection, id);
  }

  private List<RawSpacecraft> membersOf(RawSpacecraftFamily f) {
    return rawSpacecraft.stream().filter(s -> s.family == f).toList();
  }

  private SpacecraftConfigFamilyNormal spacecraftFamilyNormal(RawSpacecraftFamily f) {
    RawSpacecraftFamily parent = f.parent == null ? null : rawSpacecraftFamilies.get(f.parent - 1);
    return new SpacecraftConfigFamilyNormal("normal", f.id, f.name, f.description, f.maker,
        parent == null ? null : new SpacecraftConfigFamilyMini("list", parent.id, parent.name), maiden(f));
  }

  private LocalDate maiden(RawSpacecraftFamily f) {
    return membersOf(f).stream().map(s -> s.maiden).min(Comparator.naturalOrder()).orElse(null);
  }

  private SpacecraftConfigFamilyDetailed spacecraftFamilyDetailed(RawSpacecraftFamily f) {
    SpacecraftConfigFamilyEndpointDetailed e = spacecraftFamilyEndpoint(f);
    return new SpacecraftConfigFamilyDetailed("normal", e.id(), e.name(), e.description(), e.manufacturer(), e.parent(),
        e.maidenFlight(), e.spacecraftFlown(), e.totalLaunchCount(), e.successfulLaunches(), e.failedLaunches(),
        e.attemptedLandings(), e.successfulLandings(), e.failedLandings());
  }

  private SpacecraftConfigFamilyEndpointDetailed spacecraftFamilyEndpoint(RawSpacecraftFamily f) {
    List<RawSpacecraft> members = membersOf(f);
    RawSpacecraftFamily parent = f.parent == null ? null : rawSpacecraftFamilies.get(f.parent - 1);
    return new SpacecraftConfigFamilyEndpointDetailed("detailed", f.id, f.name, f.description, operators.normal(f.maker),
        parent == null ? null : spacecraftFamilyNormal(parent), maiden(f), members.stream().mapToInt(s -> s.flown).sum(),
        members.stream().mapToInt(s -> s.launches).sum(), members.stream().mapToInt(s -> s.successful).sum(),
        members.stream().mapToInt(s -> s.failed).sum(), members.stream().mapToInt(s -> s.attempted).sum(),
        members.stream().mapToInt(s -> s.landed).sum(), members.stream().mapToInt(s -> s.attempted - s.landed).sum(),
        members.stream().sorted(Comparator.comparingInt((RawSpacecraft s) -> s.id)).map(this::spacecraftNormal).toList());
  }

  private SpacecraftConfigNormal spacecraftNormal(RawSpacecraft s) {
    return new SpacecraftConfigNormal("normal", s.id, url(SpacecraftConfigShapes.COLLECTION, s.id), s.name,
        Vocabularies.SPACECRAFT_CONFIGURATION_TYPES.get(s.type), s.maker,
        s.family == null ? List.of() : List.of(spacecraftFamilyNormal(s.family)), s.inUse, s.image);
  }

  private SpacecraftConfigDetailed spacecraftDetailed(RawSpacecraft s) {
    return new SpacecraftConfigDetailed("detailed", s.id, url(SpacecraftConfigShapes.COLLECTION, s.id), s.name,
        Vocabularies.SPACECRAFT_CONFIGURATION_TYPES.get(s.type), operators.normal(s.maker),
        s.family == null ? List.of() : List.of(spacecraftFamilyDetailed(s.family)), s.inUse, s.image,
        "Carries crew and cargo", "First flown in " + s.maiden.getYear() + ".", "", s.maiden, 4.0 + s.id % 5,
        3.0 + s.id % 3, s.humanRated, s.humanRated ? 2 + s.id % 5 : null, null, null, "",
        "https://en.wikipedia.org/wiki/" + Words.slugify(s.name), "", s.flown, s.launches, s.successful,
        s.failed, s.attempted, s.landed, s.attempted - s.landed, s.flown > 1 ? "P" + (30 + s.id) + "D" : null);
  }
}
