package dev.tminus.db;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A small {@code {id, name}} table such as {@code event_type} or {@code agency_type}, for code that
 * writes any of them alike: the generated table with its two columns.
 */
public record Lookup(Table<?> table, Field<Integer> id, Field<String> name) {

  /** The lookup {@code table} with its {@code id} and {@code name} columns. */
  public static <R extends Record> Lookup of(Table<R> table, TableField<R, Integer> id, TableField<R, String> name) {
    return new Lookup(table, id, name);
  }
}
