package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.resource.Resources;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one value a server is composed from: its defaults are {@code serve}'s, and each {@code with…} changes one thing. */
class ServerConfigTest {

  @Test
  void defaultsAreWhatServeDoesWithoutFlags() {
    Server.Config defaults = Server.Config.DEFAULTS;
    assertThat(defaults.bind()).isEqualTo("127.0.0.1");
    assertThat(defaults.port()).isEqualTo(8000);
    assertThat(defaults.resources()).isEqualTo(Resources.ALL);
    assertThat(defaults.clock()).isEqualTo(Clock.systemUTC());
    assertThat(defaults.healthDetails().get()).isEmpty();
    assertThat(defaults.caching()).isEqualTo(Server.Caching.DEFAULTS);
  }

  @Test
  void eachWithChangesACopyAndLeavesTheRestAsItWas() {
    Clock fixed = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    Server.Config changed = Server.Config.DEFAULTS.withPort(0).withBind("0.0.0.0").withClock(fixed)
        .withHealthDetails(() -> Map.of("mirror", "x")).withCaching(new Server.Caching(Server.Caching.DEFAULTS.cache(), 60));
    assertThat(changed.port()).isZero();
    assertThat(changed.bind()).isEqualTo("0.0.0.0");
    assertThat(changed.clock()).isSameAs(fixed);
    assertThat(changed.healthDetails().get()).isEqualTo(Map.of("mirror", "x"));
    assertThat(changed.caching().maxAgeSeconds()).isEqualTo(60);
    assertThat(changed.resources()).isEqualTo(Resources.ALL);
    assertThat(Server.Config.DEFAULTS.port()).isEqualTo(8000);
  }

  @Test
  void theResourcesAreCopiedSoTheConfigCannotChangeUnderTheServer() {
    List<dev.tminus.api.Resource<?>> resources = new ArrayList<>(Resources.ALL);
    Server.Config config = Server.Config.DEFAULTS.withResources(resources);
    resources.clear();
    assertThat(config.resources()).isEqualTo(Resources.ALL);
    assertThatThrownBy(() -> config.resources().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anImpossiblePortIsRefusedWhenTheConfigIsMade() {
    assertThatThrownBy(() -> Server.Config.DEFAULTS.withPort(70_000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
  }
}
