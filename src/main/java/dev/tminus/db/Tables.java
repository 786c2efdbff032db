package dev.tminus.db;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.BOOLEAN;
import static org.jooq.impl.SQLDataType.INSTANT;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.UUID;
import static org.jooq.impl.SQLDataType.VARCHAR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The tables of {@code db/migration}, declared for jOOQ: one nested class per table, one constant
 * per column. Kept by hand beside the migrations (no code generator in the build);
 * {@code TablesMatchMigrationsTest} compares the two on both databases.
 */
public final class Tables {
  private Tables() {}

  // Every declared column by table, in declaration order: plain tables have no field list of their own.
  private static final Map<String, List<Field<?>>> COLUMNS = new ConcurrentHashMap<>();

  static <T> Field<T> column(String table, String column, DataType<T> type) {
    Field<T> f = field(name(table, column), type);
    COLUMNS.computeIfAbsent(table, t -> new CopyOnWriteArrayList<>()).add(f);
    return f;
  }

  /** The declared columns of {@code table}, qualified, for {@code select(Tables.fields(Event.TABLE))}. */
  public static Field<?>[] fields(Table<?> table) {
    List<Field<?>> columns = COLUMNS.get(table.getName());
    if (columns == null) throw new IllegalArgumentException("no columns declared for table " + table.getName());
    return columns.toArray(Field<?>[]::new);
  }

  /** Every table declared so far with its columns' names; nested classes declare theirs when first used. */
  static Map<String, List<String>> declared() {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    COLUMNS.forEach((t, fields) -> out.put(t, fields.stream().map(Field::getName).toList()));
    return out;
  }

  /** A small {@code {id, name}} table such as {@code event_type} or {@code agency_type}. */
  public record Lookup(String tableName, Table<Record> table, Field<Integer> id, Field<String> name) {
    static Lookup of(String tableName) {
      return new Lookup(tableName, DSL.table(DSL.name(tableName)),
          column(tableName, "id", INTEGER), column(tableName, "name", VARCHAR));
    }
  }

  /** A many-to-many join table from an owner (an event, a program …) to a target. */
  public record Join<K>(String tableName, Table<Record> table, Field<Integer> owner, Field<K> target) {
    static <K> Join<K> of(String tableName, String owner, String target, DataType<K> targetType) {
      return new Join<>(tableName, DSL.table(DSL.name(tableName)),
          column(tableName, owner, INTEGER), column(tableName, target, targetType));
    }
  }

  public static final Lookup IMAGE_VARIANT_TYPE = Lookup.of("image_variant_type");
  public static final Lookup AGENCY_TYPE = Lookup.of("agency_type");
  public static final Lookup SPACE_STATION_STATUS = Lookup.of("space_station_status");
  public static final Lookup SPACE_STATION_TYPE = Lookup.of("space_station_type");
  public static final Lookup PROGRAM_TYPE = Lookup.of("program_type");
  public static final Lookup ASTRONAUT_STATUS = Lookup.of("astronaut_status");
  public static final Lookup EVENT_TYPE = Lookup.of("event_type");
  public static final Lookup INFO_URL_TYPE = Lookup.of("info_url_type");
  public static final Lookup VID_URL_TYPE = Lookup.of("vid_url_type");

  public static final Join<Integer> EXPEDITION_MISSION_PATCH =
      Join.of("expedition_mission_patch", "expedition_id", "mission_patch_id", INTEGER);
  public static final Join<Integer> PROGRAM_AGENCY = Join.of("program_agency", "program_id", "agency_id", INTEGER);
  public static final Join<Integer> PROGRAM_MISSION_PATCH =
      Join.of("program_mission_patch", "program_id", "mission_patch_id", INTEGER);
  public static final Join<Integer> EVENT_AGENCY = Join.of("event_agency", "event_id", "agency_id", INTEGER);
  public static final Join<java.util.UUID> EVENT_LAUNCH = Join.of("event_launch", "event_id", "launch_id", UUID);
  public static final Join<Integer> EVENT_EXPEDITION = Join.of("event_expedition", "event_id", "expedition_id", INTEGER);
  public static final Join<Integer> EVENT_SPACESTATION =
      Join.of("event_spacestation", "event_id", "spacestation_id", INTEGER);
  public static final Join<Integer> EVENT_PROGRAM = Join.of("event_program", "event_id", "program_id", INTEGER);
  public static final Join<Integer> EVENT_ASTRONAUT = Join.of("event_astronaut", "event_id", "astronaut_id", INTEGER);

  public static final class ImageLicense {
    private static final String T = "image_license";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<Integer> PRIORITY = column(T, "priority", INTEGER);
    public static final Field<String> LINK = column(T, "link", VARCHAR);
  }

