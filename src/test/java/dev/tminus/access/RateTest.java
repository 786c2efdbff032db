package dev.tminus.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DRF's rate syntax ({@code SimpleRateThrottle.parse_rate}) and {@code --throttle}'s scope=rate pairs. */
class RateTest {
  @Test
  void onlyThePeriodsFirstLetterCountsAsInDrf() {
    assertThat(Rate.parse("15/hour")).extracting(Rate::requests, Rate::seconds).containsExactly(15, 3600);
    assertThat(Rate.parse("15/h").seconds()).isEqualTo(3600);
    assertThat(Rate.parse("15/hippo").seconds()).as("DRF reads period[0] only").isEqualTo(3600);
    assertThat(Rate.parse("5/second").seconds()).isEqualTo(1);
    assertThat(Rate.parse("5/s").seconds()).isEqualTo(1);
    assertThat(Rate.parse("60/min").seconds()).isEqualTo(60);
    assertThat(Rate.parse("1000/day").seconds()).isEqualTo(86_400);
    assertThat(Rate.parse(" 0/d ").requests()).as("0 admits nothing").isZero();
  }

  @Test
  void refusesWhatDrfCannotParse() {
    for (String bad : new String[] {"", "15", "15/", "/hour", "15/Hour", "15/5m", "15/x", "-1/h", "1.5/h", "a/h",
        "1/2/h", "9999999999/h"}) {
      assertThatThrownBy(() -> Rate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a rate such as 15/hour");
    }
  }

  @Test
  void throttleSpecNamesAnonAndKeyRates() {
    Policy p = Policy.throttling("anon=15/hour, key=300/h", 1);
    assertThat(p.throttling()).isTrue();
    assertThat(p.anon()).isEqualTo(Rate.parse("15/hour"));
    assertThat(p.key().requests()).isEqualTo(300);
    assertThat(p.trustedProxies()).isEqualTo(1);
    assertThat(Policy.throttling("key=10/m", 0).anon()).as("a scope left out is unlimited").isNull();
  }

  @Test
  void throttleSpecErrorsSayWhatIsWrong() {
    assertThatThrownBy(() -> Policy.throttling("user=15/h", 0)).hasMessageContaining("unknown throttle scope 'user'");
    assertThatThrownBy(() -> Policy.throttling("15/h", 0)).hasMessageContaining("is not scope=rate");
    assertThatThrownBy(() -> Policy.throttling("anon=15", 0)).hasMessageContaining("'15' is not a rate");
    assertThatThrownBy(() -> Policy.throttling(" ", 0)).hasMessageContaining("at least one rate");
  }
}
