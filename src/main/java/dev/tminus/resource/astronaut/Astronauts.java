package dev.tminus.resource.astronaut;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.ASTRONAUT_STATUS;

import dev.tminus.api.Links;
import dev.tminus.db.Tables.Astronaut;
import dev.tminus.resource.Rows;
import dev.tminus.resource.agency.Agencies;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.Images;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link AstronautNormal}s by id with their status, agency and image. */
public final class Astronauts {
  public static final String COLLECTION = "astronauts";

  private Astronauts() {}

  public static Map<Integer, AstronautNormal> byIds(DSLContext dsl, Collection<Integer> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    var rows = dsl.select(Tables.fields(Astronaut.TABLE)).select(ASTRONAUT_STATUS.id(), ASTRONAUT_STATUS.name())
        .from(Astronaut.TABLE)
        .leftJoin(ASTRONAUT_STATUS.table()).on(ASTRONAUT_STATUS.id().eq(Astronaut.STATUS_ID))
        .where(Astronaut.ID.in(ids))
        .fetch();
    Map<Integer, AgencyMini> agencies = Agencies.byIds(dsl, Rows.distinct(rows, Astronaut.AGENCY_ID), links);
    Map<Integer, Image> images = Images.byIds(dsl, Rows.distinct(rows, Astronaut.IMAGE_ID));
    Map<Integer, AstronautNormal> out = new HashMap<>();
    for (Record r : rows) {
      int id = r.get(Astronaut.ID);
      Integer statusId = r.get(ASTRONAUT_STATUS.id());
      out.put(id, new AstronautNormal(id, links.url(COLLECTION, id), r.get(Astronaut.NAME),
          statusId == null ? null : new AstronautStatus(statusId, r.get(ASTRONAUT_STATUS.name())),
          Rows.lookup(agencies, r.get(Astronaut.AGENCY_ID)), Rows.lookup(images, r.get(Astronaut.IMAGE_ID))));
    }
    return out;
  }
}
