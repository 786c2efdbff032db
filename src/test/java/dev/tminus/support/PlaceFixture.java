package dev.tminus.support;

import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.agency.AgencyType;
import dev.tminus.resource.celestialbody.CelestialBodyDetailed;
import dev.tminus.resource.celestialbody.CelestialBodyEndpointDetailed;
import dev.tminus.resource.config.CelestialBodyType;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageLicense;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.image.ImageVariantType;
import dev.tminus.resource.location.Location;
import dev.tminus.resource.location.LocationSerializerNoCelestialBody;
import dev.tminus.resource.location.LocationSerializerWithPads;
import dev.tminus.resource.pad.Pad;
import dev.tminus.resource.pad.PadSerializerNoLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Small, hand-made celestial bodies, locations and pads, each as the record its own endpoint
 * imports ({@code CelestialBodyEndpointDetailed} with its locations, {@code LocationSerializerWithPads}
 * with its pads, {@code Pad} with its location and agencies) and as the smaller records they are
 * embedded as. Only what a rule looks at is set; the rest is filled in, never null where upstream's
 * schema requires an object.
 */
public final class PlaceFixture {
  public static final Country USA = new Country(2, "United States of America", "US", "USA", "American", "Americans");
  public static final Country KAZAKHSTAN = new Country(3, "Kazakhstan", "KZ", "KAZ", "Kazakh", "Kazakhs");
  public static final Country NEW_ZEALAND = new Country(4, "New Zealand", "NZ", "NZL", "New Zealander", "New Zealanders");

  private static final ImageLicense LICENSE = new ImageLicense(1, "CC BY 4.0", 3, "https://creativecommons.org/licenses/by/4.0/");
  private static final AgencyType GOVERNMENT = new AgencyType(1, "Government");

  private PlaceFixture() {}

  /** Image {@code id} with one variant of its own. */
  public static Image image(int id) {
    return new Image(id, "Image " + id, "https://img.example/" + id + ".png", "https://img.example/" + id + "_t.png",
        "Credit " + id, LICENSE, false, List.of(new ImageVariant(id * 10, new ImageVariantType(2, "Thumbnail"),
            "https://img.example/" + id + "_v.png")));
  }

  public static AgencyMini agencyMini(int id) {
    return new AgencyMini("list", id, null, "Agency " + id, "A" + id, GOVERNMENT);
  }

  public static AgencyNormal agencyNormal(int id) {
    return new AgencyNormal("normal", id, null, "Agency " + id, "A" + id, GOVERNMENT, id % 2 == 0, List.of(USA),
        "Agency " + id + " launches", "Administrator " + id, 1950 + id % 50, "Rocket " + id, "Capsule " + id, null,
        image(900 + id), null, null);
  }

  public static Body body(int id, String name) {
    return new Body(id, name);
  }

  public static Place location(int id, String name, Body body) {
    return new Place(id, name, body);
  }

  public static Site pad(int id, String name, Place location) {
    return new Site(id, name, location);
  }

  /** A celestial body: {@code /2.3.0/celestial_bodies/}. */
  public static final class Body {
    final int id;
    final String name;
    CelestialBodyType type = new CelestialBodyType(1, "Planet");
    String description;
    final List<Place> locations = new ArrayList<>();

    Body(int id, String name) {
      this.id = id;
      this.name = name;
      this.description = name + " is a celestial body.";
    }

    public Body type(int typeId, String typeName) {
      this.type = new CelestialBodyType(typeId, typeName);
      return this;
    }

    /** The body as its detail endpoint serves it, with the locations given with {@link Place}. */
    public CelestialBodyEndpointDetailed endpointDetailed() {
      return new CelestialBodyEndpointDetailed("detailed", id, name, type, 12742000.0 + id, 5.97e24, 9.81,
          "P0DT24H00M00S", true, image(100 + id), description, "https://en.wikipedia.org/wiki/" + name, 10 + id, 9,
          1, 5, 4, 1, locations.stream().map(Place::noCelestialBody).toList());
    }