  public static final class Image {
    private static final String T = "image";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<String> IMAGE_URL = column(T, "image_url", VARCHAR);
    public static final Field<String> THUMBNAIL_URL = column(T, "thumbnail_url", VARCHAR);
    public static final Field<String> CREDIT = column(T, "credit", VARCHAR);
    public static final Field<Integer> LICENSE_ID = column(T, "license_id", INTEGER);
    public static final Field<Boolean> SINGLE_USE = column(T, "single_use", BOOLEAN);
  }

  public static final class ImageVariant {
    private static final String T = "image_variant";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<Integer> IMAGE_ID = column(T, "image_id", INTEGER);
    public static final Field<Integer> TYPE_ID = column(T, "type_id", INTEGER);
    public static final Field<String> IMAGE_URL = column(T, "image_url", VARCHAR);
  }

  public static final class Agency {
    private static final String T = "agency";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<String> ABBREV = column(T, "abbrev", VARCHAR);
    public static final Field<Integer> TYPE_ID = column(T, "type_id", INTEGER);
  }

  /** Also used for launch statuses: both are {@code {id, name, abbrev, description}}. */
  public record Described(Table<Record> table, Field<Integer> id, Field<String> name, Field<String> abbrev,
      Field<String> description) {
    static Described of(String t) {
      return new Described(DSL.table(DSL.name(t)), column(t, "id", INTEGER), column(t, "name", VARCHAR),
          column(t, "abbrev", VARCHAR), column(t, "description", VARCHAR));
    }
  }

  public static final Described NET_PRECISION = Described.of("net_precision");
  public static final Described LAUNCH_STATUS = Described.of("launch_status");

  public static final class Launch {
    private static final String T = "launch";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<java.util.UUID> ID = column(T, "id", UUID);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<String> SLUG = column(T, "slug", VARCHAR);
    public static final Field<String> LAUNCH_DESIGNATOR = column(T, "launch_designator", VARCHAR);
    public static final Field<Integer> STATUS_ID = column(T, "status_id", INTEGER);
    public static final Field<Instant> LAST_UPDATED = column(T, "last_updated", INSTANT);
    public static final Field<Instant> NET = column(T, "net", INSTANT);
    public static final Field<Integer> NET_PRECISION_ID = column(T, "net_precision_id", INTEGER);
    public static final Field<Instant> WINDOW_END = column(T, "window_end", INSTANT);
    public static final Field<Instant> WINDOW_START = column(T, "window_start", INSTANT);
    public static final Field<Integer> IMAGE_ID = column(T, "image_id", INTEGER);
    public static final Field<String> INFOGRAPHIC = column(T, "infographic", VARCHAR);
  }

  public static final class SpaceStation {
    private static final String T = "space_station";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<Integer> IMAGE_ID = column(T, "image_id", INTEGER);
    public static final Field<Integer> STATUS_ID = column(T, "status_id", INTEGER);
    public static final Field<LocalDate> FOUNDED = column(T, "founded", LOCALDATE);
    public static final Field<LocalDate> DEORBITED = column(T, "deorbited", LOCALDATE);
    public static final Field<String> DESCRIPTION = column(T, "description", VARCHAR);
    public static final Field<String> ORBIT = column(T, "orbit", VARCHAR);
    public static final Field<Integer> TYPE_ID = column(T, "type_id", INTEGER);
  }

  public static final class MissionPatch {
    private static final String T = "mission_patch";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<Integer> PRIORITY = column(T, "priority", INTEGER);
    public static final Field<String> IMAGE_URL = column(T, "image_url", VARCHAR);
    public static final Field<Integer> AGENCY_ID = column(T, "agency_id", INTEGER);
  }

  public static final class Expedition {
    private static final String T = "expedition";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<Instant> START_TIME = column(T, "start_time", INSTANT);
    public static final Field<Instant> END_TIME = column(T, "end_time", INSTANT);
    public static final Field<Integer> SPACESTATION_ID = column(T, "spacestation_id", INTEGER);
  }

  public static final class Spacewalk {
    private static final String T = "spacewalk";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<Instant> START_TIME = column(T, "start_time", INSTANT);
    public static final Field<Instant> END_TIME = column(T, "end_time", INSTANT);
    public static final Field<String> DURATION = column(T, "duration", VARCHAR);
    public static final Field<String> LOCATION = column(T, "location", VARCHAR);
    public static final Field<Integer> EXPEDITION_ID = column(T, "expedition_id", INTEGER);
  }

