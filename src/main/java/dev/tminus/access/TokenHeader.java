package dev.tminus.access;

import dev.tminus.api.ApiException;
import java.util.Locale;

/** DRF's {@code TokenAuthentication.authenticate}, the header part: {@code Authorization: Token KEY}. */
final class TokenHeader {
  private TokenHeader() {}

  /**
   * The key of an {@code Authorization: Token KEY} header; null when there is no header or it is of
   * another scheme ({@code Bearer}, {@code Basic}), which DRF leaves to other authenticators: the
   * client is then anonymous. The keyword is matched case-insensitively, as DRF does.
   *
   * @throws ApiException.Unauthorized with DRF's message for a {@code Token} header without exactly one key
   */
  static String token(String authorization) {
    if (authorization == null) return null;
    String[] parts = authorization.strip().split("\\s+");
    if (parts.length == 0 || !parts[0].toLowerCase(Locale.ROOT).equals("token")) return null;
    if (parts.length == 1) throw new ApiException.Unauthorized("Invalid token header. No credentials provided.");
    if (parts.length > 2) {
      throw new ApiException.Unauthorized("Invalid token header. Token string should not contain spaces.");
    }
    return parts[1];
  }
}
