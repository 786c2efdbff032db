package dev.tminus.support;

import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.program.ProgramType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Small, hand-made programs ({@code /2.3.0/programs/}) as {@link ProgramNormal}, the record their
 * endpoint imports, with their agencies and mission patches. Only what a rule looks at is set.
 */
public final class ProgramFixture {
  private final int id;
  private final String name;
  private String description;
  private String infoUrl;
  private String wikiUrl;
  private Instant start;
  private Instant end;
  private ProgramType type = new ProgramType(1, "Crewed");
  private Image image;
  private final List<AgencyMini> agencies = new ArrayList<>();
  private final List<MissionPatch> patches = new ArrayList<>();

  private ProgramFixture(int id, String name) {
    this.id = id;
    this.name = name;
    this.description = name + " program";
    this.image = PlaceFixture.image(500 + id);
  }

  public static ProgramFixture program(int id, String name) {
    return new ProgramFixture(id, name);
  }

  /** Mission patch {@code id} of {@code agencyId} (null: none). */
  public static MissionPatch patch(int id, String name, int priority, Integer agencyId) {
    return new MissionPatch(id, name, priority, "https://img.example/patch/" + id + ".png",
        agencyId == null ? null : PlaceFixture.agencyMini(agencyId), MissionPatch.MODE);
  }

  public ProgramFixture description(String description) {
    this.description = description;
    return this;
  }

  public ProgramFixture urls(String infoUrl, String wikiUrl) {
    this.infoUrl = infoUrl;
    this.wikiUrl = wikiUrl;
    return this;
  }

  /** Start and end dates as ISO-8601 instants; null for none. */
  public ProgramFixture dates(String start, String end) {
    this.start = start == null ? null : Instant.parse(start);
    this.end = end == null ? null : Instant.parse(end);
    return this;
  }

  public ProgramFixture type(int typeId, String typeName) {
    this.type = new ProgramType(typeId, typeName);
    return this;
  }

  public ProgramFixture noImage() {
    this.image = null;
    return this;
  }

  public ProgramFixture agencies(int... ids) {
    for (int agency : ids) agencies.add(PlaceFixture.agencyMini(agency));
    return this;
  }

  public ProgramFixture patches(MissionPatch... patches) {
    this.patches.addAll(List.of(patches));
    return this;
  }

  public ProgramNormal build() {
    return new ProgramNormal(ProgramNormal.MODE, id, null, name, image, infoUrl, wikiUrl, description,
        List.copyOf(agencies), start, end, List.copyOf(patches), type);
  }
}
