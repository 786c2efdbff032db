package dev.tminus.resource.image;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;

/** How images, their licenses and variants are read and written wherever they are embedded. */
public final class ImageShapes {
  public static final Shape<ImageLicense> LICENSE =
      Shape.of(ImageLicense.class, Tables.IMAGE_LICENSE, Tables.IMAGE_LICENSE.ID);

  public static final Shape<ImageVariantType> VARIANT_TYPE =
      Shape.of(ImageVariantType.class, Tables.IMAGE_VARIANT_TYPE, Tables.IMAGE_VARIANT_TYPE.ID);

  public static final Shape<ImageVariant> VARIANT = Shape.of(ImageVariant.class, Tables.IMAGE_VARIANT, Tables.IMAGE_VARIANT.ID)
      .one("type", Tables.IMAGE_VARIANT.TYPE_ID, VARIANT_TYPE);

  public static final Shape<Image> IMAGE = Shape.of(Image.class, Tables.IMAGE, Tables.IMAGE.ID)
      .one("license", Tables.IMAGE.LICENSE_ID, LICENSE)
      .children("variants", Tables.IMAGE_VARIANT.IMAGE_ID, VARIANT, Tables.IMAGE_VARIANT.ID.asc());

  private ImageShapes() {}
}
