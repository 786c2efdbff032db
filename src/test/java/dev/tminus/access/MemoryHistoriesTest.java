package dev.tminus.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-memory histories decide as DRF's sliding window does, whatever their ring's size. */
class MemoryHistoriesTest {
  @Test
  void aFullWindowRefusesWithDrfsWaitAndLetsInAgainOnceTheOldestHitAgesOut() {
    MemoryHistories histories = new MemoryHistories();
    Rate rate = Rate.parse("3/hour");
    for (double t : new double[] {0, 10, 20}) assertThat(histories.hit("anon:a", rate, t).allowed()).isTrue();
    Histories.Outcome refused = histories.hit("anon:a", rate, 30);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.waitSeconds()).isEqualTo(3570);
    assertThat(histories.peek("anon:a", rate, 30)).containsExactly(0, 10, 20);
    // A hit exactly one window old has aged out (DRF pops while history[-1] <= now - duration).
    assertThat(histories.hit("anon:a", rate, 3600).allowed()).isTrue();
    assertThat(histories.peek("anon:a", rate, 3600)).containsExactly(10, 20, 3600);
    assertThat(histories.peek("anon:b", rate, 3600)).isEmpty();
  }

  @Test
  void aLongWindowKeepsEveryHitInOrderAsItsRingGrowsAndWrapsAround() {
    MemoryHistories histories = new MemoryHistories();
    Rate rate = Rate.parse("10/minute");
    double t = 0;
    // Pruned and refilled many times over: the ring wraps around and grows past its first size.
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 10; i++) assertThat(histories.hit("key:1", rate, t + i).allowed()).as("round %d hit %d", round, i).isTrue();
      assertThat(histories.hit("key:1", rate, t + 10).allowed()).isFalse();
      t += 60;
    }
    assertThat(histories.peek("key:1", rate, t - 60 + 10)).containsExactly(240, 241, 242, 243, 244, 245, 246, 247, 248, 249);
  }
}
