package dev.tminus.generate;

import static dev.tminus.generate.Words.pick;

import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.country.Country;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agencies of the pool in their larger shape ({@link AgencyNormal}, as pads embed them): the
 * same id, name, abbreviation and type as the {@link AgencyMini} events embed, plus countries,
 * founding year, logos and the rest. Each agency's extra fields come from its own stream, so they
 * do not depend on which pads name it first.
 */
final class Operators {
  private static final List<String> LAUNCHERS = List.of("Falcon 9 | Falcon Heavy", "Soyuz | Angara", "Long March",
      "Ariane | Vega", "Electron | Neutron", "H-IIA | H3", "PSLV | GSLV", "");
  private static final List<String> SPACECRAFT = List.of("Dragon", "Soyuz | Progress", "Shenzhou | Tianzhou",
      "Orion", "Starliner", "HTV-X", "");

  private final Pools pools;
  private final long seed;
  private final Map<Integer, AgencyNormal> normal = new ConcurrentHashMap<>();

  Operators(Pools pools, long seed) {
    this.pools = pools;
    this.seed = seed;
  }

  List<AgencyMini> pool() {
    return pools.agencies;
  }

  AgencyNormal normal(AgencyMini mini) {
    return normal.computeIfAbsent(mini.id(), id -> build(mini));
  }

  private AgencyNormal build(AgencyMini a) {
    SplittableRandom rng = Pools.stream(seed, 1_000L + a.id());
    List<Country> countries = Pools.sample(rng, Vocabularies.COUNTRIES, 1 + (rng.nextInt(6) == 0 ? 1 : 0),
        Comparator.comparingInt(Country::id));
    AgencyMini parent = rng.nextInt(5) == 0 ? pick(rng, pools.agencies) : null;
    return new AgencyNormal("normal", a.id(), a.url(), a.name(), a.abbrev(), a.type(), rng.nextInt(5) == 0, countries,
        rng.nextInt(4) == 0 ? null : Words.description(rng), rng.nextInt(3) == 0 ? null : "Administrator: " + Words.person(rng),
        rng.nextInt(6) == 0 ? null : 1950 + rng.nextInt(72), pick(rng, LAUNCHERS), pick(rng, SPACECRAFT),
        parent == null || parent.id() == a.id() ? null : parent.name(), image(rng), image(rng), image(rng));
  }

  private dev.tminus.resource.image.Image image(SplittableRandom rng) {
    return rng.nextInt(3) == 0 ? null : pick(rng, pools.images);
  }
}
