package dev.tminus.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each error knows its status and its DRF body, so the web layer need not tell them apart. */
class ApiExceptionTest {

  private static String json(ApiException e) throws Exception {
    return Json.MAPPER.writeValueAsString(e.body());
  }

  @Test
  void notFoundIs404WithDjangosDetail() throws Exception {
    ApiException e = ApiException.NotFound.noMatch("Event");
    assertThat(e.status()).isEqualTo(404);
    assertThat(json(e)).isEqualTo("{\"detail\":\"No Event matches the given query.\"}");
    assertThat(json(new ApiException.NotFound("Not found."))).isEqualTo("{\"detail\":\"Not found.\"}");
  }

  @Test
  void invalidParametersIs400WithEveryParameterInOrder() throws Exception {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    errors.put("type", List.of("Enter a number."));
    errors.put("date__gte", List.of("Enter a valid date/time."));
    ApiException e = new ApiException.InvalidParameters(errors);
    assertThat(e.status()).isEqualTo(400);
    assertThat(json(e)).isEqualTo("{\"type\":[\"Enter a number.\"],\"date__gte\":[\"Enter a valid date/time.\"]}");
  }
}
