package dev.tminus.db;

import static dev.tminus.db.schema.Tables.EVENT_AGENCY;
import static dev.tminus.db.schema.Tables.EVENT_ASTRONAUT;
import static dev.tminus.db.schema.Tables.EVENT_EXPEDITION;
import static dev.tminus.db.schema.Tables.EVENT_LAUNCH;
import static dev.tminus.db.schema.Tables.EVENT_PROGRAM;
import static dev.tminus.db.schema.Tables.EVENT_SPACESTATION;
import static dev.tminus.db.schema.Tables.EXPEDITION_MISSION_PATCH;
import static dev.tminus.db.schema.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.schema.Tables.PROGRAM_MISSION_PATCH;

import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A many-to-many join table from an owner (an event, a program …) to a target, for code that reads
 * or writes any of them alike: the generated table with its owner and target key columns.
 */
public record Join<O, T>(Table<?> table, Field<O> owner, Field<T> target) {
  public static final Join<Integer, Integer> EXPEDITION_MISSION_PATCHES =
      of(EXPEDITION_MISSION_PATCH, EXPEDITION_MISSION_PATCH.EXPEDITION_ID, EXPEDITION_MISSION_PATCH.MISSION_PATCH_ID);
  public static final Join<Integer, Integer> PROGRAM_AGENCIES =
      of(PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID, PROGRAM_AGENCY.AGENCY_ID);
  public static final Join<Integer, Integer> PROGRAM_MISSION_PATCHES =
      of(PROGRAM_MISSION_PATCH, PROGRAM_MISSION_PATCH.PROGRAM_ID, PROGRAM_MISSION_PATCH.MISSION_PATCH_ID);
  public static final Join<Integer, Integer> EVENT_AGENCIES =
      of(EVENT_AGENCY, EVENT_AGENCY.EVENT_ID, EVENT_AGENCY.AGENCY_ID);
  public static final Join<Integer, UUID> EVENT_LAUNCHES =
      of(EVENT_LAUNCH, EVENT_LAUNCH.EVENT_ID, EVENT_LAUNCH.LAUNCH_ID);
  public static final Join<Integer, Integer> EVENT_EXPEDITIONS =
      of(EVENT_EXPEDITION, EVENT_EXPEDITION.EVENT_ID, EVENT_EXPEDITION.EXPEDITION_ID);
  public static final Join<Integer, Integer> EVENT_SPACESTATIONS =
      of(EVENT_SPACESTATION, EVENT_SPACESTATION.EVENT_ID, EVENT_SPACESTATION.SPACESTATION_ID);
  public static final Join<Integer, Integer> EVENT_PROGRAMS =
      of(EVENT_PROGRAM, EVENT_PROGRAM.EVENT_ID, EVENT_PROGRAM.PROGRAM_ID);
  public static final Join<Integer, Integer> EVENT_ASTRONAUTS =
      of(EVENT_ASTRONAUT, EVENT_ASTRONAUT.EVENT_ID, EVENT_ASTRONAUT.ASTRONAUT_ID);

  /** The join {@code table} from {@code owner} to {@code target}, both columns of that table. */
  public static <R extends Record, O, T> Join<O, T> of(Table<R> table, TableField<R, O> owner,
      TableField<R, T> target) {
    return new Join<>(table, owner, target);
  }
}
