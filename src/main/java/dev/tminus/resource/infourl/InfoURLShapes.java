package dev.tminus.resource.infourl;

import static dev.tminus.db.schema.Tables.INFO_URL_TYPE;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.language.Languages;
import org.jooq.SortField;

/**
 * How info urls are read and written for any owner. {@code info_url} has one column per kind of
 * owner (migration V8), so an owner lists its urls with one line:
 *
 * <pre>{@code
 * .children("info_urls", INFO_URL.LAUNCH_ID, InfoURLShapes.INFO_URL, InfoURLShapes.order())
 * }</pre>
 *
 * Reading gives them in upstream order; importing the owner replaces its list (absent leaves it).
 */
public final class InfoURLShapes {
  public static final Shape<InfoURLType> TYPE = Shape.of(InfoURLType.class, INFO_URL_TYPE, INFO_URL_TYPE.ID);

  public static final Shape<InfoURL> INFO_URL = Shape.of(InfoURL.class, Tables.INFO_URL, Tables.INFO_URL.ID)
      .one("type", Tables.INFO_URL.TYPE_ID, TYPE)
      .one("language", Tables.INFO_URL.LANGUAGE_ID, Languages.LANGUAGE);

  private InfoURLShapes() {}

  /** Upstream's order: by priority; urls of equal priority as they were imported (the row id). */
  public static SortField<?>[] order() {
    return new SortField<?>[] {Tables.INFO_URL.PRIORITY.asc(), Tables.INFO_URL.ID.asc()};
  }
}
