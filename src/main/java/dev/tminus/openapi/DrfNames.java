package dev.tminus.openapi;

import java.util.regex.Pattern;

/**
 * The names Django REST Framework derives from class names, which LL2's browsable pages, OPTIONS
 * answers and OpenAPI document show: DRF's {@code camelcase_to_spaces}
 * ({@code CelestialBody} → {@code Celestial Body}, {@code InfoURLType} → {@code Info Url Type}).
 */
public final class DrfNames {
  // rest_framework.utils.formatting.camelcase_boundary
  private static final Pattern BOUNDARY = Pattern.compile("(((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$)))");

  private DrfNames() {}

  /** DRF's {@code camelcase_to_spaces}: a space before each word, underscores as spaces, then Python's {@code str.title()}. */
  public static String camelcaseToSpaces(String name) {
    String spaced = BOUNDARY.matcher(name).replaceAll(" $1").strip().replace('_', ' ');
    return title(spaced);
  }

  // Python's str.title(): a letter after a letter is lower case, any other letter upper case.
  private static String title(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean afterLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(afterLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
      afterLetter = Character.isLetter(c);
    }
    return out.toString();
  }
}
