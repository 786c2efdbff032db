package dev.tminus.resource.agency;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_TYPE;

import dev.tminus.api.Links;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link AgencyMini}s by id in one query. */
public final class Agencies {
  public static final String COLLECTION = "agencies";

  private Agencies() {}

  public static Map<Integer, AgencyMini> byIds(DSLContext dsl, Collection<Integer> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    Map<Integer, AgencyMini> out = new HashMap<>();
    for (Record r : dsl.select(AGENCY.ID, AGENCY.NAME, AGENCY.ABBREV, AGENCY_TYPE.ID, AGENCY_TYPE.NAME)
        .from(AGENCY)
        .leftJoin(AGENCY_TYPE).on(AGENCY_TYPE.ID.eq(AGENCY.TYPE_ID))
        .where(AGENCY.ID.in(ids))
        .fetch()) {
      int id = r.get(AGENCY.ID);
      Integer typeId = r.get(AGENCY_TYPE.ID);
      out.put(id, new AgencyMini(AgencyMini.MODE, id, links.url(COLLECTION, id), r.get(AGENCY.NAME),
          r.get(AGENCY.ABBREV), typeId == null ? null : new AgencyType(typeId, r.get(AGENCY_TYPE.NAME))));
    }
    return out;
  }
}
