package dev.tminus.openapi;

import dev.tminus.api.Mode;
import dev.tminus.api.Pagination;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.api.filter.Filter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The Markdown help of each operation, in the layout of LL2's own endpoint descriptions. */
final class Descriptions {
  private Descriptions() {}

  static String list(Resource<?> resource, Subset subset, List<Filter> filters, String path) {
    String example = "/" + path.substring(path.indexOf('/', 1) + 1);
    StringBuilder text = new StringBuilder(modes(example));
    text.append("#### Filters\nParameters - ")
        .append(quoted(filters.stream().map(Filter::param).sorted().toList()))
        .append("\n\n");
    if (!resource.searchFieldNames().isEmpty()) {
      text.append("#### Search\nFields searched - ").append(quoted(resource.searchFieldNames())).append("\n\n");
    }
    if (!resource.orderingNames().isEmpty()) {
      text.append("#### Ordering\nFields - ").append(quoted(resource.orderingNames()))
          .append("\n\nExample - [").append(example).append("?ordering=-").append(resource.orderingNames().get(0))
          .append("](./?ordering=-").append(resource.orderingNames().get(0)).append(")\n\n");
    }
    text.append("#### Number of results\nUse `limit` to control the number of objects in the response (max ")
        .append(Pagination.MAX_LIMIT).append(")\n\nExample - [").append(example).append("?limit=2](./?limit=2)\n\n");
    return text.append(format(example)).toString();
  }

  static String retrieve(Resource<?> resource, String path) {
    String example = "/" + path.substring(path.indexOf('/', 1) + 1);
    return modes(example) + "One " + resource.modelName() + " by id; an id outside this list is a 404.\n\n"
        + format(example);
  }

  private static String modes(String example) {
    return "#### Modes\nLevels of detail in the response - "
        + quoted(Arrays.stream(Mode.values()).map(Mode::wire).toList())
        + "\n\nExample - [" + example + "?mode=list](./?mode=list)\n\n";
  }

  private static String format(String example) {
    return "#### Format\nSwitch to JSON output - [" + example + "?format=json](./?format=json)";
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }
}
