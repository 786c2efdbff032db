package dev.tminus.api;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_COUNTRY;
import static dev.tminus.db.schema.Tables.IMAGE;
import static dev.tminus.db.schema.Tables.IMAGE_VARIANT;
import static dev.tminus.db.schema.Tables.LOCATION;
import static dev.tminus.db.schema.Tables.PAD;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.schema.Tables.PAD_AGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.Database;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.agency.AgencyType;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageLicense;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.image.ImageVariantType;
import dev.tminus.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link ShapeWriter} on a real database: an object is upserted with exactly the columns its shape
 * carries (a smaller shape never erases what a larger one stored), nested objects first; a join
 * ({@code .many}) or owned ({@code .children}) list replaces the stored one when present and is
 * left alone when absent; a {@code .referencedBy} list upserts its objects and deletes none. Each
 * test uses ids of its own in one database per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShapeWriterContract {
  /** A program with its agencies, through a join table. */
  record Programme(int id, String name, String description, List<AgencyMini> agencies, Image image) {}

  /** A location and the pads pointing to it. */
  record Place(int id, String name, List<Spot> pads) {}

  record Spot(int id, String name, Double latitude) {}

  static final Shape<Programme> PROGRAMME = Shape.of(Programme.class, PROGRAM, PROGRAM.ID)
      .many("agencies", PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID, PROGRAM_AGENCY.AGENCY_ID, AgencyShapes.MINI)
      .one("image", PROGRAM.IMAGE_ID, ImageShapes.IMAGE);

  static final Shape<Spot> SPOT = Shape.of(Spot.class, PAD, PAD.ID);

  /** A pad with its operators in their normal shape. */
  record Site(int id, String name, List<AgencyNormal> agencies) {}

  static final Shape<Site> SITE = Shape.of(Site.class, PAD, PAD.ID)
      .many("agencies", PAD_AGENCY, PAD_AGENCY.PAD_ID, PAD_AGENCY.AGENCY_ID, AgencyShapes.NORMAL);

  /** A location and the pads pointing to it, each of which names its location again. */
  record Area(int id, String name, List<Stand> pads) {}

  record Stand(int id, String name, AreaName location) {}

  record AreaName(int id, String name) {}

  static final Shape<Stand> STAND = Shape.of(Stand.class, PAD, PAD.ID)
      .one("location", PAD.LOCATION_ID, Shape.of(AreaName.class, LOCATION, LOCATION.ID));

  static final Shape<Area> AREA = Shape.of(Area.class, LOCATION, LOCATION.ID)
      .referencedBy("pads", PAD.LOCATION_ID, STAND, PAD.ID.asc());

  static final Shape<Place> PLACE = Shape.of(Place.class, LOCATION, LOCATION.ID)
      .referencedBy("pads", PAD.LOCATION_ID, SPOT, PAD.ID.asc());

  private static final AgencyType GOVERNMENT = new AgencyType(1, "Government");
  private static final ImageLicense LICENSE = new ImageLicense(1, "CC BY 4.0", 3, "https://creativecommons.org/licenses/by/4.0/");
  private static final Country USA = new Country(2, "United States of America", "US", "USA", "American", "Americans");
  private static final Country FRANCE = new Country(3, "France", "FR", "FRA", "French", "Frenchmen");

  private Database database;

  abstract TestDatabase database();

  @BeforeAll
  void open() {
    database = database().open();
  }

  @AfterAll
  void close() {
    database.close();
  }

  private DSLContext dsl() {
    return database.dsl();
  }

  /** One writer in one transaction, as an import runs it; returns it for its counts. */
  private ShapeWriter write(Consumer<ShapeWriter> adds) {
    return dsl().transactionResult(tx -> {
      ShapeWriter w = new ShapeWriter(tx.dsl());
      adds.accept(w);
      w.flush();
      return w;
    });
  }

  private static AgencyMini mini(int id, String name) {
    return new AgencyMini("list", id, null, name, "A" + id, GOVERNMENT);
  }

  private static AgencyNormal normal(int id, String name, List<Country> countries) {
    return new AgencyNormal("normal", id, null, name, "A" + id, GOVERNMENT, true, countries, "Founded to explore",
        "Administrator " + id, 1958, "Saturn V", "Apollo", "Parent " + id, image(id * 10, List.of()), null, null);
  }

  private static Image image(int id, List<ImageVariant> variants) {
    return new Image(id, "Image " + id, "https://img/" + id + ".png", "https://img/" + id + "_t.png", "Credit", LICENSE,
        false, variants);
  }

  private static ImageVariant variant(int id) {
    return new ImageVariant(id, new ImageVariantType(1, "Normal"), "https://img/v" + id + ".png");
  }

  private List<Integer> agenciesOfProgram(int program) {
    return dsl().select(PROGRAM_AGENCY.AGENCY_ID).from(PROGRAM_AGENCY).where(PROGRAM_AGENCY.PROGRAM_ID.eq(program))
        .orderBy(PROGRAM_AGENCY.AGENCY_ID).fetch(PROGRAM_AGENCY.AGENCY_ID);
  }

  private List<Integer> countriesOfAgency(int agency) {
    return dsl().select(AGENCY_COUNTRY.COUNTRY_ID).from(AGENCY_COUNTRY).where(AGENCY_COUNTRY.AGENCY_ID.eq(agency))
        .orderBy(AGENCY_COUNTRY.COUNTRY_ID).fetch(AGENCY_COUNTRY.COUNTRY_ID);
  }

  private List<Integer> variantsOfImage(int image) {
    return dsl().select(IMAGE_VARIANT.ID).from(IMAGE_VARIANT).where(IMAGE_VARIANT.IMAGE_ID.eq(image))
        .orderBy(IMAGE_VARIANT.ID).fetch(IMAGE_VARIANT.ID);
  }

  private List<Integer> padsOfLocation(int location) {
    return dsl().select(PAD.ID).from(PAD).where(PAD.LOCATION_ID.eq(location)).orderBy(PAD.ID).fetch(PAD.ID);
  }

  @Test
  void aSmallerShapeNeverErasesWhatALargerOneStored() {
    write(w -> w.add(AgencyShapes.NORMAL, normal(1044, "NASA", List.of(USA))));
    write(w -> w.add(AgencyShapes.MINI, mini(1044, "National Aeronautics and Space Administration")));
    var row = dsl().selectFrom(AGENCY).where(AGENCY.ID.eq(1044)).fetchOne();
    assertThat(row.getName()).isEqualTo("National Aeronautics and Space Administration");
    assertThat(row.getDescription()).isEqualTo("Founded to explore");
    assertThat(row.getFoundingYear()).isEqualTo(1958);
    assertThat(row.getFeatured()).isTrue();
    assertThat(row.getImageId()).isEqualTo(10440);
    assertThat(countriesOfAgency(1044)).containsExactly(2);
  }

  @Test
  void aRicherRecordWrittenWithASmallerShapeWritesOnlyThatShapesColumns() {
    write(w -> w.add(AgencyShapes.MINI, normal(1045, "ESA", List.of(FRANCE))));
    var row = dsl().selectFrom(AGENCY).where(AGENCY.ID.eq(1045)).fetchOne();
    assertThat(row.getName()).isEqualTo("ESA");
    assertThat(row.getDescription()).isNull();
    assertThat(row.getFeatured()).as("the column's default").isFalse();
    assertThat(countriesOfAgency(1045)).isEmpty();
  }

  @Test
  void anObjectNestedInASmallShapeKeepsWhatItsOwnLargerShapeStored() {
    write(w -> w.add(AgencyShapes.NORMAL, normal(1046, "JAXA", List.of())));
    write(w -> w.add(PROGRAMME, new Programme(2001, "Hayabusa", null, List.of(mini(1046, "JAXA (renamed)")), null)));
    var row = dsl().selectFrom(AGENCY).where(AGENCY.ID.eq(1046)).fetchOne();
    assertThat(row.getName()).isEqualTo("JAXA (renamed)");
    assertThat(row.getAdministrator()).isEqualTo("Administrator 1046");
  }

  @Test
  void anAbsentJoinListLeavesTheStoredOneAndAPresentOneReplacesIt() {
    write(w -> w.add(PROGRAMME, new Programme(2002, "Apollo", "Moon", List.of(mini(1101, "A"), mini(1102, "B")), null)));
    assertThat(agenciesOfProgram(2002)).containsExactly(1101, 1102);
    write(w -> w.add(PROGRAMME, new Programme(2002, "Apollo", "Moon", null, null)));
    assertThat(agenciesOfProgram(2002)).containsExactly(1101, 1102);
    write(w -> w.add(PROGRAMME, new Programme(2002, "Apollo", "Moon", List.of(mini(1103, "C")), null)));
    assertThat(agenciesOfProgram(2002)).containsExactly(1103);
    write(w -> w.add(PROGRAMME, new Programme(2002, "Apollo", "Moon", List.of(), null)));
    assertThat(agenciesOfProgram(2002)).isEmpty();
    assertThat(dsl().fetchCount(AGENCY, AGENCY.ID.in(1101, 1102, 1103))).as("the related objects stay").isEqualTo(3);
  }

  @Test
  void aNullNestedObjectClearsTheForeignKeyItsShapeCarries() {
    write(w -> w.add(PROGRAMME, new Programme(2003, "Gemini", null, null, image(3001, List.of()))));
    assertThat(dsl().select(PROGRAM.IMAGE_ID).from(PROGRAM).where(PROGRAM.ID.eq(2003)).fetchOne(PROGRAM.IMAGE_ID)).isEqualTo(3001);
    write(w -> w.add(PROGRAMME, new Programme(2003, "Gemini", null, null, null)));
    assertThat(dsl().select(PROGRAM.IMAGE_ID).from(PROGRAM).where(PROGRAM.ID.eq(2003)).fetchOne(PROGRAM.IMAGE_ID)).isNull();
    assertThat(dsl().fetchCount(IMAGE, IMAGE.ID.eq(3001))).as("the image itself stays").isEqualTo(1);
  }

  @Test
  void ownedChildrenAreReplacedWhenPresentAndLeftWhenAbsent() {
    write(w -> {
      w.add(ImageShapes.IMAGE, image(3101, List.of(variant(31011), variant(31012))));
      w.add(ImageShapes.IMAGE, image(3102, List.of(variant(31021))));
    });
    assertThat(variantsOfImage(3101)).containsExactly(31011, 31012);
    write(w -> w.add(ImageShapes.IMAGE, image(3101, null)));
    assertThat(variantsOfImage(3101)).containsExactly(31011, 31012);
    write(w -> w.add(ImageShapes.IMAGE, image(3101, List.of(variant(31013)))));
    assertThat(variantsOfImage(3101)).containsExactly(31013);
    assertThat(variantsOfImage(3102)).as("another owner's children").containsExactly(31021);
  }

  @Test
  void aFullBatchOfOwnersWithManyChildrenReplacesExactlyTheUnlistedOnes() {
    // 2,000 owners (a batch) of 5 children each: more values than one delete statement carries.
    int first = 60_001;
    int owners = ShapeWriter.BATCH;
    write(w -> {
      for (int id = first; id < first + owners; id++) w.add(ImageShapes.IMAGE, image(id, variants(id, 1, 5)));
    });
    write(w -> {
      for (int id = first; id < first + owners; id++) w.add(ImageShapes.IMAGE, image(id, variants(id, 2, 6)));
    });
    assertThat(dsl().fetchCount(IMAGE_VARIANT, IMAGE_VARIANT.IMAGE_ID.between(first, first + owners - 1)))
        .isEqualTo(owners * 5);
    for (int id : List.of(first, first + owners / 2, first + owners - 1)) {
      assertThat(variantsOfImage(id)).containsExactly(id * 10 + 2, id * 10 + 3, id * 10 + 4, id * 10 + 5, id * 10 + 6);
    }
  }

  private static List<ImageVariant> variants(int image, int from, int to) {
    List<ImageVariant> out = new java.util.ArrayList<>();
    for (int k = from; k <= to; k++) out.add(variant(image * 10 + k));
    return out;
  }

  @Test
  void referencingObjectsAreUpsertedPointingHereAndNoneIsDeleted() {
    write(w -> w.add(PLACE, new Place(4010, "Cape", List.of(new Spot(4101, "SLC-40", 28.5), new Spot(4102, "SLC-41", 28.6)))));
    assertThat(padsOfLocation(4010)).containsExactly(4101, 4102);
    write(w -> w.add(PLACE, new Place(4010, "Cape", List.of(new Spot(4103, "LC-39A", 28.6)))));
    assertThat(padsOfLocation(4010)).containsExactly(4101, 4102, 4103);
    write(w -> w.add(PLACE, new Place(4010, "Cape Canaveral", null)));
    assertThat(padsOfLocation(4010)).containsExactly(4101, 4102, 4103);
    write(w -> w.add(PLACE, new Place(4020, "Kennedy", List.of(new Spot(4102, "SLC-41 (moved)", 28.7)))));
    assertThat(padsOfLocation(4010)).containsExactly(4101, 4103);
    assertThat(padsOfLocation(4020)).containsExactly(4102);
    assertThat(dsl().select(PAD.NAME).from(PAD).where(PAD.ID.eq(4102)).fetchOne(PAD.NAME)).isEqualTo("SLC-41 (moved)");
  }

  @Test
  void whatIsWrittenReadsBackAsTheSameRecords() {
    Programme written = new Programme(2004, "Artemis", "Back to the Moon", List.of(mini(1201, "NASA"), mini(1202, "ESA")),
        image(3201, List.of(variant(32011), variant(32012))));
    write(w -> w.add(PROGRAMME, written));
    List<Object> read = new ShapeLoader<Integer>(Map.of(Mode.NORMAL, PROGRAMME))
        .represent(dsl(), List.of(2004), Mode.NORMAL, Links.of("http://host", null));
    Programme expected = new Programme(2004, "Artemis", "Back to the Moon",
        List.of(new AgencyMini("list", 1201, "http://host/2.3.0/agencies/1201/", "NASA", "A1201", GOVERNMENT),
            new AgencyMini("list", 1202, "http://host/2.3.0/agencies/1202/", "ESA", "A1202", GOVERNMENT)),
        written.image());
    assertThat(read).containsExactly(expected);
  }

  @Test
  void theCountsSayWhichObjectsWereNewAndAnObjectGivenTwiceEndsAsItsLastCopy() {
    ShapeWriter first = write(w -> {
      w.add(PLACE, new Place(4030, "First", null));
      w.add(PLACE, new Place(4031, "Second", null));
    });
    assertThat(first.created()).isEqualTo(2);
    assertThat(first.updated()).isZero();
    ShapeWriter again = write(w -> {
      w.add(PLACE, new Place(4031, "Second, renamed", null));
      w.add(PLACE, new Place(4032, "Third", null));
      w.add(PLACE, new Place(4031, "Second, renamed twice", null));
    });
    assertThat(again.created()).isEqualTo(1);
    assertThat(again.updated()).isEqualTo(2);
    assertThat(dsl().select(LOCATION.NAME).from(LOCATION).where(LOCATION.ID.eq(4031)).fetchOne(LOCATION.NAME))
        .isEqualTo("Second, renamed twice");
  }

  @Test
  void aCopyNestedInAnotherObjectNeverOverwritesTheObjectItselfGivenEarlier() {
    write(w -> {
      w.add(AgencyShapes.NORMAL, normal(1301, "NASA", List.of(USA)));
      w.add(PROGRAMME, new Programme(2005, "Mercury", null, List.of(mini(1301, "An older name")), null));
    });
    assertThat(dsl().select(AGENCY.NAME).from(AGENCY).where(AGENCY.ID.eq(1301)).fetchOne(AGENCY.NAME)).isEqualTo("NASA");
    assertThat(agenciesOfProgram(2005)).containsExactly(1301);
  }

  @Test
  void aCopyCarryingColumnsTheObjectsShapeLacksIsStillWritten() {
    write(w -> {
      w.add(AgencyShapes.MINI, mini(1302, "CNES"));
      w.add(SITE, new Site(4040, "ELA-4", List.of(normal(1302, "Centre national d'études spatiales", List.of(FRANCE)))));
    });
    var row = dsl().selectFrom(AGENCY).where(AGENCY.ID.eq(1302)).fetchOne();
    assertThat(row.getName()).isEqualTo("Centre national d'études spatiales");
    assertThat(row.getDescription()).isEqualTo("Founded to explore");
    assertThat(countriesOfAgency(1302)).containsExactly(3);
  }

  @Test
  void aReferencingObjectThatNamesItsOwnerIsWrittenOnceAndPointsToTheOwner() {
    write(w -> w.add(AREA, new Area(4050, "Wallops", List.of(new Stand(4501, "LP-0A", new AreaName(4050, "Wallops")),
        new Stand(4502, "LP-0B", null)))));
    assertThat(padsOfLocation(4050)).as("listed under 4050, so at 4050").containsExactly(4501, 4502);
  }
}
