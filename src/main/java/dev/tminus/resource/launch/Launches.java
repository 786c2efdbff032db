package dev.tminus.resource.launch;

import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.ICONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.FIRST_STAGE;
import static dev.tminus.db.schema.Tables.LAUNCHER;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG;
import static dev.tminus.db.schema.Tables.LAUNCH_PROGRAM;
import static dev.tminus.db.schema.Tables.LOCATION;
import static dev.tminus.db.schema.Tables.MISSION;
import static dev.tminus.db.schema.Tables.ORBIT;
import static dev.tminus.db.schema.Tables.PAD;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.ROCKET;
import static dev.tminus.db.schema.Tables.VID_URL;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.LAUNCH_STATUS;
import static dev.tminus.db.schema.Tables.NET_PRECISION;

import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.api.Subset;
import dev.tminus.api.filter.Filter;
import dev.tminus.api.filter.Filters;
import dev.tminus.db.Join;
import java.time.Duration;
import java.util.ArrayList;
import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.impl.DSL;
import dev.tminus.api.Rows;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.common.Shared;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * {@code /2.3.0/launches/} with its upcoming and previous subsets: list ({@link LaunchBasic}), normal
 * ({@link LaunchNormal}) and detailed ({@link LaunchDetailed}); the filters, search and ordering of
 * the endpoint's help text (README, "Compatibility with LL2"). And the {@link LaunchBasic}s of owners
 * through a join table, for hand-made readers.
 */
public final class Launches {
  public static final String COLLECTION = "launches";

  /** LL2 keeps a launch in upcoming for 24 hours after its NET, unless {@code hide_recent_previous=true}. */
  static final Duration RECENT = Duration.ofHours(24);

  /** The attempt counters of the help text, each filtered with every comparison. */
  static final List<String> COUNTERS = List.of("agency_launch_attempt_count", "agency_launch_attempt_count_year",
      "location_launch_attempt_count", "location_launch_attempt_count_year", "orbital_launch_attempt_count",
      "orbital_launch_attempt_count_year", "pad_launch_attempt_count", "pad_launch_attempt_count_year");

  private Launches() {}

  public static Resource<UUID> resource() {
    return Resource.<UUID>named(COLLECTION, "Launch")
        .table(LAUNCH, LAUNCH.ID, Resource::uuidId)
        .polymorphic("LaunchEndpoint")
        .mode(Mode.LIST, LaunchShapes.BASIC)
        .mode(Mode.NORMAL, LaunchShapes.NORMAL)
        .mode(Mode.DETAILED, LaunchShapes.DETAILED)
        .filters(filters())
        .search(LAUNCH.LAUNCH_DESIGNATOR)
        .search(Search.through("launch_service_provider__name", LAUNCH.LAUNCH_SERVICE_PROVIDER_ID, AGENCY.ID, AGENCY.NAME))
        .search(Search.through("mission__name", LAUNCH.MISSION_ID, MISSION.ID, MISSION.NAME))
        .search(LAUNCH.NAME)
        .search(Search.through("pad__location__name", LAUNCH.PAD_ID, LOCATION.NAME, matching -> DSL.select(PAD.ID)
            .from(PAD).join(LOCATION).on(LOCATION.ID.eq(PAD.LOCATION_ID)).where(matching)))
        .search(Search.through("pad__name", LAUNCH.PAD_ID, PAD.ID, PAD.NAME))
        .search(Search.through("rocket__configuration__manufacturer__abbrev", LAUNCH.ROCKET_ID, AGENCY.ABBREV,
            Launches::rocketsOfManufacturers))
        .search(Search.through("rocket__configuration__manufacturer__name", LAUNCH.ROCKET_ID, AGENCY.NAME,
            Launches::rocketsOfManufacturers))
        .search(Search.through("rocket__configuration__name", LAUNCH.ROCKET_ID, LAUNCHER_CONFIG.NAME, matching -> DSL
            .select(ROCKET.ID).from(ROCKET).join(LAUNCHER_CONFIG).on(LAUNCHER_CONFIG.ID.eq(ROCKET.CONFIGURATION_ID))
            .where(matching)))
        .search(SpacecraftFlightFilters.spacecraftNameSearch())
        .ordering("id", LAUNCH.ID)
        .ordering("last_updated", LAUNCH.LAST_UPDATED)
        .ordering("name", LAUNCH.NAME)
        .ordering("net", LAUNCH.NET)
        .defaultOrdering(LAUNCH.NET.asc(), LAUNCH.ID.asc())
        .subset(new Subset("upcoming", (query, now) -> {
          boolean hideRecent = Filters.isTrue(query.last("hide_recent_previous"));
          return LAUNCH.NET.ge(hideRecent ? now : now.minus(RECENT));
        }, List.of(LAUNCH.NET.asc(), LAUNCH.ID.asc()), List.of(Filters.flag("hide_recent_previous",
            "Hide launches from the past 24 hours, which are included by default for convenience.")))
            // Upstream's upcoming view has its own example and does not search launch_designator.
            .differing("hide_recent_previous=True", "launch_designator"))
        .subset(new Subset("previous", (query, now) -> LAUNCH.NET.le(now),
            List.of(LAUNCH.NET.desc(), LAUNCH.ID.desc()), List.of()))
        .examples("pad__location=13", "Starlink", "-last_updated")
        .importByMode()
        .validate();
  }

