package dev.tminus.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DRF's sliding window and its {@code wait()}, with the rounding of DRF's {@code Throttled}. */
class WindowTest {
  private static final Rate THREE_AN_HOUR = Rate.parse("3/hour");

  @Test
  void aHitExactlyOneWindowOldHasAgedOut() {
    // DRF pops while history[-1] <= now - duration.
    assertThat(Window.live(new double[] {0, 1, 3599}, 3600, THREE_AN_HOUR)).containsExactly(1, 3599);
  }

  @Test
  void waitIsWhatIsLeftOfTheOldestHitsWindow() {
    double[] full = {0, 10, 20};
    assertThat(Window.allows(full, THREE_AN_HOUR)).isFalse();
    assertThat(Window.drfWait(full, 30, THREE_AN_HOUR)).isEqualTo(3570);
    assertThat(Window.nextUse(full, 30, THREE_AN_HOUR)).isEqualTo(3570);
  }

  @Test
  void waitIsRoundedUpAsDrfsThrottledDoes() {
    assertThat(Window.drfWait(new double[] {0.5}, 3600.2, Rate.parse("1/hour"))).isEqualTo(1);
    assertThat(Window.drfWait(new double[] {150, 200}, 200.25, Rate.parse("2/minute"))).as("9.75 → 10").isEqualTo(10);
  }

  @Test
  void waitIsSharedOutOverTheRequestsThatWouldThenBeAvailable() {
    // DRF: remaining / (num_requests - len(history) + 1); with room left the divisor exceeds 1.
    assertThat(Window.drfWait(new double[] {0}, 600, THREE_AN_HOUR)).isEqualTo((long) Math.ceil(3000 / 3.0));
    assertThat(Window.drfWait(new double[0], 600, THREE_AN_HOUR)).isEqualTo(900);
  }

  @Test
  void aHistoryLongerThanTheRateHasNoWaitAsInDrf() {
    // As after a key's rate was lowered: DRF's wait() returns None.
    double[] five = {1, 2, 3, 4, 5};
    assertThat(Window.drfWait(five, 10, THREE_AN_HOUR)).isNull();
    // The budget still says when the third-newest hit ages out: then two remain and one more fits.
    assertThat(Window.nextUse(five, 10, THREE_AN_HOUR)).isEqualTo(3 + 3600 - 10);
  }

  @Test
  void aRateOfZeroAdmitsNothingAndWaitsAWindow() {
    Rate none = Rate.parse("0/minute");
    assertThat(Window.allows(new double[0], none)).isFalse();
    assertThat(Window.drfWait(new double[0], 5, none)).isEqualTo(60);
    assertThat(Window.nextUse(new double[0], 5, none)).isEqualTo(60);
  }

  @Test
  void withRoomLeftTheNextUseIsNow() {
    assertThat(Window.nextUse(new double[] {1, 2}, 3, THREE_AN_HOUR)).isZero();
  }
}
