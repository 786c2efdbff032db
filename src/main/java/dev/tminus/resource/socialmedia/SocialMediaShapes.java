package dev.tminus.resource.socialmedia;

import static dev.tminus.db.schema.Tables.SOCIAL_MEDIA_LINK;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.image.ImageShapes;
import org.jooq.SortField;

/**
 * How social media links are read and written for any owner. {@code social_media_link} has one
 * column per kind of owner (migration V8: agencies, astronauts), so an owner lists its links with
 * one line:
 *
 * <pre>{@code
 * .children("social_media_links", SOCIAL_MEDIA_LINK.AGENCY_ID, SocialMediaShapes.LINK, SocialMediaShapes.order())
 * }</pre>
 *
 * Links have upstream ids: importing an owner replaces its list; the networks they point to are
 * shared, upserted by id.
 */
public final class SocialMediaShapes {
  public static final Shape<SocialMedia> SOCIAL_MEDIA = Shape.of(SocialMedia.class, Tables.SOCIAL_MEDIA,
      Tables.SOCIAL_MEDIA.ID)
      .one("logo", Tables.SOCIAL_MEDIA.LOGO_ID, ImageShapes.IMAGE);

  public static final Shape<SocialMediaLink> LINK = Shape.of(SocialMediaLink.class, SOCIAL_MEDIA_LINK,
      SOCIAL_MEDIA_LINK.ID)
      .one("social_media", SOCIAL_MEDIA_LINK.SOCIAL_MEDIA_ID, SOCIAL_MEDIA);

  private SocialMediaShapes() {}

  /** By id: the order the links were added upstream (LL2 documents none). */
  public static SortField<?>[] order() {
    return new SortField<?>[] {SOCIAL_MEDIA_LINK.ID.asc()};
  }
}
