package dev.tminus.generate;

import static dev.tminus.generate.Words.pick;

import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.config.DockingLocation;
import dev.tminus.resource.payload.PayloadDetailed;
import dev.tminus.resource.payload.PayloadMini;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigNormal;
import dev.tminus.resource.spacestation.SpaceStationMini;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The payloads of the world, made and operated by the pool's agencies (embedded as the agencies'
 * own pages describe them, {@link Catalog#detailedAgency}), part of the pool's programs; and the
 * docking locations of the space stations, each on a spacecraft configuration of
 * {@link SpacecraftCatalog} and, for some, a payload.
 */
final class PayloadCatalog {
  final List<PayloadDetailed> payloads = new ArrayList<>();
  final List<DockingLocation> dockingLocations = new ArrayList<>();

  private static final List<String> NAMES = List.of("Sentinel", "Landsat", "GOES", "Himawari", "Galileo", "GPS III",
      "Cygnus", "Kepler", "EarthCARE", "Tianzhou", "Starlink", "OneWeb");
  private static final List<String> PORTS = List.of("Harmony Forward", "Harmony Zenith", "Poisk Zenith",
      "Zvezda Aft", "Tianhe Forward", "Unity Nadir");
  /** The station of each port: the International Space Station's, and Tianhe's on Tiangong. */
  private static final List<Integer> PORT_STATIONS = List.of(4, 4, 4, 4, 18, 4);

  PayloadCatalog(Pools p, Catalog catalog, SplittableRandom rng) {
    List<PayloadMini> minis = new ArrayList<>();
    int id = 0;
    for (String name : NAMES) {
      id += 1 + rng.nextInt(4);
      AgencyMini maker = pick(rng, p.agencies);
      AgencyMini operator = rng.nextInt(3) == 0 ? maker : pick(rng, p.agencies);
      var type = pick(rng, Vocabularies.PAYLOAD_TYPES);
      var image = rng.nextInt(3) == 0 ? null : pick(rng, p.images);
      List<ProgramNormal> programs = rng.nextInt(3) == 0 ? List.of()
          : Pools.sample(rng, p.programs, 1 + rng.nextInt(2), Comparator.comparingInt(ProgramNormal::id));
      String full = name + " " + (1 + rng.nextInt(20));
      payloads.add(new PayloadDetailed("detailed", id, full, type, catalog.detailedAgency(maker),
          catalog.detailedAgency(operator), image, "https://en.wikipedia.org/wiki/" + Words.slugify(name),
          rng.nextBoolean() ? "" : "https://example.org/payloads/" + id, programs,
          rng.nextInt(3) == 0 ? null : 1_000_000 * (1 + rng.nextInt(500)),
          rng.nextInt(4) == 0 ? null : 50.0 + rng.nextInt(20_000) / 4.0, Words.description(rng)));
      minis.add(new PayloadMini("list", id, full, type, maker, operator, image));
    }
    List<SpacecraftConfigNormal> spacecraft = catalog.spacecraft.normals();
    for (int k = 0; k < PORTS.size(); k++) {
      int station = PORT_STATIONS.get(k);
      SpaceStationNormal s = p.stations.stream().filter(t -> t.id() == station).findFirst().orElseThrow();
      dockingLocations.add(new DockingLocation(k + 1, PORTS.get(k), new SpaceStationMini(s.id(), s.url(), s.name(), s.image()),
          pick(rng, spacecraft), rng.nextInt(3) == 0 ? null : pick(rng, minis)));
    }
  }
}
