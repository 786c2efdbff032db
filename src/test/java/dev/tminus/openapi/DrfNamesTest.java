package dev.tminus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DRF's camelcase_to_spaces, as it names LL2's views. */
class DrfNamesTest {
  @Test
  void wordsAreSplitAtCapitalsAndTitleCasedAsPythonDoes() {
    assertThat(DrfNames.camelcaseToSpaces("Event")).isEqualTo("Event");
    assertThat(DrfNames.camelcaseToSpaces("CelestialBody")).isEqualTo("Celestial Body");
    assertThat(DrfNames.camelcaseToSpaces("EventUpcoming")).isEqualTo("Event Upcoming");
    assertThat(DrfNames.camelcaseToSpaces("SpacecraftConfigurationType")).isEqualTo("Spacecraft Configuration Type");
  }

  @Test
  void acronymsStayOneWordAndLoseTheirCapitals() {
    // str.title() lower-cases every letter after the first of a word: APIThrottle is "Api Throttle".
    assertThat(DrfNames.camelcaseToSpaces("APIThrottle")).isEqualTo("Api Throttle");
    assertThat(DrfNames.camelcaseToSpaces("InfoURLType")).isEqualTo("Info Url Type");
    assertThat(DrfNames.camelcaseToSpaces("VidURLType")).isEqualTo("Vid Url Type");
  }

  @Test
  void underscoresBecomeSpaces() {
    assertThat(DrfNames.camelcaseToSpaces("launch_status")).isEqualTo("Launch Status");
  }
}
