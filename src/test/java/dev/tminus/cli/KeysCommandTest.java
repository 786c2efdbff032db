package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.access.ApiKeys;
import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.support.TestDatabase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code tminus keys create|list|revoke} as a user types them, on the embedded database. */
class KeysCommandTest {
  private static final Pattern KEY = Pattern.compile("^([0-9a-f]{40})$", Pattern.MULTILINE);

  @Test
  void createPrintsTheKeyOnceListShowsItWithoutItAndRevokeRemovesIt() {
    DatabaseConfig db = TestDatabase.H2.config();
    Commands.Run created = keys(db, "create", "--name", "ci", "--rate", "300/hour");
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.out()).contains("key 1 'ci' created, rate 300/hour");
    Matcher m = KEY.matcher(created.out());
    assertThat(m.find()).as(created.out()).isTrue();
    String token = m.group(1);

    try (Database open = Database.open(db)) {
      ApiKeys keys = new ApiKeys(open.dsl());
      assertThat(keys.find(token)).hasValueSatisfying(k -> assertThat(k.rate().text()).isEqualTo("300/hour"));
      assertThat(open.dsl().fetchValue("select key_hash from api_key")).as("only a hash is stored")
          .isNotEqualTo(token).asString().hasSize(64);
    }
    Commands.Run list = keys(db, "list");
    assertThat(list.out()).contains("ci", "300/hour").doesNotContain(token);

    assertThat(keys(db, "create", "--name", "ci").err())
        .contains("there is already a key named 'ci'");
    assertThat(keys(db, "create", "--name", "bad", "--rate", "300/5m").err())
        .contains("--rate: '300/5m' is not a rate");

    Commands.Run revoked = keys(db, "revoke", "ci");
    assertThat(revoked.exit()).isZero();
    assertThat(revoked.out()).contains("key 1 'ci' revoked");
    Commands.Run again = keys(db, "revoke", "1");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("no key named or numbered '1'");
    assertThat(keys(db, "list").out()).contains("no keys");
  }

  /** {@code keys SUBCOMMAND} on {@code db}: the database options belong to the subcommand. */
  private static Commands.Run keys(DatabaseConfig db, String subcommand, String... rest) {
    String[] tail = Commands.on(db, subcommand, rest);
    String[] args = new String[tail.length + 1];
    args[0] = "keys";
    System.arraycopy(tail, 0, args, 1, tail.length);
    return Commands.run(args);
  }
}
