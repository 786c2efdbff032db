package dev.tminus.resource.socialmedia;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.ASTRONAUT;
import static dev.tminus.db.schema.Tables.SOCIAL_MEDIA_LINK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Shape;
import dev.tminus.api.ShapeLoader;
import dev.tminus.api.ShapeWriter;
import dev.tminus.db.Database;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageLicense;
import dev.tminus.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Agencies and astronauts list their social media links with one line of their shape; the networks
 * the links point to are shared objects. Written and read through the kit on each database. (No
 * agency or astronaut endpoint shows them yet, so this reads what the kit gives.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SocialMediaLinksContract {
  public record AgencyWithLinks(int id, String name, List<SocialMediaLink> socialMediaLinks) {}

  public record AstronautWithLinks(int id, String name, List<SocialMediaLink> socialMediaLinks) {}

  static final Shape<AgencyWithLinks> AGENCY_SHAPE = Shape.of(AgencyWithLinks.class, AGENCY, AGENCY.ID)
      .children("social_media_links", SOCIAL_MEDIA_LINK.AGENCY_ID, SocialMediaShapes.LINK, SocialMediaShapes.order());

  static final Shape<AstronautWithLinks> ASTRONAUT_SHAPE = Shape.of(AstronautWithLinks.class, ASTRONAUT, ASTRONAUT.ID)
      .children("social_media_links", SOCIAL_MEDIA_LINK.ASTRONAUT_ID, SocialMediaShapes.LINK, SocialMediaShapes.order());

  static final Image LOGO = new Image(9, "Twitter logo", "https://media.example/twitter.png",
      "https://media.example/twitter_thumb.png", null, new ImageLicense(1, "Unknown", 0, null), false, List.of());
  static final SocialMedia TWITTER = new SocialMedia(1, "Twitter", "https://twitter.com", LOGO);
  static final SocialMedia YOUTUBE = new SocialMedia(2, "YouTube", "https://youtube.com", null);

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
  void anAgencyReadsItsLinksBackByIdWithTheirNetworks() {
    SocialMediaLink tweets = new SocialMediaLink(12, TWITTER, "https://twitter.com/nasa");
    SocialMediaLink videos = new SocialMediaLink(11, YOUTUBE, "https://youtube.com/nasa");
    write(AGENCY_SHAPE, new AgencyWithLinks(44, "NASA", List.of(tweets, videos)));

    assertThat(read(AGENCY_SHAPE, 44).socialMediaLinks()).containsExactly(videos, tweets);
  }

  @Test
  void aListGivenAgainReplacesTheOwnersLinksAndLeavesOtherOwnersAlone() {
    write(AGENCY_SHAPE, new AgencyWithLinks(63, "Roscosmos", List.of(new SocialMediaLink(21, TWITTER, "https://twitter.com/roscosmos"),
        new SocialMediaLink(22, YOUTUBE, "https://youtube.com/roscosmos"))));
    SocialMediaLink astronauts = new SocialMediaLink(23, TWITTER, "https://twitter.com/someone");
    write(ASTRONAUT_SHAPE, new AstronautWithLinks(7, "Someone", List.of(astronauts)));

    write(AGENCY_SHAPE, new AgencyWithLinks(63, "Roscosmos", List.of(new SocialMediaLink(22, YOUTUBE, "https://youtube.com/rsc"))));

    assertThat(read(AGENCY_SHAPE, 63).socialMediaLinks()).extracting(SocialMediaLink::url)
        .containsExactly("https://youtube.com/rsc");
    assertThat(read(ASTRONAUT_SHAPE, 7).socialMediaLinks()).containsExactly(astronauts);
  }

  @Test
  void aNetworkIsOneObjectWhoeverLinksToIt() {
    write(AGENCY_SHAPE, new AgencyWithLinks(27, "ESA", List.of(new SocialMediaLink(31, YOUTUBE, "https://youtube.com/esa"))));
    SocialMedia renamed = new SocialMedia(2, "YouTube (renamed)", "https://youtube.com", null);
    write(ASTRONAUT_SHAPE, new AstronautWithLinks(8, "Another", List.of(new SocialMediaLink(32, renamed, "https://youtube.com/x"))));

    assertThat(read(AGENCY_SHAPE, 27).socialMediaLinks().get(0).socialMedia()).isEqualTo(renamed);
  }

  @Test
  void deletingTheOwnerDeletesItsLinks() {
    write(ASTRONAUT_SHAPE, new AstronautWithLinks(9, "Gone", List.of(new SocialMediaLink(41, TWITTER, "https://twitter.com/gone"))));

    database.dsl().deleteFrom(ASTRONAUT).where(ASTRONAUT.ID.eq(9)).execute();

    assertThat(database.dsl().fetchCount(SOCIAL_MEDIA_LINK, SOCIAL_MEDIA_LINK.ID.eq(41))).isZero();
  }

  private void write(Shape<?> shape, Object object) {
    database.dsl().transaction(tx -> {
      ShapeWriter writer = new ShapeWriter(DSL.using(tx));
      writer.add(shape, object);
      writer.flush();
    });
  }

  private <R extends java.lang.Record> R read(Shape<R> shape, int id) {
    List<Object> read = new ShapeLoader<Integer>(Map.of(Mode.NORMAL, shape))
        .represent(database.dsl(), List.of(id), Mode.NORMAL, Links.of("http://127.0.0.1", null));
    assertThat(read).hasSize(1);
    return shape.type().cast(read.get(0));
  }
}
