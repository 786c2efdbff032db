package dev.tminus.api;

import java.util.Locale;

/** LL2's {@code mode} parameter: how much of an object a response carries. */
public enum Mode {
  LIST, NORMAL, DETAILED;

  /** The value written in {@code response_mode}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named by {@code value}; an absent or unknown value falls back to {@code fallback}. */
  public static Mode parse(String value, Mode fallback) {
    if (value != null) {
      for (Mode m : values()) {
        if (m.wire().equals(value)) return m;
      }
    }
    return fallback;
  }
}