    /** The body inside a location (upstream's {@code CelestialBodyDetailed}, in normal mode). */
    public CelestialBodyDetailed detailed() {
      return new CelestialBodyDetailed("normal", id, name, type, 12742000.0 + id, 5.97e24, 9.81, "P0DT24H00M00S", true,
          image(100 + id), description, "https://en.wikipedia.org/wiki/" + name, 10 + id, 9, 1, 5, 4, 1);
    }
  }

  /** A location: {@code /2.3.0/locations/}. */
  public static final class Place {
    final int id;
    final String name;
    final Body body;
    Country country = USA;
    Integer launches;
    Integer landings;
    final List<Site> pads = new ArrayList<>();

    Place(int id, String name, Body body) {
      this.id = id;
      this.name = name;
      this.body = body;
      body.locations.add(this);
    }

    public Place country(Country country) {
      this.country = country;
      return this;
    }

    public Place launches(Integer totalLaunchCount) {
      this.launches = totalLaunchCount;
      return this;
    }

    public Place landings(Integer totalLandingCount) {
      this.landings = totalLandingCount;
      return this;
    }

    /** The location as its normal mode (and a pad) shows it. */
    public Location normal() {
      return new Location("normal", id, null, name, body.detailed(), true, country, "About " + name, image(200 + id),
          "https://maps.example/" + id + ".jpg", -80.0 - id / 100.0, 28.0 + id / 100.0, "America/New_York", launches,
          landings);
    }

    public LocationSerializerNoCelestialBody noCelestialBody() {
      return new LocationSerializerNoCelestialBody("normal", id, null, name, true, country, "About " + name,
          image(200 + id), "https://maps.example/" + id + ".jpg", -80.0 - id / 100.0, 28.0 + id / 100.0,
          "America/New_York", launches, landings);
    }

    /** The location as its detail endpoint serves it, with the pads given with {@link Site}. */
    public LocationSerializerWithPads withPads() {
      return new LocationSerializerWithPads("detailed", id, null, name, body.detailed(), true, country, "About " + name,
          image(200 + id), "https://maps.example/" + id + ".jpg", -80.0 - id / 100.0, 28.0 + id / 100.0,
          "America/New_York", launches, landings, pads.stream().map(Site::noLocation).toList());
    }
  }

  /** A pad: {@code /2.3.0/pads/}. */
  public static final class Site {
    final int id;
    final String name;
    final Place location;
    final List<Integer> agencies = new ArrayList<>();
    Double latitude = 28.5;
    Double longitude = -80.5;
    Integer orbitalLaunchAttempts;
    Integer launches;

    Site(int id, String name, Place location) {
      this.id = id;
      this.name = name;
      this.location = location;
      location.pads.add(this);
    }

    public Site agencies(Integer... ids) {
      agencies.addAll(List.of(ids));
      return this;
    }

    public Site at(double latitude, double longitude) {
      this.latitude = latitude;
      this.longitude = longitude;
      return this;
    }

    public Site counts(Integer orbitalLaunchAttempts, Integer launches) {
      this.orbitalLaunchAttempts = orbitalLaunchAttempts;
      this.launches = launches;
      return this;
    }

    public Pad pad() {
      return new Pad(id, null, true, agencies.stream().map(PlaceFixture::agencyNormal).toList(), name, image(300 + id),
          "Pad " + name, "https://info.example/" + id, "https://en.wikipedia.org/wiki/Pad_" + id,
          "https://maps.example/pad/" + id, latitude, longitude, location.country, "https://maps.example/pad/" + id + ".jpg",
          launches, orbitalLaunchAttempts, "P" + id + "D", location.normal());
    }

    public PadSerializerNoLocation noLocation() {
      return new PadSerializerNoLocation(id, null, true, agencies.stream().map(PlaceFixture::agencyMini).toList(), name,
          image(300 + id), "Pad " + name, "https://info.example/" + id, "https://en.wikipedia.org/wiki/Pad_" + id,
          "https://maps.example/pad/" + id, latitude, longitude, location.country,
          "https://maps.example/pad/" + id + ".jpg", launches, orbitalLaunchAttempts, "P" + id + "D");
    }
  }
}
