package dev.tminus.db;

import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.name;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * {@link Bulk}'s writes on PostgreSQL, by {@code COPY}: rows stream to the server as CSV, with no
 * statement of thousands of bind values for jOOQ to render, pgjdbc to bind and the server to parse
 * and plan. An upsert copies into a temporary staging table, then moves the rows with one
 * set-based {@code INSERT … SELECT … ON CONFLICT DO UPDATE}.
 *
 * <p>Table and column names come from the generated jOOQ classes; nothing is built from values.
 */
final class PostgresCopy {
  private static final int BUFFER = 1 << 16;

  private PostgresCopy() {}

  /** Copies {@code rows} into {@code table}'s {@code fields}. */
  static void insert(DSLContext dsl, Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
    copy(dsl, table, fields, rows);
  }

  /** Inserts {@code rows}, or updates the stored row with the same {@code key}; keys must be distinct. */
  static void upsert(DSLContext dsl, Table<?> table, List<Field<?>> fields, Field<?> key, List<Object[]> rows) {
    // One staging table per table and column list (shapes of one object write different columns),
    // made by a transaction's first such upsert and dropped at its end, failed or not.
    String columns = String.join(",", fields.stream().map(Field::getName).toList());
    Table<Record> stage = DSL.table(name("tminus_stage_" + table.getName() + "_" + Integer.toHexString(columns.hashCode())));
    dsl.createTemporaryTableIfNotExists(stage)
        .as(dsl.select(fields).from(table).where(falseCondition())).withNoData()
        .onCommitDrop()
        .execute();
    dsl.truncate(stage).execute();
    copy(dsl, stage, fields, rows);
    Map<Field<?>, Object> updates = new LinkedHashMap<>();
    for (Field<?> f : fields) {
      if (!f.equals(key)) updates.put(f, DSL.excluded(f));
    }
    var insert = dsl.insertInto(table, fields)
        .select(dsl.select(fields.stream().map(f -> DSL.field(stage.getQualifiedName().append(f.getUnqualifiedName())))
            .toList()).from(stage))
        .onConflict(key);
    if (updates.isEmpty()) insert.doNothing().execute();
    else insert.doUpdate().set(updates).execute();
  }

  private static void copy(DSLContext dsl, Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
    Name[] columns = fields.stream().map(Field::getUnqualifiedName).toArray(Name[]::new);
    String sql = dsl.render(DSL.query("copy {0} ({1}) from stdin with (format csv)", table, DSL.list(columns)));
    dsl.connection(c -> {
      // Rows stream to the server as they are encoded: no CSV text of a whole batch is ever held.
      try (Writer out = new BufferedWriter(new OutputStreamWriter(
          new PGCopyOutputStream(c.unwrap(PGConnection.class), sql, BUFFER), StandardCharsets.UTF_8), BUFFER)) {
        for (Object[] row : rows) appendRow(out, row);
      } catch (IOException e) {
        // The server's refusal (a constraint, an invalid value) arrives as the cause of a write or of the end.
        Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
        throw new DataAccessException("copy into " + table.getName() + ": " + cause.getMessage(), cause);
      }
    });
  }

  /**
   * One CSV line in PostgreSQL's reading: an unquoted empty field is {@code NULL}, so every value is
   * quoted (an empty string stays an empty string) and its quotes doubled.
   */
  static void appendRow(Writer out, Object[] row) throws IOException {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) out.write(',');
      Object value = row[i];
      if (value == null) continue;
      String text = value.toString();
      out.write('"');
      for (int j = 0; j < text.length(); j++) {
        char ch = text.charAt(j);
        if (ch == '"') out.write('"');
        out.write(ch);
      }
      out.write('"');
    }
    out.write('\n');
  }
}
