package dev.tminus.generate;

import dev.tminus.resource.config.AstronautRole;
import dev.tminus.resource.config.AstronautType;
import dev.tminus.resource.config.CelestialBodyType;
import dev.tminus.resource.config.FirstStageType;
import dev.tminus.resource.config.LandingType;
import dev.tminus.resource.config.LauncherStatus;
import dev.tminus.resource.config.MissionType;
import dev.tminus.resource.config.NoticeType;
import dev.tminus.resource.config.PayloadType;
import dev.tminus.resource.config.RoadClosureStatus;
import dev.tminus.resource.config.SpacecraftConfigType;
import dev.tminus.resource.config.SpacecraftStatus;
import dev.tminus.resource.config.TimelineEventType;
import dev.tminus.resource.country.Country;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The config lists nothing else in the generated data draws from at random: small fixed
 * vocabularies in upstream's spirit (the same for every seed), ids ascending as tminus lists them.
 */
final class Vocabularies {
  private Vocabularies() {}

  static final List<AstronautRole> ASTRONAUT_ROLES = List.of(new AstronautRole(1, "Commander", 1),
      new AstronautRole(2, "Pilot", 2), new AstronautRole(3, "Flight Engineer", 3),
      new AstronautRole(4, "Mission Specialist", 4), new AstronautRole(5, "Payload Specialist", 5),
      new AstronautRole(6, "Spaceflight Participant", 6), new AstronautRole(7, "Backup Crew", 10));

  static final List<AstronautType> ASTRONAUT_TYPES =
      named(AstronautType::new, "Government", "Private", "Commercial", "Unknown");

  static final List<CelestialBodyType> CELESTIAL_BODY_TYPES =
      named(CelestialBodyType::new, "Planet", "Moon", "Star", "Dwarf Planet", "Asteroid", "Comet");

  static final List<FirstStageType> FIRST_STAGE_TYPES = named(FirstStageType::new, "Core", "Strap-On Booster", "Unknown");

  static final List<LandingType> LANDING_TYPES = List.of(
      new LandingType(1, "Autonomous Spaceport Drone Ship", "ASDS", "An ocean-going barge the booster lands on."),
      new LandingType(2, "Return to Launch Site", "RTLS", "The booster flies back to a pad near where it left."),
      new LandingType(3, "Ocean", "Ocean", "A controlled splashdown, usually without recovery."),
      new LandingType(4, "Parachute Landing", "Parachute", "A capsule or stage descends under canopies."),
      new LandingType(5, "Vertical Landing", "VL", "A powered landing on another world."),
      new LandingType(6, "Helicopter Catch", "Catch", null));

  static final List<LauncherStatus> LAUNCHER_STATUSES =
      named(LauncherStatus::new, "Active", "Retired", "Expended", "Lost", "Destroyed", "Unknown");

  static final List<MissionType> MISSION_TYPES = named(MissionType::new, "Communications", "Earth Science",
      "Planetary Science", "Astrophysics", "Heliophysics", "Human Exploration", "Robotic Exploration",
      "Government/Top Secret", "Tourism", "Test Flight", "Resupply", "Navigation", "Dedicated Rideshare");

  static final List<NoticeType> NOTICE_TYPES =
      named(NoticeType::new, "Notice to Airmen", "Navigational Warning", "Hazard Area", "Road Closure Notice");

  static final List<PayloadType> PAYLOAD_TYPES = named(PayloadType::new, "Satellite", "Probe", "Crew Capsule",
      "Cargo Vehicle", "Lander", "Rover", "Space Station Module", "Dummy Mass");

  static final List<RoadClosureStatus> ROAD_CLOSURE_STATUSES =
      named(RoadClosureStatus::new, "Scheduled", "Possible", "Canceled", "Revoked");

  static final List<SpacecraftConfigType> SPACECRAFT_CONFIGURATION_TYPES =
      named(SpacecraftConfigType::new, "Capsule", "Cargo Vehicle", "Spaceplane", "Lander", "Space Station Module");

  static final List<SpacecraftStatus> SPACECRAFT_STATUSES =
      named(SpacecraftStatus::new, "Active", "Retired", "Destroyed", "In Development", "Single Use", "Unknown");

  static final List<TimelineEventType> TIMELINE_EVENT_TYPES = List.of(new TimelineEventType(1, "T0", "Liftoff"),
      new TimelineEventType(2, "Max-Q", "Maximum dynamic pressure"),
      new TimelineEventType(3, "MECO", "Main engine cut-off"),
      new TimelineEventType(4, "Stage Sep", "First and second stage separation"),
      new TimelineEventType(5, "SES-1", "Second engine start"),
      new TimelineEventType(6, "Fairing Sep", "Payload fairing separation"),
      new TimelineEventType(7, "SECO-1", "Second engine cut-off"),
      new TimelineEventType(8, "Entry Burn", "The booster slows itself for re-entry"),
      new TimelineEventType(9, "Landing", "The booster touches down"),
      new TimelineEventType(10, "Payload Sep", "Payload separation"));

  /** Countries by id, with ISO 3166-1 codes and the two nationality names upstream gives. */
  static final List<Country> COUNTRIES = List.of(
      new Country(1, "United States of America", "US", "USA", "American", "American"),
      new Country(2, "Russian Federation", "RU", "RUS", "Russian", "Russian"),
      new Country(3, "People's Republic of China", "CN", "CHN", "Chinese", "Chinese"),
      new Country(4, "France", "FR", "FRA", "French", "French"),
      new Country(5, "Japan", "JP", "JPN", "Japanese", "Japanese"),
      new Country(6, "India", "IN", "IND", "Indian", "Indian"),
      new Country(7, "New Zealand", "NZ", "NZL", "New Zealander", "New Zealand"),
      new Country(8, "Kazakhstan", "KZ", "KAZ", "Kazakh", "Kazakhstani"),
      new Country(9, "United Kingdom", "GB", "GBR", "British", "British"),
      new Country(10, "Germany", "DE", "DEU", "German", "German"),
      new Country(11, "Republic of Korea", "KR", "KOR", "South Korean", "South Korean"),
      new Country(12, "Islamic Republic of Iran", "IR", "IRN", "Iranian", "Iranian"),
      new Country(13, "Italy", "IT", "ITA", "Italian", "Italian"),
      new Country(14, "Canada", "CA", "CAN", "Canadian", "Canadian"),
      new Country(15, "Israel", "IL", "ISR", "Israeli", "Israeli"),
      new Country(16, "Brazil", "BR", "BRA", "Brazilian", "Brazilian"),
      new Country(17, "Australia", "AU", "AUS", "Australian", "Australian"),
      new Country(18, "Norway", "NO", "NOR", "Norwegian", "Norwegian"),
      new Country(19, "Sweden", "SE", "SWE", "Swedish", "Swedish"),
      new Country(20, "Spain", "ES", "ESP", "Spanish", "Spanish"));

  /** {@code (1, first), (2, second), …}. */
  private static <T> List<T> named(BiFunction<Integer, String, T> make, String... names) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) out.add(make.apply(i + 1, names[i]));
    return List.copyOf(out);
  }
}
