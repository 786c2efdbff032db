package dev.tminus.resource.update;

import static dev.tminus.db.schema.Tables.UPDATE_ENTRY;

import dev.tminus.api.Shape;
import org.jooq.SortField;

/**
 * How updates are read and written for any owner. {@code update_entry} has one column per kind of
 * owner (migration V8), so an owner lists its updates with one line:
 *
 * <pre>{@code
 * .children("updates", UPDATE_ENTRY.LAUNCH_ID, UpdateShapes.UPDATE, UpdateShapes.order())
 * }</pre>
 *
 * Updates have upstream ids: importing an owner replaces its list, and an update another owner
 * listed before is moved to this one.
 */
public final class UpdateShapes {
  public static final Shape<Update> UPDATE = Shape.of(Update.class, UPDATE_ENTRY, UPDATE_ENTRY.ID);

  private UpdateShapes() {}

  /** Upstream's order: newest first; the id breaks ties the same way. */
  public static SortField<?>[] order() {
    return new SortField<?>[] {UPDATE_ENTRY.CREATED_ON.desc(), UPDATE_ENTRY.ID.desc()};
  }
}