  public static final class Program {
    private static final String T = "program";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<Integer> IMAGE_ID = column(T, "image_id", INTEGER);
    public static final Field<String> INFO_URL = column(T, "info_url", VARCHAR);
    public static final Field<String> WIKI_URL = column(T, "wiki_url", VARCHAR);
    public static final Field<String> DESCRIPTION = column(T, "description", VARCHAR);
    public static final Field<Instant> START_DATE = column(T, "start_date", INSTANT);
    public static final Field<Instant> END_DATE = column(T, "end_date", INSTANT);
    public static final Field<Integer> TYPE_ID = column(T, "type_id", INTEGER);
  }

  public static final class Astronaut {
    private static final String T = "astronaut";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<Integer> STATUS_ID = column(T, "status_id", INTEGER);
    public static final Field<Integer> AGENCY_ID = column(T, "agency_id", INTEGER);
    public static final Field<Integer> IMAGE_ID = column(T, "image_id", INTEGER);
  }

  public static final class Language {
    private static final String T = "language";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<String> CODE = column(T, "code", VARCHAR);
  }

  public static final class Event {
    private static final String T = "event";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<String> NAME = column(T, "name", VARCHAR);
    public static final Field<String> SLUG = column(T, "slug", VARCHAR);
    public static final Field<Integer> TYPE_ID = column(T, "type_id", INTEGER);
    public static final Field<String> DESCRIPTION = column(T, "description", VARCHAR);
    public static final Field<Boolean> WEBCAST_LIVE = column(T, "webcast_live", BOOLEAN);
    public static final Field<String> LOCATION = column(T, "location", VARCHAR);
    public static final Field<Instant> DATE = column(T, "date", INSTANT);
    public static final Field<Integer> DATE_PRECISION_ID = column(T, "date_precision_id", INTEGER);
    public static final Field<String> DURATION = column(T, "duration", VARCHAR);
    public static final Field<Integer> IMAGE_ID = column(T, "image_id", INTEGER);
    public static final Field<Instant> LAST_UPDATED = column(T, "last_updated", INSTANT);
  }

  public static final class EventInfoUrl {
    private static final String T = "event_info_url";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Long> ID = column(T, "id", BIGINT);
    public static final Field<Integer> EVENT_ID = column(T, "event_id", INTEGER);
    public static final Field<Integer> PRIORITY = column(T, "priority", INTEGER);
    public static final Field<String> SOURCE = column(T, "source", VARCHAR);
    public static final Field<String> TITLE = column(T, "title", VARCHAR);
    public static final Field<String> DESCRIPTION = column(T, "description", VARCHAR);
    public static final Field<String> FEATURE_IMAGE = column(T, "feature_image", VARCHAR);
    public static final Field<String> URL = column(T, "url", VARCHAR);
    public static final Field<Integer> TYPE_ID = column(T, "type_id", INTEGER);
    public static final Field<Integer> LANGUAGE_ID = column(T, "language_id", INTEGER);
  }

  public static final class EventVidUrl {
    private static final String T = "event_vid_url";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Long> ID = column(T, "id", BIGINT);
    public static final Field<Integer> EVENT_ID = column(T, "event_id", INTEGER);
    public static final Field<Integer> PRIORITY = column(T, "priority", INTEGER);
    public static final Field<String> SOURCE = column(T, "source", VARCHAR);
    public static final Field<String> PUBLISHER = column(T, "publisher", VARCHAR);
    public static final Field<String> TITLE = column(T, "title", VARCHAR);
    public static final Field<String> DESCRIPTION = column(T, "description", VARCHAR);
    public static final Field<String> FEATURE_IMAGE = column(T, "feature_image", VARCHAR);
    public static final Field<String> URL = column(T, "url", VARCHAR);
    public static final Field<Integer> TYPE_ID = column(T, "type_id", INTEGER);
    public static final Field<Integer> LANGUAGE_ID = column(T, "language_id", INTEGER);
    public static final Field<Instant> START_TIME = column(T, "start_time", INSTANT);
    public static final Field<Instant> END_TIME = column(T, "end_time", INSTANT);
    public static final Field<Boolean> LIVE = column(T, "live", BOOLEAN);
  }

  public static final class EventUpdate {
    private static final String T = "event_update";
    public static final Table<Record> TABLE = table(name(T));
    public static final Field<Integer> ID = column(T, "id", INTEGER);
    public static final Field<Integer> EVENT_ID = column(T, "event_id", INTEGER);
    public static final Field<String> PROFILE_IMAGE = column(T, "profile_image", VARCHAR);
    public static final Field<String> COMMENT = column(T, "comment", VARCHAR);
    public static final Field<String> INFO_URL = column(T, "info_url", VARCHAR);
    public static final Field<String> CREATED_BY = column(T, "created_by", VARCHAR);
    public static final Field<Instant> CREATED_ON = column(T, "created_on", INSTANT);
  }
}
