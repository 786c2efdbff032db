package dev.tminus.resource.image;

import static dev.tminus.db.schema.Tables.IMAGE;
import static dev.tminus.db.schema.Tables.IMAGE_LICENSE;
import static dev.tminus.db.schema.Tables.IMAGE_VARIANT;
import static dev.tminus.db.schema.Tables.IMAGE_VARIANT_TYPE;

import dev.tminus.api.Rows;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link Image}s by id: two queries for any number of images. */
public final class Images {
  private Images() {}

  public static Map<Integer, Image> byIds(DSLContext dsl, Collection<Integer> ids) {
    if (ids.isEmpty()) return Map.of();
    var variants = Rows.group(
        dsl.select(IMAGE_VARIANT.ID, IMAGE_VARIANT.IMAGE_ID, IMAGE_VARIANT.IMAGE_URL,
                IMAGE_VARIANT_TYPE.ID, IMAGE_VARIANT_TYPE.NAME)
            .from(IMAGE_VARIANT)
            .leftJoin(IMAGE_VARIANT_TYPE).on(IMAGE_VARIANT_TYPE.ID.eq(IMAGE_VARIANT.TYPE_ID))
            .where(IMAGE_VARIANT.IMAGE_ID.in(ids))
            .orderBy(IMAGE_VARIANT.ID)
            .fetch(),
        IMAGE_VARIANT.IMAGE_ID,
        r -> new ImageVariant(r.get(IMAGE_VARIANT.ID),
            r.get(IMAGE_VARIANT_TYPE.ID) == null ? null
                : new ImageVariantType(r.get(IMAGE_VARIANT_TYPE.ID), r.get(IMAGE_VARIANT_TYPE.NAME)),
            r.get(IMAGE_VARIANT.IMAGE_URL)));
    Map<Integer, Image> out = new HashMap<>();
    for (Record r : dsl.select(IMAGE.fields()).select(IMAGE_LICENSE.fields())
        .from(IMAGE)
        .leftJoin(IMAGE_LICENSE).on(IMAGE_LICENSE.ID.eq(IMAGE.LICENSE_ID))
        .where(IMAGE.ID.in(ids))
        .fetch()) {
      int id = r.get(IMAGE.ID);
      out.put(id, new Image(id, r.get(IMAGE.NAME), r.get(IMAGE.IMAGE_URL),
          r.get(IMAGE.THUMBNAIL_URL), r.get(IMAGE.CREDIT), license(r),
          r.get(IMAGE.SINGLE_USE), Rows.listOf(variants, id)));
    }
    return out;
  }

  private static ImageLicense license(Record r) {
    Integer id = r.get(IMAGE_LICENSE.ID);
    if (id == null) return null;
    return new ImageLicense(id, r.get(IMAGE_LICENSE.NAME), r.get(IMAGE_LICENSE.PRIORITY),
        r.get(IMAGE_LICENSE.LINK));
  }
}
