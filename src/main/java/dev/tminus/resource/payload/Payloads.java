package dev.tminus.resource.payload;

import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.PAYLOAD;
import static dev.tminus.db.schema.Tables.PAYLOAD_FLIGHT;
import static dev.tminus.db.schema.Tables.PAYLOAD_PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM;

import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.api.filter.Filters;
import java.time.Instant;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@code /2.3.0/payloads/}: list ({@link PayloadMini}), normal ({@link PayloadNormal}, the lists'
 * default) and detailed ({@link PayloadDetailed}, the details' default), with the filters, search
 * fields and ordering fields of upstream's help text. What goes through {@code payloadflight} reads
 * the payload's flights on launches' rockets: a search term is found when one flight's destination or
 * launch name has it, and {@code ordering=payloadflight__rocket__launch__net} orders by the payload's
 * first flight (each payload once; Django would list a payload once per flight).
 */
public final class Payloads {
  private Payloads() {}

  /** The launch date of the payload's first flight, null when it has flown on no stored launch. */
  static final Field<Instant> FIRST_FLIGHT_NET = DSL.field(DSL.select(DSL.min(LAUNCH.NET)).from(PAYLOAD_FLIGHT)
      .join(LAUNCH).on(LAUNCH.ROCKET_ID.eq(PAYLOAD_FLIGHT.ROCKET_ID))
      .where(PAYLOAD_FLIGHT.PAYLOAD_ID.eq(PAYLOAD.ID)));

  public static Resource<Integer> resource() {
    return Resource.<Integer>named(PayloadShapes.COLLECTION, "Payload")
        .table(PAYLOAD, PAYLOAD.ID, Resource::integerId)
        .polymorphic("PayloadEndpoint")
        .mode(Mode.LIST, PayloadShapes.MINI)
        .mode(Mode.NORMAL, PayloadShapes.NORMAL)
        .mode(Mode.DETAILED, PayloadShapes.DETAILED)
        .filters(Filters.number("manufacturer__id", PAYLOAD.MANUFACTURER_ID, EXACT))
        .filters(Filters.via("manufacturer", PAYLOAD.MANUFACTURER_ID, AGENCY.ID, Filters.text("name", AGENCY.NAME, EXACT)))
        .filters(Filters.text("name", PAYLOAD.NAME, EXACT))
        .filters(Filters.number("operator", PAYLOAD.OPERATOR_ID, EXACT))
        .filters(Filters.number("operator__id", PAYLOAD.OPERATOR_ID, EXACT))
        .filters(Filters.via("operator", PAYLOAD.OPERATOR_ID, AGENCY.ID, Filters.text("name", AGENCY.NAME, EXACT)))
        .filters(Filters.viaMany("program", PAYLOAD.ID, PAYLOAD_PROGRAM, PAYLOAD_PROGRAM.PAYLOAD_ID,
            PAYLOAD_PROGRAM.PROGRAM_ID, PROGRAM.ID, Filters.number("id", PROGRAM.ID, EXACT)))
        .search(Search.through("manufacturer__name", PAYLOAD.MANUFACTURER_ID, AGENCY.ID, AGENCY.NAME))
        .search(PAYLOAD.NAME)
        .search(Search.through("operator__name", PAYLOAD.OPERATOR_ID, AGENCY.ID, AGENCY.NAME))
        .search(Search.through("payloadflight__destination", PAYLOAD.ID, PAYLOAD_FLIGHT.DESTINATION,
            matching -> DSL.select(PAYLOAD_FLIGHT.PAYLOAD_ID).from(PAYLOAD_FLIGHT).where(matching)))
        .search(Search.through("payloadflight__rocket__launch__name", PAYLOAD.ID, LAUNCH.NAME, matching -> DSL
            .select(PAYLOAD_FLIGHT.PAYLOAD_ID).from(PAYLOAD_FLIGHT).join(LAUNCH).on(LAUNCH.ROCKET_ID.eq(PAYLOAD_FLIGHT.ROCKET_ID))
            .where(matching)))
        .ordering("id", PAYLOAD.ID)
        .ordering("name", PAYLOAD.NAME)
        .ordering("payloadflight__rocket__launch__net", FIRST_FLIGHT_NET)
        .defaultOrdering(PAYLOAD.ID.asc())
        .examples("program__id=18", "EarthCare", "-payloadflight__rocket__launch__net")
        .validate();
  }
}
