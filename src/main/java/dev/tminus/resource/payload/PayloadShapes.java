package dev.tminus.resource.payload;

import static dev.tminus.db.schema.Tables.PAYLOAD;
import static dev.tminus.db.schema.Tables.PAYLOAD_PROGRAM;
import static dev.tminus.db.schema.Tables.PAYLOAD_TYPE;

import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.config.PayloadType;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.program.ProgramShapes;

/**
 * The shapes of payloads, for {@code /2.3.0/payloads/} and for what embeds them: a docking
 * location ({@link #MINI}), a launch's payload flights ({@link #DETAILED}). A payload's programs are
 * listed by id.
 */
public final class PayloadShapes {
  public static final String COLLECTION = "payloads";

  public static final Shape<PayloadType> TYPE = Shape.of(PayloadType.class, PAYLOAD_TYPE, PAYLOAD_TYPE.ID);

  public static final Shape<PayloadMini> MINI = Shape.of(PayloadMini.class, PAYLOAD, PAYLOAD.ID)
      .mode("list")
      .one("type", PAYLOAD.TYPE_ID, TYPE)
      .one("manufacturer", PAYLOAD.MANUFACTURER_ID, AgencyShapes.MINI)
      .one("operator", PAYLOAD.OPERATOR_ID, AgencyShapes.MINI)
      .one("image", PAYLOAD.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<PayloadNormal> NORMAL = Shape.of(PayloadNormal.class, PAYLOAD, PAYLOAD.ID)
      .mode("normal")
      .one("type", PAYLOAD.TYPE_ID, TYPE)
      .one("manufacturer", PAYLOAD.MANUFACTURER_ID, AgencyShapes.NORMAL)
      .one("operator", PAYLOAD.OPERATOR_ID, AgencyShapes.NORMAL)
      .one("image", PAYLOAD.IMAGE_ID, ImageShapes.IMAGE)
      .many("program", PAYLOAD_PROGRAM, PAYLOAD_PROGRAM.PAYLOAD_ID, PAYLOAD_PROGRAM.PROGRAM_ID, ProgramShapes.MINI);

  // The manufacturer and operator are AgencyDetailed, which nested says "normal" (AgencyShapes).
  public static final Shape<PayloadDetailed> DETAILED = Shape.of(PayloadDetailed.class, PAYLOAD, PAYLOAD.ID)
      .mode("detailed")
      .one("type", PAYLOAD.TYPE_ID, TYPE)
      .one("manufacturer", PAYLOAD.MANUFACTURER_ID, AgencyShapes.DETAILED)
      .one("operator", PAYLOAD.OPERATOR_ID, AgencyShapes.DETAILED)
      .one("image", PAYLOAD.IMAGE_ID, ImageShapes.IMAGE)
      .many("program", PAYLOAD_PROGRAM, PAYLOAD_PROGRAM.PAYLOAD_ID, PAYLOAD_PROGRAM.PROGRAM_ID, ProgramShapes.NORMAL);

  private PayloadShapes() {}
}
