package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s throttle options are checked before anything starts: a bad value is a usage error naming it. */
class ServeOptionsTest {
  @TempDir Path dir;

  @Test
  void aBadThrottleOrProxyCountIsAUsageErrorThatSaysWhy() {
    Commands.Run rate = Commands.run("serve", "--data-dir", dir.toString(), "--throttle", "anon=15");
    assertThat(rate.exit()).isEqualTo(2);
    assertThat(rate.err()).contains("--throttle: '15' is not a rate such as 15/hour");
    Commands.Run scope = Commands.run("serve", "--data-dir", dir.toString(), "--throttle", "user=15/hour");
    assertThat(scope.err()).contains("unknown throttle scope 'user': use anon or key");
    Commands.Run proxies = Commands.run("serve", "--data-dir", dir.toString(), "--trust-proxy", "-1");
    assertThat(proxies.exit()).isEqualTo(2);
    assertThat(proxies.err()).contains("--trust-proxy must be at least 0");
  }
}