  /** The rockets whose configuration's manufacturer is one where {@code matching} holds. */
  private static Select<Record1<Integer>> rocketsOfManufacturers(Condition matching) {
    return DSL.select(ROCKET.ID).from(ROCKET).join(LAUNCHER_CONFIG).on(LAUNCHER_CONFIG.ID.eq(ROCKET.CONFIGURATION_ID))
        .join(AGENCY).on(AGENCY.ID.eq(LAUNCHER_CONFIG.MANUFACTURER_ID)).where(matching);
  }

  /**
   * The agencies related to a launch service provider are the provider itself and its parent
   * (upstream names an agency's parent by name): {@code related_lsp__id=63} lists the launches of
   * agency 63 and of the agencies whose parent it is.
   */
  private static final dev.tminus.db.schema.tables.Agency LSP = AGENCY.as("lsp_related");
  private static final dev.tminus.db.schema.tables.Agency RELATED = AGENCY.as("lsp_parent");

  private static List<Filter> filters() {
    List<Filter> f = new ArrayList<>();
    f.add(Filters.numberIn("lsp__id", LAUNCH.LAUNCH_SERVICE_PROVIDER_ID, "Comma-separated launch service provider IDs."));
    f.addAll(Filters.via("lsp", LAUNCH.LAUNCH_SERVICE_PROVIDER_ID, AGENCY.ID,
        List.of(Filters.textIn("name", AGENCY.NAME, "Comma-separated launch service provider names."))));
    f.add(Filters.numbersWhere("related_lsp__id", "Comma-separated agency IDs related to the launch service provider.",
        ids -> LAUNCH.LAUNCH_SERVICE_PROVIDER_ID.in(ids).or(DSL.exists(DSL.selectOne().from(LSP)
            .join(RELATED).on(RELATED.NAME.eq(LSP.PARENT))
            .where(LSP.ID.eq(LAUNCH.LAUNCH_SERVICE_PROVIDER_ID)).and(RELATED.ID.in(ids))))));
    f.add(Filters.textsWhere("related_lsp__name", "Comma-separated agency names related to the launch service provider.",
        names -> DSL.exists(DSL.selectOne().from(LSP).where(LSP.ID.eq(LAUNCH.LAUNCH_SERVICE_PROVIDER_ID))
            .and(LSP.NAME.in(names).or(LSP.PARENT.in(names))))));
    f.add(Filters.named("location__ids", "Comma-separated location IDs.",
        Filters.via("pad", LAUNCH.PAD_ID, PAD.ID, List.of(Filters.numberIn("location", PAD.LOCATION_ID, ""))).get(0)));
    f.addAll(Filters.number("pad", LAUNCH.PAD_ID, EXACT));
    f.addAll(Filters.via("pad", LAUNCH.PAD_ID, PAD.ID, Filters.number("location", PAD.LOCATION_ID, EXACT)));
    f.addAll(Filters.via("pad", LAUNCH.PAD_ID, PAD.ID, Filters.via("location", PAD.LOCATION_ID, LOCATION.ID,
        Filters.number("celestial_body__id", LOCATION.CELESTIAL_BODY_ID, EXACT))));
    f.add(Filters.modelChoice("status", LAUNCH.STATUS_ID, LAUNCH_STATUS, LAUNCH_STATUS.ID, "Launch status ID."));
    f.add(Filters.numberIn("status__ids", LAUNCH.STATUS_ID, "Comma-separated launch status IDs."));
    f.addAll(Filters.dateTime("net", LAUNCH.NET, GT, GTE, LT, LTE));
    f.addAll(Filters.dateTime("window_start", LAUNCH.WINDOW_START, GT, GTE, LT, LTE));
    f.addAll(Filters.dateTime("window_end", LAUNCH.WINDOW_END, GT, GTE, LT, LTE));
    f.add(includeSuborbital());
    List<Filter> configuration = new ArrayList<>();
    configuration.addAll(Filters.text("full_name", LAUNCHER_CONFIG.FULL_NAME, EXACT, ICONTAINS));
    configuration.addAll(Filters.number("id", LAUNCHER_CONFIG.ID, EXACT));
    configuration.addAll(Filters.via("manufacturer", LAUNCHER_CONFIG.MANUFACTURER_ID, AGENCY.ID,
        Filters.text("name", AGENCY.NAME, EXACT, ICONTAINS)));
    configuration.addAll(Filters.text("name", LAUNCHER_CONFIG.NAME, EXACT));
    f.addAll(Filters.via("rocket", LAUNCH.ROCKET_ID, ROCKET.ID,
        Filters.via("configuration", ROCKET.CONFIGURATION_ID, LAUNCHER_CONFIG.ID, configuration)));
    f.add(Filters.named("launcher_config__id", "Comma-separated launcher configuration IDs.",
        Filters.via("rocket", LAUNCH.ROCKET_ID, ROCKET.ID,
            List.of(Filters.numberIn("configuration", ROCKET.CONFIGURATION_ID, ""))).get(0)));
    List<Filter> orbit = new ArrayList<>();
    orbit.addAll(Filters.number("celestial_body__id", ORBIT.CELESTIAL_BODY_ID, EXACT));
    orbit.addAll(Filters.text("name", ORBIT.NAME, EXACT, ICONTAINS));
    f.addAll(Filters.via("mission", LAUNCH.MISSION_ID, MISSION.ID, Filters.via("orbit", MISSION.ORBIT_ID, ORBIT.ID, orbit)));
    f.add(Filters.modelMultipleChoice("program", LAUNCH.ID, LAUNCH_PROGRAM, LAUNCH_PROGRAM.LAUNCH_ID,
        LAUNCH_PROGRAM.PROGRAM_ID, PROGRAM, PROGRAM.ID, "Program ID; repeat it for several."));
    f.addAll(SpacecraftFlightFilters.filters());
    f.addAll(Filters.dateTime("last_updated", LAUNCH.LAST_UPDATED, GTE, LTE));
    for (String counter : COUNTERS) {
      f.addAll(Filters.number(counter, dev.tminus.resource.launcherconfig.Counters.column(LAUNCH, counter),
          EXACT, GT, GTE, LT, LTE));
    }
    f.add(Filters.exact("slug", LAUNCH.SLUG, "The launch's slug."));
    f.add(Filters.textIn("launch_designator", LAUNCH.LAUNCH_DESIGNATOR, "Comma-separated international designators."));
    f.add(Filters.exact("name", LAUNCH.NAME, "The launch's name."));
    f.add(Filters.uuidIn("id", LAUNCH.ID, "Comma-separated launch IDs (UUIDs)."));
    f.add(Filters.relatedTextIn("video_url", LAUNCH.ID, VID_URL, VID_URL.LAUNCH_ID, VID_URL.URL,
        "Comma-separated video URLs."));
    // django-filter's CharInFilter over rocket__firststage__launcher__serial_number, as an EXISTS so a
    // launch whose rocket has two matching stages is one row (and counted once).
    f.add(Filters.relatedTextIn("serial_number", LAUNCH.ROCKET_ID,
        FIRST_STAGE.join(LAUNCHER).on(LAUNCHER.ID.eq(FIRST_STAGE.LAUNCHER_ID)), FIRST_STAGE.ROCKET_ID,
        LAUNCHER.SERIAL_NUMBER, "Comma-separated first stage booster serial numbers."));
    f.add(Filters.datePart("day", LAUNCH.NET, DatePart.DAY, "Comma-separated days of the month (UTC)."));
    f.add(Filters.datePart("month", LAUNCH.NET, DatePart.MONTH, "Comma-separated months (UTC)."));
    f.add(Filters.datePart("year", LAUNCH.NET, DatePart.YEAR, "Comma-separated years (UTC)."));
    return f;
  }

