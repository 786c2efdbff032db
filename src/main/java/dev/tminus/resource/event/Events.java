package dev.tminus.resource.event;

import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.db.schema.Tables.EVENT_AGENCY;
import static dev.tminus.db.schema.Tables.EVENT_EXPEDITION;
import static dev.tminus.db.schema.Tables.EVENT_LAUNCH;
import static dev.tminus.db.schema.Tables.EVENT_PROGRAM;
import static dev.tminus.db.schema.Tables.EVENT_SPACESTATION;
import static dev.tminus.db.schema.Tables.EVENT_TYPE;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.VID_URL;

import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.api.filter.Filter;
import dev.tminus.api.filter.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DatePart;

/**
 * {@code /2.3.0/events/}: the declaration of LL2's events endpoint, with its upcoming and previous
 * subsets. Filters in the order of the endpoint's help text, plus the relation filters LL2 2.4
 * added ({@code launch__ids}, {@code program__ids}, {@code spacestation__ids}, {@code expedition__ids}).
 */
public final class Events {
  public static final String COLLECTION = "events";

  /** LL2 keeps an event in upcoming for 24 hours after its date, unless {@code hide_recent_previous=true}. */
  static final Duration RECENT = Duration.ofHours(24);

  private Events() {}

  public static Resource<Integer> resource() {
    return Resource.<Integer>named(COLLECTION, "Event")
        .table(EVENT, EVENT.ID, Events::parseId)
        .polymorphic("EventsEndpoint")
        .mode(Mode.LIST, EventShapes.LIST)
        .mode(Mode.NORMAL, EventShapes.NORMAL)
        .mode(Mode.DETAILED, EventShapes.DETAILED)
        .filters(filters())
        .search(EVENT.NAME)
        .ordering("date", EVENT.DATE)
        .ordering("last_updated", EVENT.LAST_UPDATED)
        .defaultOrdering(EVENT.DATE.asc())
        .subset(new Subset("upcoming", (query, now) -> {
          boolean hideRecent = Filters.isTrue(query.last("hide_recent_previous"));
          return EVENT.DATE.ge(hideRecent ? now : now.minus(RECENT));
        }, List.of(EVENT.DATE.asc()), List.of(Filters.flag("hide_recent_previous",
            "Hide events from the past 24 hours, which are included by default for convenience."))))
        .subset(new Subset("previous", (query, now) -> EVENT.DATE.le(now), List.of(EVENT.DATE.desc()), List.of()))
        .examples("type__ids=2,8", "Flyby", "-last_updated")
        .hideFromHelp("date__gt__lt")
        .writer(EventWriter::new)
        .validate();
  }

  private static List<Filter> filters() {
    List<Filter> filters = new ArrayList<>();
    filters.add(Filters.relatedIn("agency__ids", EVENT.ID, EVENT_AGENCY, EVENT_AGENCY.EVENT_ID,
        EVENT_AGENCY.AGENCY_ID, "Comma-separated agency IDs."));
    filters.addAll(Filters.dateTime("date", EVENT.DATE, GT, GTE, LT, LTE));
    // The upstream OpenAPI document names date__lt "date__gt__lt"; clients generated from it send that.
    filters.add(Filters.dateTime("date__gt__lt", EVENT.DATE, LT));
    filters.add(Filters.datePart("day", EVENT.DATE, DatePart.DAY, "Comma-separated days of the month (UTC)."));
    filters.add(Filters.numberIn("id", EVENT.ID, "Comma-separated event IDs."));
    filters.addAll(Filters.dateTime("last_updated", EVENT.LAST_UPDATED, GTE, LTE));
    filters.add(Filters.datePart("month", EVENT.DATE, DatePart.MONTH, "Comma-separated months (UTC)."));
    filters.add(Filters.modelMultipleChoice("program", EVENT.ID, EVENT_PROGRAM, EVENT_PROGRAM.EVENT_ID,
        EVENT_PROGRAM.PROGRAM_ID, PROGRAM, PROGRAM.ID, "Program ID; repeat it for several."));
    filters.add(Filters.exact("slug", EVENT.SLUG, "The event's slug."));
    filters.add(Filters.modelChoice("type", EVENT.TYPE_ID, EVENT_TYPE, EVENT_TYPE.ID, "Event type ID."));
    filters.add(Filters.numberIn("type__ids", EVENT.TYPE_ID, "Comma-separated event type IDs."));
    filters.add(Filters.relatedTextIn("video_url", EVENT.ID, VID_URL, VID_URL.EVENT_ID,
        VID_URL.URL, "Comma-separated video URLs."));
    filters.add(Filters.datePart("year", EVENT.DATE, DatePart.YEAR, "Comma-separated years (UTC)."));
    filters.add(Filters.relatedUuidIn("launch__ids", EVENT.ID, EVENT_LAUNCH, EVENT_LAUNCH.EVENT_ID,
        EVENT_LAUNCH.LAUNCH_ID, "Comma-separated launch IDs (UUIDs)."));
    filters.add(Filters.relatedIn("program__ids", EVENT.ID, EVENT_PROGRAM, EVENT_PROGRAM.EVENT_ID,
        EVENT_PROGRAM.PROGRAM_ID, "Comma-separated program IDs."));
    filters.add(Filters.relatedIn("spacestation__ids", EVENT.ID, EVENT_SPACESTATION,
        EVENT_SPACESTATION.EVENT_ID, EVENT_SPACESTATION.SPACESTATION_ID, "Comma-separated space station IDs."));
    filters.add(Filters.relatedIn("expedition__ids", EVENT.ID, EVENT_EXPEDITION, EVENT_EXPEDITION.EVENT_ID,
        EVENT_EXPEDITION.EXPEDITION_ID, "Comma-separated expedition IDs."));
    return filters;
  }

  // Django's URL pattern for a pk is digits only; anything else is a 404.
  static Integer parseId(String raw) {
    if (raw == null || !raw.matches("\\d{1,10}")) return null;
    long id = Long.parseLong(raw);
    return id > Integer.MAX_VALUE ? null : (int) id;
  }
}
