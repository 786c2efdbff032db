package dev.tminus.resource.language;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;

/** How a {@link Language} is read and written: {@code /2.3.0/config/languages/} and inside info and video urls. */
public final class Languages {
  public static final Shape<Language> LANGUAGE = Shape.of(Language.class, Tables.LANGUAGE, Tables.LANGUAGE.ID);

  private Languages() {}
}
