package dev.tminus.resource.astronaut;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.ASTRONAUT_STATUS;

import dev.tminus.db.Tables.Astronaut;
import dev.tminus.resource.Rows;
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
  public static Supplier<Map<Integer, List<AstronautNormal>>> ofOwners(DSLContext dsl, Tables.Join<Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(Tables.fields(Astronaut.TABLE))
        .select(ASTRONAUT_STATUS.id(), ASTRONAUT_STATUS.name())
        .from(join.table())
        .join(Astronaut.TABLE).on(Astronaut.ID.eq(join.target()))
        .leftJoin(ASTRONAUT_STATUS.table()).on(ASTRONAUT_STATUS.id().eq(Astronaut.STATUS_ID))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) {
      shared.needAgency(r.get(Astronaut.AGENCY_ID));
      shared.needImage(r.get(Astronaut.IMAGE_ID));
    }
    return () -> Rows.group(rows, join.owner(), r -> {
      int id = r.get(Astronaut.ID);
      Integer statusId = r.get(ASTRONAUT_STATUS.id());
      return new AstronautNormal(id, shared.links().url(COLLECTION, id), r.get(Astronaut.NAME),
          statusId == null ? null : new AstronautStatus(statusId, r.get(ASTRONAUT_STATUS.name())),
          shared.agency(r.get(Astronaut.AGENCY_ID)), shared.image(r.get(Astronaut.IMAGE_ID)));
    });
  }
}
