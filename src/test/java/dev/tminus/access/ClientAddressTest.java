package dev.tminus.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.api.ApiException;
import org.junit.jupiter.api.Test;

/** DRF's {@code get_ident} with {@code NUM_PROXIES}, and the {@code Authorization: Token} header as DRF reads it. */
class ClientAddressTest {
  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(ClientAddress.of("10.0.0.1", "203.0.113.9", 0)).isEqualTo("10.0.0.1");
  }

  @Test
  void theEntryAsManyFromTheEndAsThereAreProxiesIsTheClient() {
    assertThat(ClientAddress.of("10.0.0.1", "198.51.100.7, 203.0.113.9", 1)).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.of("10.0.0.1", "198.51.100.7, 203.0.113.9", 2)).isEqualTo("198.51.100.7");
    // addrs[-min(num_proxies, len(addrs))]: fewer entries than proxies takes the first.
    assertThat(ClientAddress.of("10.0.0.1", "203.0.113.9", 3)).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.of("10.0.0.1", null, 1)).isEqualTo("10.0.0.1");
    assertThat(ClientAddress.of("10.0.0.1", "", 1)).as("a blank entry").isEqualTo("10.0.0.1");
  }

  @Test
  void tokenHeaderAsDrfsTokenAuthenticationReadsIt() {
    assertThat(TokenHeader.token(null)).isNull();
    assertThat(TokenHeader.token("Bearer abc")).as("another scheme: anonymous").isNull();
    assertThat(TokenHeader.token("Token abc")).isEqualTo("abc");
    assertThat(TokenHeader.token("token  abc ")).as("keyword case-insensitive").isEqualTo("abc");
    assertThatThrownBy(() -> TokenHeader.token("Token")).isInstanceOf(ApiException.Unauthorized.class)
        .hasMessage("Invalid token header. No credentials provided.");
    assertThatThrownBy(() -> TokenHeader.token("Token a b")).isInstanceOf(ApiException.Unauthorized.class)
        .hasMessage("Invalid token header. Token string should not contain spaces.");
  }
}
