package dev.tminus.api;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_COUNTRY;
import static dev.tminus.db.schema.Tables.COUNTRY;
import static dev.tminus.db.schema.Tables.IMAGE;
import static dev.tminus.db.schema.Tables.IMAGE_VARIANT;
import static dev.tminus.db.schema.Tables.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.resource.Resources;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.image.ImageVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Shape#validate()}: a component maps to the column of its name unless declared otherwise,
 * and a misdeclared shape fails with a message naming the record, the component and what to
 * declare for it.
 */
class ShapeValidateTest {
  record Nickname(int id, String nickname) {}

  record Renamed(int id, String title) {}

  record WrongType(int id, Integer name) {}

  record WrongNested(int id, Image country) {}

  record CountryNotAList(int id, Country country) {}

  record VariantsNotAList(int id, ImageVariant variants) {}

  record UrlWithoutKey(String url, String name) {}

  record Upper(int id, String name) {}

  record BadInside(int id, Nickname country) {}

  @Test
  void aComponentWithoutAColumnOfItsNameSaysWhatToDeclare() {
    assertThatThrownBy(() -> Shape.of(Nickname.class, COUNTRY, COUNTRY.ID).validate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Nickname: component 'nickname' has no column 'nickname' in table country; declare it with "
            + ".column, .one, .many, .children, .computed or .constant");
  }

  @Test
  void aColumnOfAnotherNameIsDeclaredWithColumn() {
    Shape<Renamed> shape = Shape.of(Renamed.class, COUNTRY, COUNTRY.ID).column("title", COUNTRY.NAME).validate();
    assertThat(shape.scalarColumns()).containsExactly("id", "title");
  }

  @Test
  void aDeclarationForNoComponentIsNamed() {
    assertThatThrownBy(() -> Shape.of(Upper.class, COUNTRY, COUNTRY.ID).column("title", COUNTRY.NAME).validate())
        .hasMessage("Upper: declared [title] but the record has no such component");
  }

  @Test
  void aComponentDeclaredTwiceIsRefusedAtOnce() {
    assertThatThrownBy(() -> Shape.of(Renamed.class, COUNTRY, COUNTRY.ID).column("title", COUNTRY.NAME)
        .column("title", COUNTRY.ALPHA_3_CODE))
        .hasMessage("Renamed: component 'title' is declared twice");
  }

  @Test
  void aComponentOfAnotherTypeThanItsColumnIsNamedWithBothTypes() {
    assertThatThrownBy(() -> Shape.of(WrongType.class, COUNTRY, COUNTRY.ID).validate())
        .hasMessage("WrongType.name is a Integer but column name holds String");
  }

  @Test
  void aNestedObjectMustBeTheNestedShapesRecord() {
    assertThatThrownBy(() -> Shape.of(WrongNested.class, LOCATION, LOCATION.ID)
        .one("country", LOCATION.COUNTRY_ID, Countries.COUNTRY).validate())
        .hasMessage("WrongNested.country is a Image but the nested shape is Country");
  }

  @Test
  void relatedAndChildListsMustBeLists() {
    assertThatThrownBy(() -> Shape.of(CountryNotAList.class, AGENCY, AGENCY.ID)
        .many("country", AGENCY_COUNTRY, AGENCY_COUNTRY.AGENCY_ID, AGENCY_COUNTRY.COUNTRY_ID, Countries.COUNTRY).validate())
        .hasMessage("CountryNotAList.country must be a List to hold related Country");
    assertThatThrownBy(() -> Shape.of(VariantsNotAList.class, IMAGE, IMAGE.ID)
        .children("variants", IMAGE_VARIANT.IMAGE_ID, ImageShapes.VARIANT, IMAGE_VARIANT.ID.asc()).validate())
        .hasMessage("VariantsNotAList.variants must be a List to hold ImageVariant");
  }

  @Test
  void aUrlNeedsTheKeyInTheRecord() {
    assertThatThrownBy(() -> Shape.of(UrlWithoutKey.class, COUNTRY, COUNTRY.ID).url("config/countries").validate())
        .hasMessage("UrlWithoutKey: a url is built from the key, which the record lacks");
  }

  @Test
  void nestedShapesAreValidatedWithTheirOwner() {
    Shape<Nickname> inner = Shape.of(Nickname.class, COUNTRY, COUNTRY.ID);
    assertThatThrownBy(() -> Shape.of(BadInside.class, LOCATION, LOCATION.ID).one("country", LOCATION.COUNTRY_ID, inner)
        .validate())
        .hasMessageStartingWith("Nickname: component 'nickname' has no column 'nickname'");
  }

  @Test
  void onlyRecordsHaveShapes() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Record> notARecord = (Class) String.class;
    assertThatThrownBy(() -> Shape.of(notARecord, COUNTRY, COUNTRY.ID))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("java.lang.String is not a record");
  }

  @Test
  void plainComponentsMapToTheirColumnsInRecordOrder() {
    assertThat(Countries.COUNTRY.scalarColumns()).containsExactly("id", "name", "alpha_2_code", "alpha_3_code",
        "nationality_name", "nationality_name_composed");
    assertThat(ImageShapes.IMAGE.scalarColumns()).containsExactly("id", "name", "image_url", "thumbnail_url", "credit",
        "single_use");
  }

  @Test
  void everyRegisteredResourcesOrderingFieldsAreColumnsOfItsTable() {
    for (Resource<?> r : Resources.ALL) {
      for (var e : r.orderable().entrySet()) {
        assertThat(e.getValue()).as(r.collection() + " ordering " + e.getKey()).isNotNull();
      }
      assertThat(r.orderable()).as(r.collection()).isNotEmpty();
    }
    assertThat(List.copyOf(Resources.byCollection("config/orbits").orderable().keySet())).containsExactly("id", "name", "abbrev");
  }
}
