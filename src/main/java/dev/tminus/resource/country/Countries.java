package dev.tminus.resource.country;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;

/** How a {@link Country} is read and written: {@code /2.3.0/config/countries/} and wherever a country is embedded. */
public final class Countries {
  public static final Shape<Country> COUNTRY = Shape.of(Country.class, Tables.COUNTRY, Tables.COUNTRY.ID);

  private Countries() {}
}
