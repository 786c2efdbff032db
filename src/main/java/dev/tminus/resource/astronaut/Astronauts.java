package dev.tminus.resource.astronaut;

import static dev.tminus.db.schema.Tables.ASTRONAUT;
import static dev.tminus.db.schema.Tables.ASTRONAUT_STATUS;

import dev.tminus.db.Join;
import dev.tminus.api.Rows;
import dev.tminus.resource.common.Shared;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads the {@link AstronautNormal}s of owners through a join table: one query, their agencies and images {@link Shared}. */
public final class Astronauts {
  public static final String COLLECTION = "astronauts";

  private Astronauts() {}

  /** The astronauts of each owner of {@code join} (an event), ordered by astronaut id. */
  public static Supplier<Map<Integer, List<AstronautNormal>>> ofOwners(DSLContext dsl, Join<Integer, Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(ASTRONAUT.fields())
        .select(ASTRONAUT_STATUS.ID, ASTRONAUT_STATUS.NAME)
        .from(join.table())
        .join(ASTRONAUT).on(ASTRONAUT.ID.eq(join.target()))
        .leftJoin(ASTRONAUT_STATUS).on(ASTRONAUT_STATUS.ID.eq(ASTRONAUT.STATUS_ID))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) {
      shared.needAgency(r.get(ASTRONAUT.AGENCY_ID));
      shared.needImage(r.get(ASTRONAUT.IMAGE_ID));
    }
    return () -> Rows.group(rows, join.owner(), r -> {
      int id = r.get(ASTRONAUT.ID);
      Integer statusId = r.get(ASTRONAUT_STATUS.ID);
      return new AstronautNormal(id, shared.links().url(COLLECTION, id), r.get(ASTRONAUT.NAME),
          statusId == null ? null : new AstronautStatus(statusId, r.get(ASTRONAUT_STATUS.NAME)),
          shared.agency(r.get(ASTRONAUT.AGENCY_ID)), shared.image(r.get(ASTRONAUT.IMAGE_ID)));
    });
  }
}
