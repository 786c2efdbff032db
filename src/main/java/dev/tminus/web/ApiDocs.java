package dev.tminus.web;

import dev.tminus.api.ApiException;
import dev.tminus.api.Links;
import dev.tminus.api.QueryString;
import dev.tminus.openapi.OpenApi;
import dev.tminus.api.Resource;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The API's own description: the OpenAPI document at {@code GET /2.3.0/schema/} (JSON, as
 * drf-spectacular renders it for {@code ?format=json}) and Swagger UI at {@code GET /2.3.0/swagger/},
 * served offline from the {@code org.webjars:swagger-ui} jar on the classpath.
 */
final class ApiDocs {
  static final String SCHEMA_PATH = Links.API_PREFIX + "/schema/";
  static final String SWAGGER_PATH = Links.API_PREFIX + "/swagger/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png",
      "html", "text/html; charset=utf-8");

  /**
   * {@code /2.3.0/api-throttle/} as tminus serves it: one {@code APIThrottle} object. Upstream's
   * document declares an array of them (drf-spectacular's default for a viewset's list action),
   * which TheSpaceDevs' own client does not read; see the README.
   */
  static final OpenApi.Endpoint THROTTLE = new OpenApi.Endpoint(ApiThrottle.PATH, "api_throttle_list",
      ApiThrottle.COLLECTION, ApiThrottle.DESCRIPTION, ApiThrottle.APIThrottle.class);

  private final byte[] document;
  private final String assets;

  private ApiDocs(byte[] document, String assets) {
    this.document = document;
    this.assets = assets;
  }

  /** Registers both routes; the document is built now, so a record it cannot describe fails start-up. */
  static void register(JavalinConfig config, List<Resource<?>> resources) {
    String assets = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    ApiDocs docs = new ApiDocs(OpenApi.json(resources, List.of(THROTTLE)), assets);
    config.routes.get(SCHEMA_PATH, docs::schema);
    config.routes.get(SWAGGER_PATH, ctx -> ctx.contentType(TYPES.get("html")).result(INDEX));
    config.routes.get(SWAGGER_PATH + "{file}", docs::asset);
  }

  private void schema(Context ctx) {
    // DRF answers an unknown ?format= with 404; only JSON is rendered here (no YAML).
    String format = QueryString.parse(ctx.queryString()).last("format");
    if (format != null && !format.equals("json") && !format.equals("openapi-json")) {
      throw new ApiException.NotFound("Not found.");
    }
    ctx.contentType(OpenApi.MEDIA_TYPE).result(document);
  }

  private void asset(Context ctx) {
    String file = ctx.pathParam("file");
    if (file.equals("swagger-initializer.js")) {
      ctx.contentType(TYPES.get("js")).result(INITIALIZER);
      return;
    }
    String extension = file.substring(file.lastIndexOf('.') + 1);
    InputStream in = file.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && TYPES.containsKey(extension)
        ? ApiDocs.class.getClassLoader().getResourceAsStream(assets + file) : null;
    if (in == null) throw new ApiException.NotFound("Not found.");
    ctx.header("Cache-Control", "public, max-age=86400").contentType(TYPES.get(extension)).result(in);
  }

  private static String webjarVersion() {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
      if (in == null) {
        throw new IllegalStateException("Swagger UI is missing: add org.webjars:swagger-ui to the classpath");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String INDEX = """
      <!DOCTYPE html>
      <html lang="en">
        <head>
          <meta charset="UTF-8">
          <title>%s</title>
          <link rel="stylesheet" type="text/css" href="%sswagger-ui.css" />
          <link rel="stylesheet" type="text/css" href="%sindex.css" />
          <link rel="icon" type="image/png" href="%sfavicon-32x32.png" sizes="32x32" />
          <link rel="icon" type="image/png" href="%sfavicon-16x16.png" sizes="16x16" />
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="%sswagger-ui-bundle.js" charset="UTF-8"></script>
          <script src="%sswagger-ui-standalone-preset.js" charset="UTF-8"></script>
          <script src="%sswagger-initializer.js" charset="UTF-8"></script>
        </body>
      </html>
      """.formatted(OpenApi.TITLE, SWAGGER_PATH, SWAGGER_PATH, SWAGGER_PATH, SWAGGER_PATH, SWAGGER_PATH,
      SWAGGER_PATH, SWAGGER_PATH);

  private static final byte[] INITIALIZER = """
      window.onload = function () {
        window.ui = SwaggerUIBundle({
          url: "%s",
          dom_id: "#swagger-ui",
          deepLinking: true,
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
          plugins: [SwaggerUIBundle.plugins.DownloadUrl],
          layout: "StandaloneLayout"
        });
      };
      """.formatted(SCHEMA_PATH).getBytes(StandardCharsets.UTF_8);
}
