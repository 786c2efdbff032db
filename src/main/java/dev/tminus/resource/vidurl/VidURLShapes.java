package dev.tminus.resource.vidurl;

import static dev.tminus.db.schema.Tables.VID_URL_TYPE;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.language.Languages;
import org.jooq.SortField;

/**
 * How video urls are read and written for any owner. {@code vid_url} has one column per kind of
 * owner (migration V8), so an owner lists its videos with one line:
 *
 * <pre>{@code
 * .children("vid_urls", VID_URL.LAUNCH_ID, VidURLShapes.VID_URL, VidURLShapes.order())
 * }</pre>
 *
 * Reading gives them in upstream order; importing the owner replaces its list (absent leaves it).
 */
public final class VidURLShapes {
  public static final Shape<VidURLType> TYPE = Shape.of(VidURLType.class, VID_URL_TYPE, VID_URL_TYPE.ID);

  public static final Shape<VidURL> VID_URL = Shape.of(VidURL.class, Tables.VID_URL, Tables.VID_URL.ID)
      .one("type", Tables.VID_URL.TYPE_ID, TYPE)
      .one("language", Tables.VID_URL.LANGUAGE_ID, Languages.LANGUAGE);

  private VidURLShapes() {}

  /** Upstream's order: by priority, main webcast first; equal priorities as they were imported (the row id). */
  public static SortField<?>[] order() {
    return new SortField<?>[] {Tables.VID_URL.PRIORITY.asc(), Tables.VID_URL.ID.asc()};
  }
}
