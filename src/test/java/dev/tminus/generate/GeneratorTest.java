package dev.tminus.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.api.Links;
import dev.tminus.json.Json;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.expedition.SpacewalkList;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private static final Links LINKS = new Links("http://localhost:8000/2.3.0", "");
  private static final Instant CUTOFF = Instant.parse("2026-11-27T00:00:00Z");
  private static final int COUNT = 5000;
  private static List<EventEndpointDetailed> events;

  @BeforeAll
  static void generate() {
    events = list(COUNT, 42);
  }

  private static List<EventEndpointDetailed> list(int count, long seed) {
    List<EventEndpointDetailed> out = new ArrayList<>();
    Generator.events(count, seed, LINKS).forEachRemaining(out::add);
    return out;
  }

  /** Vehicles, rockets and probes appear only in years they flew (a year none flew takes the nearest). */
  @Test
  void namesFitTheirDates() {
    int checked = 0;
    for (EventEndpointDetailed e : events) {
      if (e.date() == null) continue;
      int year = Timeline.year(e.date());
      for (List<Words.Dated> names : List.of(Words.VEHICLES, Words.ROCKETS)) {
        if (names.stream().noneMatch(d -> d.in(year))) continue; // then the nearest was taken
        for (Words.Dated d : names) {
          if (e.name().startsWith(d.name() + "-") || e.name().startsWith(d.name() + " ")) {
            checked++;
            assertThat(d.in(year) || longerNameFits(e.name(), year)).as(e.name() + " in " + year).isTrue();
          }
        }
      }
      if (e.name().contains(" " + Words.FLYBY + " of ")) {
        Words.Probe probe = Words.PROBES.stream().filter(p -> e.name().startsWith(p.name() + " ")).findFirst().orElseThrow();
        assertThat(probe.bodies()).anyMatch(b -> e.name().endsWith(" of " + b));
        if (year >= 1959) assertThat(year).as(e.name()).isBetween(probe.from(), probe.to());
      }
    }
    assertThat(checked).isGreaterThan(COUNT / 20);
  }

  /** "Soyuz MS-3" also starts with "Soyuz": the name it was made from is the longest that matches. */
  private static boolean longerNameFits(String name, int year) {
    return concat(Words.VEHICLES, Words.ROCKETS).stream()
        .filter(d -> name.startsWith(d.name() + "-") || name.startsWith(d.name() + " "))
        .anyMatch(d -> d.in(year));
  }

  private static List<Words.Dated> concat(List<Words.Dated> a, List<Words.Dated> b) {
    List<Words.Dated> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The demo's timeline: seen from its day, a quarter of the events upcoming, nothing updated later. */
  @Test
  void aTimelineAroundTodayHasAGoodShareUpcoming() {
    Instant today = Instant.parse("2027-03-15T10:30:00Z");
    Timeline t = Timeline.around(today);
    List<EventEndpointDetailed> demo = new ArrayList<>();
    Generator.events(2000, 42, LINKS, t).forEachRemaining(demo::add);
    long upcoming = demo.stream().filter(e -> e.date() != null && e.date().isAfter(today)).count();
    assertThat(upcoming).isBetween(2000 * 20 / 100L, 2000 * 30 / 100L);
    for (EventEndpointDetailed e : demo) {
      assertThat(e.lastUpdated()).isBeforeOrEqualTo(today);
      if (e.date() != null) assertThat(e.date()).isBetween(Instant.parse("1957-10-04T00:00:00Z"), t.last());
      e.updates().forEach(u -> assertThat(u.createdOn()).isBeforeOrEqualTo(today));
    }
  }

  @Test
  void isDeterministicAndPrefixStable() throws Exception {
    String first = Json.MAPPER.writeValueAsString(events);
    assertThat(Json.MAPPER.writeValueAsString(list(COUNT, 42))).isEqualTo(first);
    assertThat(list(100, 42)).isEqualTo(events.subList(0, 100));
    assertThat(Json.MAPPER.writeValueAsString(list(COUNT, 43))).isNotEqualTo(first);
  }

  @Test
  void idsAscendAndSlugsAreUnique() {
    for (int i = 0; i < events.size(); i++) assertThat(events.get(i).id()).isEqualTo(i + 1);
    assertThat(events.stream().map(EventEndpointDetailed::slug).distinct().count()).isEqualTo(COUNT);
  }

  @Test
  void requiredFieldsAndListsAreNotNull() {
    for (EventEndpointDetailed e : events) {
      assertThat(e.name()).isNotNull();
      assertThat(e.slug()).isNotBlank();
      assertThat(e.type()).isNotNull();
      assertThat(e.url()).isEqualTo(LINKS.url("events", e.id()));
      assertThat(e.responseMode()).isEqualTo("detailed");
      assertThat(List.of(e.infoUrls(), e.vidUrls(), e.updates(), e.agencies(), e.launches(), e.expeditions(),
          e.spacestations(), e.program(), e.astronauts())).doesNotContainNull();
      e.infoUrls().forEach(u -> assertThat(u.url()).isNotNull());
      e.vidUrls().forEach(u -> assertThat(u.url()).isNotNull());
      assertThat(e.infoUrls()).hasSizeLessThanOrEqualTo(2);
      assertThat(e.vidUrls()).hasSizeLessThanOrEqualTo(4);
      assertThat(e.updates()).hasSizeLessThanOrEqualTo(3);
      assertThat(e.agencies()).hasSizeLessThanOrEqualTo(3);
      assertThat(e.launches()).hasSizeLessThanOrEqualTo(2);
      assertThat(e.expeditions()).hasSizeLessThanOrEqualTo(1);
      assertThat(e.spacestations()).hasSizeLessThanOrEqualTo(1);
      assertThat(e.program()).hasSizeLessThanOrEqualTo(2);
      assertThat(e.astronauts()).hasSizeLessThanOrEqualTo(4);
    }
  }

  @Test
  void sharedObjectsAreIdenticalWhereverTheyAppear() {
    Shared shared = new Shared();
    Map<Integer, Integer> spacewalkOwner = new HashMap<>();
    Set<Integer> updateIds = new HashSet<>();
    for (EventEndpointDetailed e : events) {
      shared.add("eventType", e.type().id(), e.type());
      shared.image(e.image());
      shared.add("precision", e.datePrecision());
      e.infoUrls().forEach(u -> {
        shared.add("infoType", u.type());
        shared.add("language", u.language());
      });
      e.vidUrls().forEach(u -> {
        shared.add("vidType", u.type());
        shared.add("language", u.language());
      });
      e.updates().forEach(u -> assertThat(updateIds.add(u.id())).as("update id %d", u.id()).isTrue());
      e.agencies().forEach(shared::agency);
      for (LaunchBasic l : e.launches()) {
        shared.add("launch", l.id(), l);
        shared.add("launchStatus", l.status());
        shared.add("precision", l.netPrecision());
        shared.image(l.image());
        assertThat(l.slug()).isNotNull();
        assertThat(l.responseMode()).isEqualTo(LaunchBasic.MODE);
      }
      for (ExpeditionNormal x : e.expeditions()) {
        shared.add("expedition", x.id(), x);
        shared.station(x.spacestation());
        x.missionPatches().forEach(shared::patch);
        for (SpacewalkList w : x.spacewalks()) {
          shared.add("spacewalk", w.id(), w);
          assertThat(spacewalkOwner.putIfAbsent(w.id(), x.id())).isIn(null, x.id());
        }
      }
      e.spacestations().forEach(shared::station);
      for (ProgramNormal p : e.program()) {
        shared.add("program", p.id(), p);
        shared.add("programType", p.type());
        shared.image(p.image());
        p.agencies().forEach(shared::agency);
        p.missionPatches().forEach(shared::patch);
      }
      for (AstronautNormal a : e.astronauts()) {
        shared.add("astronaut", a.id(), a);
        shared.add("astronautStatus", a.status());
        shared.agency(a.agency());
        shared.image(a.image());
      }
    }
    assertThat(shared.seen.get("eventType")).hasSizeBetween(35, 45).containsKeys(2, 3, 17, 23);
    assertThat(shared.seen.get("agency")).hasSizeBetween(80, 120);
    assertThat(shared.seen.get("program")).hasSizeBetween(40, 60);
    assertThat(shared.seen.get("expedition")).hasSizeBetween(30, 50);
    assertThat(shared.seen.get("astronaut")).hasSizeBetween(150, 250);
    assertThat(shared.seen.get("station")).hasSizeBetween(4, 8);
    assertThat(shared.seen.get("variant")).isNotEmpty();
    long withVariants = shared.seen.get("image").values().stream().filter(i -> !((Image) i).variants().isEmpty()).count();
    assertThat((double) withVariants / shared.seen.get("image").size()).isBetween(0.02, 0.09);
  }

  @Test
  void listsAreInReadBackOrder() {
    for (EventEndpointDetailed e : events) {
      assertSortedBy(e.agencies(), AgencyMini::id);
      assertSortedBy(e.program(), ProgramNormal::id);
      assertSortedBy(e.astronauts(), AstronautNormal::id);
      assertSortedBy(e.expeditions(), ExpeditionNormal::id);
      assertSortedBy(e.spacestations(), SpaceStationNormal::id);
      assertSortedBy(e.launches(), l -> l.id().toString().toLowerCase());
      assertSortedBy(e.infoUrls(), InfoURL::priority);
      assertSortedBy(e.vidUrls(), VidURL::priority);
      assertThat(e.updates().stream().map(Update::createdOn).toList())
          .isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates().doesNotContainNull();
      e.program().forEach(p -> {
        assertSortedBy(p.agencies(), AgencyMini::id);
        assertSortedBy(p.missionPatches(), MissionPatch::id);
      });
      e.expeditions().forEach(x -> {
        assertSortedBy(x.missionPatches(), MissionPatch::id);
        assertSortedBy(x.spacewalks(), SpacewalkList::id);
      });
    }
  }

  @Test
  void timestampsAreWholeSecondsAndDatesAreSpread() {
    int nullDates = 0;
    int future = 0;
    for (EventEndpointDetailed e : events) {
      List<Instant> instants = new ArrayList<>(List.of(e.lastUpdated()));
      if (e.date() == null) nullDates++;
      else instants.add(e.date());
      if (e.date() != null && e.date().isAfter(CUTOFF)) future++;
      e.updates().forEach(u -> instants.add(u.createdOn()));
      e.vidUrls().forEach(v -> {
        instants.add(v.startTime());
        instants.add(v.endTime());
      });
      e.launches().forEach(l -> {
        instants.add(l.net());
        instants.add(l.lastUpdated());
        instants.add(l.windowStart());
        instants.add(l.windowEnd());
      });
      e.expeditions().forEach(x -> {
        instants.add(x.start());
        instants.add(x.end());
        x.spacewalks().forEach(w -> {
          instants.add(w.start());
          instants.add(w.end());
        });
      });
      e.program().forEach(p -> {
        instants.add(p.startDate());
        instants.add(p.endDate());
      });
      instants.stream().filter(Objects::nonNull).forEach(i -> assertThat(i.getNano()).isZero());
      assertThat(e.lastUpdated()).isBeforeOrEqualTo(CUTOFF);
      if (e.date() != null) assertThat(e.date()).isBetween(Instant.parse("1957-10-04T00:00:00Z"),
          Instant.parse("2031-01-01T00:00:00Z"));
      if (e.duration() != null) assertThat(e.duration()).matches("PT(\\d+H)?(\\d+M)?(\\d+S)?");
    }
    assertThat(nullDates).isBetween(COUNT / 200, COUNT * 2 / 100);
    assertThat(future).isBetween(COUNT * 3 / 100, COUNT * 8 / 100);
    assertThat(events.stream().map(EventEndpointDetailed::date).filter(Objects::nonNull).distinct().count())
        .isGreaterThan(COUNT * 9 / 10L);
  }

  @Test
  void namesAreVariedButNeverZzz() {
    List<String> names = new ArrayList<>();
    for (EventEndpointDetailed e : events) {
      names.add(e.name());
      e.agencies().forEach(a -> names.add(a.name()));
      e.program().forEach(p -> names.add(p.name()));
      e.astronauts().forEach(a -> names.add(a.name()));
      e.spacestations().forEach(s -> names.add(s.name()));
      e.launches().forEach(l -> names.add(l.name()));
    }
    assertThat(names).noneMatch(n -> n.toLowerCase().contains("zzz"));
    long flyby = events.stream().filter(e -> e.name().contains("Flyby")).count();
    assertThat(flyby).isBetween(COUNT * 2 / 100L, COUNT * 5 / 100L);
    assertThat(events).anyMatch(e -> e.name().contains("Station"));
    for (String quirk : List.of("'", "\"", "%", "_", "\\", "—", "Ü", "Союз")) {
      assertThat(names).as(quirk).anyMatch(n -> n.contains(quirk));
    }
    long withAstronauts = events.stream().filter(e -> !e.astronauts().isEmpty()).count();
    assertThat(withAstronauts).isBetween(COUNT * 40 / 100L, COUNT * 50 / 100L);
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    for (EventEndpointDetailed e : events.subList(0, 1000)) {
      String json = Json.MAPPER.writeValueAsString(e);
      assertThat(Json.MAPPER.readValue(json, EventEndpointDetailed.class)).isEqualTo(e);
    }
  }

  @Test
  void streamsManyEventsWithoutKeepingThem() {
    Iterator<EventEndpointDetailed> it = Generator.events(100_000, 7, LINKS);
    int n = 0;
    int last = 0;
    while (it.hasNext()) {
      EventEndpointDetailed e = it.next();
      assertThat(e.id()).isEqualTo(last + 1);
      last = e.id();
      n++;
    }
    assertThat(n).isEqualTo(100_000);
    assertThat(it.hasNext()).isFalse();
  }

  private static <T, K extends Comparable<? super K>> void assertSortedBy(List<T> list, Function<T, K> key) {
    assertThat(list.stream().map(key).toList()).isSorted().doesNotHaveDuplicates();
  }

  /** Everything seen so far, by kind and id; a second sighting must be equal to the first. */
  private static final class Shared {
    final Map<String, Map<Object, Object>> seen = new HashMap<>();

    void add(String kind, Object id, Object value) {
      Object before = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, value);
      if (before != null) assertThat(value).as("%s %s", kind, id).isEqualTo(before);
    }

    void add(String kind, Record value) {
      if (value == null) return;
      try {
        add(kind, value.getClass().getRecordComponents()[0].getAccessor().invoke(value), value);
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(ex);
      }
    }

    void image(Image image) {
      if (image == null) return;
      add("image", image.id(), image);
      add("license", image.license());
      for (ImageVariant v : image.variants()) {
        add("variant", v.id(), v);
        add("variantOwner", v.id(), image.id());
        add("variantType", v.type());
      }
    }

    void agency(AgencyMini agency) {
      if (agency == null) return;
      add("agency", agency.id(), agency);
      add("agencyType", agency.type());
      assertThat(agency.responseMode()).isEqualTo(AgencyMini.MODE);
    }

    void patch(MissionPatch patch) {
      add("patch", patch.id(), patch);
      agency(patch.agency());
    }

    void station(SpaceStationNormal station) {
      if (station == null) return;
      add("station", station.id(), station);
      add("stationStatus", station.status());
      add("stationType", station.type());
      image(station.image());
    }
  }
}
