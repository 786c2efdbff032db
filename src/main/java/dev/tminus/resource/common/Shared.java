package dev.tminus.resource.common;

import dev.tminus.api.Links;
import dev.tminus.db.Join;
import dev.tminus.api.Rows;
import dev.tminus.resource.agency.Agencies;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.Images;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;

/**
 * The images and agencies that the objects of one batch point to, at any nesting level (an event's
 * image, its launches' images, its programs' agencies, their mission patches' agencies …), read
 * once for the batch instead of once per level.
 *
 * <p>Loaders work in two steps: while they read their own rows they say which images and agencies
 * they will need ({@link #needImage}, {@link #needAgency}) and return a {@link Supplier} of their
 * records; after {@link #load} has read everything needed, one query per table, the suppliers build
 * the records with {@link #image} and {@link #agency}.
 */
public final class Shared {
  private final Links links;
  private final Set<Integer> imageIds = new HashSet<>();
  private final Set<Integer> agencyIds = new HashSet<>();
  private Map<Integer, Image> images;
  private Map<Integer, AgencyMini> agencies;

  public Shared(Links links) {
    this.links = links;
  }

  /** How the batch's objects link to each other. */
  public Links links() {
    return links;
  }

  /** Notes that image {@code id} (none when null) will be asked for after {@link #load}. */
  public void needImage(Integer id) {
    if (id != null) imageIds.add(id);
  }

  /** Notes that agency {@code id} (none when null) will be asked for after {@link #load}. */
  public void needAgency(Integer id) {
    if (id != null) agencyIds.add(id);
  }

  /** Reads every image and agency asked for so far: one query per table, none for a table not needed. */
  public void load(DSLContext dsl) {
    images = Images.byIds(dsl, imageIds);
    agencies = Agencies.byIds(dsl, agencyIds, links);
  }

  /** The image {@code id} read by {@link #load}, or null when {@code id} is null or unknown. */
  public Image image(Integer id) {
    if (images == null) throw new IllegalStateException("images are asked for before Shared.load");
    return Rows.lookup(images, id);
  }

  /** The agency {@code id} read by {@link #load}, or null when {@code id} is null or unknown. */
  public AgencyMini agency(Integer id) {
    if (agencies == null) throw new IllegalStateException("agencies are asked for before Shared.load");
    return Rows.lookup(agencies, id);
  }

  /**
   * The agencies of each owner of {@code join} (an event, a program), ordered by agency id: the join
   * rows are read now, the agencies by {@link #load}.
   */
  public Supplier<Map<Integer, List<AgencyMini>>> agenciesOf(DSLContext dsl, Join<Integer, Integer> join,
      Collection<Integer> owners) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner(), join.target()).from(join.table())
        .where(join.owner().in(owners)).orderBy(join.owner(), join.target()).fetch();
    for (Record r : rows) needAgency(r.get(join.target()));
    return () -> {
      Map<Integer, List<AgencyMini>> out = new HashMap<>();
      for (Record2<Integer, Integer> r : rows) {
        AgencyMini agency = agency(r.value2());
        if (agency != null) out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(agency);
      }
      return out;
    };
  }
}
