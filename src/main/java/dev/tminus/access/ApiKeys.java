package dev.tminus.access;

import static dev.tminus.db.schema.Tables.API_KEY;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * The API keys of a database ({@code api_key}, V30). A key is 40 hex digits of {@link SecureRandom},
 * as DRF's {@code Token.generate_key} makes them; only its SHA-256 is stored. A plain hash suffices:
 * a key has 160 random bits, so there is nothing for a slow, salted hash to protect against, and a
 * lookup by hash stays one indexed read per request.
 */
public final class ApiKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DSLContext dsl;

  public ApiKeys(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A stored key: what {@code keys list} shows, and what a request's token selects. */
  public record Key(int id, String name, Rate rate, Instant createdAt) {}

  /** A key just created, with the key itself, which is never shown again. */
  public record Created(Key key, String token) {}

  /**
   * Creates a key named {@code name} with its own {@code rate} (null: the server's {@code key=} rate).
   *
   * @throws IllegalArgumentException when the name is blank, too long or taken
   */
  public Created create(String name, Rate rate, Instant now) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) throw new IllegalArgumentException("a key's name must be 1 to 100 characters");
    if (n.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("a key's name must not be a number, which 'keys revoke' would take for an id");
    }
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    try {
      int id = dsl.insertInto(API_KEY).set(API_KEY.NAME, n).set(API_KEY.KEY_HASH, hash(token))
          .set(API_KEY.RATE, rate == null ? null : rate.text()).set(API_KEY.CREATED_AT, now)
          .returningResult(API_KEY.ID).fetchSingle().value1();
      return new Created(new Key(id, n, rate, now), token);
    } catch (DataAccessException e) {
      if (e.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) throw e;
      throw new IllegalArgumentException("there is already a key named '" + n + "'");
    }
  }

  /** Every key, by id. */
  public List<Key> list() {
    return dsl.selectFrom(API_KEY).orderBy(API_KEY.ID).fetch(r -> key(r.getId(), r.getName(), r.getRate(), r.getCreatedAt()));
  }

  /** The key that {@code token} is, if it exists. */
  public Optional<Key> find(String token) {
    return dsl.selectFrom(API_KEY).where(API_KEY.KEY_HASH.eq(hash(token)))
        .fetchOptional(r -> key(r.getId(), r.getName(), r.getRate(), r.getCreatedAt()));
  }

  /** Deletes the key named {@code nameOrId}, or whose id it is; empty when there is none. */
  public Optional<Key> revoke(String nameOrId) {
    String s = nameOrId.strip();
    Condition which = s.chars().allMatch(Character::isDigit) && !s.isEmpty() && s.length() < 10
        ? API_KEY.ID.eq(Integer.parseInt(s)) : API_KEY.NAME.eq(s);
    return dsl.transactionResult(tx -> {
      Optional<Key> key = tx.dsl().selectFrom(API_KEY).where(which).forUpdate()
          .fetchOptional(r -> key(r.getId(), r.getName(), r.getRate(), r.getCreatedAt()));
      key.ifPresent(k -> tx.dsl().deleteFrom(API_KEY).where(API_KEY.ID.eq(k.id())).execute());
      return key;
    });
  }

  private static Key key(int id, String name, String rate, Instant createdAt) {
    return new Key(id, name, rate == null ? null : Rate.parse(rate), createdAt);
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
