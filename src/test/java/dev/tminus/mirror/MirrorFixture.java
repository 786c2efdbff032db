package dev.tminus.mirror;

import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyType;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.event.EventType;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageLicense;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.image.ImageVariantType;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.infourl.InfoURLType;
import dev.tminus.resource.language.Language;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import dev.tminus.resource.vidurl.VidURLType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Events with something in every embedded list, so a lossy copy shows; shared objects are shared between events. */
public final class MirrorFixture {
  public static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

  private MirrorFixture() {}

  /** Events 1..n; event i was last updated i minutes after {@link #BASE} (a few share a timestamp). */
  public static List<EventEndpointDetailed> events(int n) {
    List<EventEndpointDetailed> events = new ArrayList<>();
    for (int i = 1; i <= n; i++) events.add(event(i, BASE.plusSeconds(60L * (i - i % 7 / 6)), "Event " + i));
    return events;
  }

  public static EventEndpointDetailed event(int id, Instant lastUpdated, String name) {
    Language english = new Language(1, "English", "en");
    int agency = 1 + id % 3;
    return new EventEndpointDetailed(id, null, name,
        List.of(new InfoURL(1, "example.org", "Press kit " + id, "All about it", null, "https://example.org/" + id,
            new InfoURLType(1, "Official Page"), english)),
        List.of(new VidURL(1, "youtube.com", "Agency TV", "Live " + id, null, null, "https://video.example/" + id,
            new VidURLType(1, "Official Webcast"), english, BASE, null, id % 2 == 0)),
        new Image(100 + id % 4, "Image " + id % 4, "https://img.example/" + id % 4 + ".jpg", null, "Agency",
            new ImageLicense(1, "CC BY 4.0", 2, "https://creativecommons.org/licenses/by/4.0/"), false,
            List.of(new ImageVariant(1000 + id % 4, new ImageVariantType(1, "Thumbnail"), "https://img.example/t.jpg"))),
        BASE.plusSeconds(86_400L * id), "event-" + id, new EventType(1 + id % 2, "Type " + (1 + id % 2)),
        "Description of " + name, id % 5 == 0, "Somewhere " + id, new NetPrecision(1, "Minute", "MIN", "To the minute."),
        "detailed", "PT2H", List.of(new Update(id * 10, null, "Update on " + id, null, "someone", BASE)), lastUpdated,
        List.of(new AgencyMini("list", agency, null, "Agency " + agency, "A" + agency, new AgencyType(1, "Government"))),
        List.of(new LaunchBasic(new UUID(0, id), null, "Launch " + id, "list", "launch-" + id, null, null, lastUpdated, null,
            null, null, null, null, null)),
        List.of(new ExpeditionNormal(70 + id % 2, null, "Expedition " + (70 + id % 2), BASE, null, "normal", null,
            List.of(), List.of())),
        List.of(new SpaceStationNormal(4, null, "International Space Station", null, null, null, null, "", null, null)),
        List.of(new ProgramNormal("normal", 17, null, "ISS", null, null, null, null, List.of(), null, null, List.of(), null)),
        List.of());
  }
}
