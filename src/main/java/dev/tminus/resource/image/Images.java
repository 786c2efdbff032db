package dev.tminus.resource.image;

import static dev.tminus.db.Tables.IMAGE_VARIANT_TYPE;

import dev.tminus.db.Tables;
import dev.tminus.resource.Rows;
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
        dsl.select(Tables.ImageVariant.ID, Tables.ImageVariant.IMAGE_ID, Tables.ImageVariant.IMAGE_URL,
                IMAGE_VARIANT_TYPE.id(), IMAGE_VARIANT_TYPE.name())
            .from(Tables.ImageVariant.TABLE)
            .leftJoin(IMAGE_VARIANT_TYPE.table()).on(IMAGE_VARIANT_TYPE.id().eq(Tables.ImageVariant.TYPE_ID))
            .where(Tables.ImageVariant.IMAGE_ID.in(ids))
            .orderBy(Tables.ImageVariant.ID)
            .fetch(),
        Tables.ImageVariant.IMAGE_ID,
        r -> new ImageVariant(r.get(Tables.ImageVariant.ID),
            r.get(IMAGE_VARIANT_TYPE.id()) == null ? null
                : new ImageVariantType(r.get(IMAGE_VARIANT_TYPE.id()), r.get(IMAGE_VARIANT_TYPE.name())),
            r.get(Tables.ImageVariant.IMAGE_URL)));
    Map<Integer, Image> out = new HashMap<>();
    for (Record r : dsl.select(Tables.fields(Tables.Image.TABLE)).select(Tables.fields(Tables.ImageLicense.TABLE))
        .from(Tables.Image.TABLE)
        .leftJoin(Tables.ImageLicense.TABLE).on(Tables.ImageLicense.ID.eq(Tables.Image.LICENSE_ID))
        .where(Tables.Image.ID.in(ids))
        .fetch()) {
      int id = r.get(Tables.Image.ID);
      out.put(id, new Image(id, r.get(Tables.Image.NAME), r.get(Tables.Image.IMAGE_URL),
          r.get(Tables.Image.THUMBNAIL_URL), r.get(Tables.Image.CREDIT), license(r),
          r.get(Tables.Image.SINGLE_USE), Rows.listOf(variants, id)));
    }
    return out;
  }

  private static ImageLicense license(Record r) {
    Integer id = r.get(Tables.ImageLicense.ID);
    if (id == null) return null;
    return new ImageLicense(id, r.get(Tables.ImageLicense.NAME), r.get(Tables.ImageLicense.PRIORITY),
        r.get(Tables.ImageLicense.LINK));
  }
}
