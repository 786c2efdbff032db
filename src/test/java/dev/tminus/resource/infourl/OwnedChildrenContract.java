package dev.tminus.resource.infourl;

import static dev.tminus.db.schema.Tables.INFO_URL;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.UPDATE_ENTRY;
import static dev.tminus.db.schema.Tables.VID_URL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Shape;
import dev.tminus.api.ShapeLoader;
import dev.tminus.api.ShapeWriter;
import dev.tminus.db.Database;
import dev.tminus.resource.language.Language;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.update.UpdateShapes;
import dev.tminus.resource.vidurl.VidURL;
import dev.tminus.resource.vidurl.VidURLShapes;
import dev.tminus.resource.vidurl.VidURLType;
import dev.tminus.support.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Info urls, video urls and updates are children any owner can list with one line of its shape: a
 * launch (UUID key) and a program (integer key) here, written and read through the kit on each
 * database. (No launch or program endpoint shows them yet, so this reads what the kit gives.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OwnedChildrenContract {
  /** A launch with only the fields its table requires, and the three child lists. */
  public record LaunchWithChildren(UUID id, String name, String slug, List<InfoURL> infoUrls, List<VidURL> vidUrls,
      List<Update> updates) {}

  public record ProgramWithUpdates(int id, String name, List<Update> updates) {}

  static final Shape<LaunchWithChildren> LAUNCH_SHAPE = Shape.of(LaunchWithChildren.class, LAUNCH, LAUNCH.ID)
      .children("info_urls", INFO_URL.LAUNCH_ID, InfoURLShapes.INFO_URL, InfoURLShapes.order())
      .children("vid_urls", VID_URL.LAUNCH_ID, VidURLShapes.VID_URL, VidURLShapes.order())
      .children("updates", UPDATE_ENTRY.LAUNCH_ID, UpdateShapes.UPDATE, UpdateShapes.order());

  static final Shape<ProgramWithUpdates> PROGRAM_SHAPE = Shape.of(ProgramWithUpdates.class, PROGRAM, PROGRAM.ID)
      .children("updates", UPDATE_ENTRY.PROGRAM_ID, UpdateShapes.UPDATE, UpdateShapes.order());

  static final UUID SPUTNIK = UUID.fromString("e3df2ecd-c239-472f-95e4-2b89b4f75800");
  static final Language ENGLISH = new Language(1, "English", "en");

  private Database database;

  abstract TestDatabase testDatabase();

  @BeforeAll
  void open() {
    database = testDatabase().open();
  }

  @AfterAll
  void close() {
    database.close();
  }

  @Test
  void aLaunchReadsItsChildrenBackInUpstreamOrder() {
    InfoURL a = info(1, "https://a.example");
    InfoURL b = info(5, "https://b.example");
    InfoURL c = info(1, "https://c.example"); // same priority as a, listed after it
    Update older = update(20, "2025-01-01T00:00:00Z");
    Update newer = update(21, "2025-02-01T00:00:00Z");
    write(LAUNCH_SHAPE, new LaunchWithChildren(SPUTNIK, "Sputnik 1", "sputnik-1", List.of(b, a, c),
        List.of(video(2, "https://video.example/2"), video(0, "https://video.example/0")), List.of(older, newer)));

    LaunchWithChildren read = read(LAUNCH_SHAPE, SPUTNIK);

    assertThat(read.infoUrls()).containsExactly(a, c, b);
    assertThat(read.vidUrls()).extracting(VidURL::url).containsExactly("https://video.example/0", "https://video.example/2");
    assertThat(read.updates()).containsExactly(newer, older);
  }

  @Test
  void aListGivenAgainReplacesTheOwnersRowsAndAnAbsentListLeavesThem() {
    UUID id = UUID.fromString("00000000-0000-4000-8000-000000000002");
    write(LAUNCH_SHAPE, new LaunchWithChildren(id, "Two", "two", List.of(info(0, "https://old.example")),
        List.of(video(0, "https://video.example/kept")), List.of(update(30, "2025-03-01T00:00:00Z"))));

    write(LAUNCH_SHAPE, new LaunchWithChildren(id, "Two", "two", List.of(info(3, "https://new.example")), null, List.of()));

    LaunchWithChildren read = read(LAUNCH_SHAPE, id);
    assertThat(read.infoUrls()).extracting(InfoURL::url).containsExactly("https://new.example");
    assertThat(read.vidUrls()).extracting(VidURL::url).containsExactly("https://video.example/kept");
    assertThat(read.updates()).isEmpty();
  }

  @Test
  void ownersOfDifferentKindsKeepTheirOwnChildren() {
    UUID id = UUID.fromString("00000000-0000-4000-8000-000000000003");
    write(LAUNCH_SHAPE, new LaunchWithChildren(id, "Three", "three", List.of(), List.of(),
        List.of(update(40, "2025-04-01T00:00:00Z"))));
    write(PROGRAM_SHAPE, new ProgramWithUpdates(3, "Program Three", List.of(update(41, "2025-04-02T00:00:00Z"))));

    assertThat(read(LAUNCH_SHAPE, id).updates()).extracting(Update::id).containsExactly(40);
    assertThat(read(PROGRAM_SHAPE, 3).updates()).extracting(Update::id).containsExactly(41);
  }

  @Test
  void deletingTheOwnerDeletesItsChildren() {
    UUID id = UUID.fromString("00000000-0000-4000-8000-000000000004");
    write(LAUNCH_SHAPE, new LaunchWithChildren(id, "Four", "four", List.of(info(0, "https://four.example")),
        List.of(video(0, "https://video.example/4")), List.of(update(50, "2025-05-01T00:00:00Z"))));

    database.dsl().deleteFrom(LAUNCH).where(LAUNCH.ID.eq(id)).execute();

    assertThat(database.dsl().fetchCount(INFO_URL, INFO_URL.LAUNCH_ID.eq(id))).isZero();
    assertThat(database.dsl().fetchCount(VID_URL, VID_URL.LAUNCH_ID.eq(id))).isZero();
    assertThat(database.dsl().fetchCount(UPDATE_ENTRY, UPDATE_ENTRY.ID.eq(50))).isZero();
  }

  private static InfoURL info(int priority, String url) {
    return new InfoURL(priority, "example.org", "Title " + priority, null, null, url, new InfoURLType(1, "Official"),
        ENGLISH);
  }

  private static VidURL video(int priority, String url) {
    return new VidURL(priority, "youtube.com", "Agency TV", "Live", null, null, url, new VidURLType(1, "Official Webcast"),
        ENGLISH, Instant.parse("2025-12-08T21:00:00Z"), null, priority == 0);
  }

  private static Update update(int id, String createdOn) {
    return new Update(id, null, "Comment " + id, null, "Cosmic_Penguin", Instant.parse(createdOn));
  }

  private void write(Shape<?> shape, Object object) {
    database.dsl().transaction(tx -> {
      ShapeWriter writer = new ShapeWriter(DSL.using(tx));
      writer.add(shape, object);
      writer.flush();
    });
  }

  private <R extends java.lang.Record, K> R read(Shape<R> shape, K id) {
    List<Object> read = new ShapeLoader<K>(Map.of(Mode.NORMAL, shape))
        .represent(database.dsl(), List.of(id), Mode.NORMAL, Links.of("http://127.0.0.1", null));
    assertThat(read).hasSize(1);
    return shape.type().cast(read.get(0));
  }
}