  /**
   * {@code include_suborbital=false} leaves out launches whose mission's orbit is LL2's suborbital
   * one (abbreviation "Sub"); true, or absent, filters nothing.
   */
  private static Filter includeSuborbital() {
    return Filters.bool("include_suborbital", "Include suborbital launches (the default); false leaves them out.",
        DSL.noCondition(), LAUNCH.MISSION_ID.isNull().or(LAUNCH.MISSION_ID.notIn(DSL.select(MISSION.ID).from(MISSION)
            .join(ORBIT).on(ORBIT.ID.eq(MISSION.ORBIT_ID)).where(ORBIT.ABBREV.eq("Sub")))));
  }

  /** Reads the {@link LaunchBasic}s

  /** The launches of each owner of {@code join} (an event), ordered by launch id. */
  public static Supplier<Map<Integer, List<LaunchBasic>>> ofOwners(DSLContext dsl, Join<Integer, UUID> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner())
        .select(LAUNCH.fields())
        .select(LAUNCH_STATUS.fields())
        .select(NET_PRECISION.fields())
        .from(join.table())
        .join(LAUNCH).on(LAUNCH.ID.eq(join.target()))
        .leftJoin(LAUNCH_STATUS).on(LAUNCH_STATUS.ID.eq(LAUNCH.STATUS_ID))
        .leftJoin(NET_PRECISION).on(NET_PRECISION.ID.eq(LAUNCH.NET_PRECISION_ID))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) shared.needImage(r.get(LAUNCH.IMAGE_ID));
    return () -> Rows.group(rows, join.owner(), r -> launch(r, shared));
  }

  private static LaunchBasic launch(Record r, Shared shared) {
    UUID id = r.get(LAUNCH.ID);
    Integer statusId = r.get(LAUNCH_STATUS.ID);
    return new LaunchBasic(id, shared.links().url(COLLECTION, id), r.get(LAUNCH.NAME), LaunchBasic.MODE,
        r.get(LAUNCH.SLUG), r.get(LAUNCH.LAUNCH_DESIGNATOR),
        statusId == null ? null : new LaunchStatus(statusId, r.get(LAUNCH_STATUS.NAME),
            r.get(LAUNCH_STATUS.ABBREV), r.get(LAUNCH_STATUS.DESCRIPTION)),
        r.get(LAUNCH.LAST_UPDATED), r.get(LAUNCH.NET), Precisions.from(r),
        r.get(LAUNCH.WINDOW_END), r.get(LAUNCH.WINDOW_START),
        shared.image(r.get(LAUNCH.IMAGE_ID)), r.get(LAUNCH.INFOGRAPHIC));
  }
}
