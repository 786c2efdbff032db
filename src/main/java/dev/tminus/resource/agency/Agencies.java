package dev.tminus.resource.agency;

import static dev.tminus.db.Tables.AGENCY_TYPE;

import dev.tminus.api.Links;
import dev.tminus.db.Tables.Agency;
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
    for (Record r : dsl.select(Agency.ID, Agency.NAME, Agency.ABBREV, AGENCY_TYPE.id(), AGENCY_TYPE.name())
        .from(Agency.TABLE)
        .leftJoin(AGENCY_TYPE.table()).on(AGENCY_TYPE.id().eq(Agency.TYPE_ID))
        .where(Agency.ID.in(ids))
        .fetch()) {
      int id = r.get(Agency.ID);
      Integer typeId = r.get(AGENCY_TYPE.id());
      out.put(id, new AgencyMini(AgencyMini.MODE, id, links.url(COLLECTION, id), r.get(Agency.NAME),
          r.get(Agency.ABBREV), typeId == null ? null : new AgencyType(typeId, r.get(AGENCY_TYPE.name()))));
    }
    return out;
  }
}
