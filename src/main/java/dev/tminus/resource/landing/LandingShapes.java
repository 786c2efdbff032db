package dev.tminus.resource.landing;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.config.Configs;

/**
 * The shape of landings, for the stages and flights that embed them: {@link Landing}, its landing
 * location and type from the config lists. Its {@code url} points where LL2 serves landings
 * ({@code /2.3.0/landings/{id}/}), a collection tminus does not serve yet (README, "Scope").
 */
public final class LandingShapes {
  public static final String COLLECTION = "landings";

  public static final Shape<Landing> LANDING = Shape.of(Landing.class, Tables.LANDING, Tables.LANDING.ID)
      .url(COLLECTION)
      .one("landing_location", Tables.LANDING.LANDING_LOCATION_ID, Configs.LANDING_LOCATION)
      .one("type", Tables.LANDING.TYPE_ID, Configs.LANDING_TYPE);

  private LandingShapes() {}
}
