package org.aftercare.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.groups.Modality;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.Texts;

/**
 * What staff write about a resource: its kind, title, a few words about it, the link (an article
 * needs one; a document or audio may be uploaded instead), the author of a book, the kinds of group
 * and free topics it is tagged with, whether every client of the clinic finds it in the library,
 * and — for a worksheet — its fields.
 */
public record ResourceDetails(
    ResourceKind kind,
    String title,
    String description,
    String link,
    String author,
    Set<Modality> groupKinds,
    List<String> topics,
    boolean onShelf,
    List<WorksheetField> fields) {

  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int LINK_MAX = 2000;
  public static final int TOPICS_MAX = 10;
  public static final int FIELDS_MAX = 20;

  public ResourceDetails {
    title = title == null ? "" : title.strip();
    description = Texts.blankToNull(description);
    link = Texts.blankToNull(link == null ? null : link.strip());
    author = Texts.blankToNull(author);
    groupKinds =
        groupKinds == null || groupKinds.isEmpty()
            ? EnumSet.noneOf(Modality.class)
            : EnumSet.copyOf(groupKinds);
    topics =
        topics == null
            ? List.of()
            : List.copyOf(
                topics.stream()
                    .map(topic -> topic.strip().toLowerCase(Locale.ROOT))
                    .filter(topic -> !topic.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** A link with nothing else, as most articles are. */
  public static ResourceDetails link(ResourceKind kind, String title, String link) {
    return new ResourceDetails(kind, title, null, link, null, Set.of(), List.of(), true, List.of());
  }

  /** Topics typed as one line, separated by commas. */
  public static List<String> topicsOf(String line) {
    return line == null ? List.of() : Arrays.asList(line.split(","));
  }

  /**
   * Field names: {@code kind}, {@code title}, {@code description}, {@code link}, {@code author},
   * {@code topics}, {@code fields} and those of {@link WorksheetField#validate}. {@code hasFile}
   * says whether a file is already uploaded, which stands in for a document's link.
   */
  void validate(boolean hasFile) {
    if (kind == null) {
      throw InvalidInputException.worded(
          "kind", "Choose what kind of resource this is.", "refusal.library.resource.kind");
    }
    if (title.isEmpty() || title.length() > TITLE_MAX) {
      throw InvalidInputException.worded(
          "title",
          "Give the resource a title of up to " + TITLE_MAX + " characters.",
          "refusal.library.resource.title",
          TITLE_MAX);
    }
    if (description != null && description.length() > DESCRIPTION_MAX) {
      throw InvalidInputException.worded(
          "description",
          "Keep the description to " + DESCRIPTION_MAX + " characters.",
          "refusal.library.resource.descriptionTooLong",
          DESCRIPTION_MAX);
    }
    if (author != null && author.length() > TITLE_MAX) {
      throw InvalidInputException.worded(
          "author",
          "Keep the author to " + TITLE_MAX + " characters.",
          "refusal.library.resource.authorTooLong",
          TITLE_MAX);
    }
    if (link != null && !isWebAddress(link)) {
      throw InvalidInputException.worded(
          "link",
          "Enter a web address starting with https:// (or http://).",
          "refusal.library.resource.link");
    }
    if (link == null && kind == ResourceKind.ARTICLE) {
      throw InvalidInputException.worded(
          "link", "An article needs its web address.", "refusal.library.resource.articleLink");
    }
    if (link == null && kind.takesUpload() && !hasFile) {
      throw InvalidInputException.worded(
          "link",
          "Enter a web address, or upload the file.",
          "refusal.library.resource.linkOrFile");
    }
    if (topics.size() > TOPICS_MAX || String.join(",", topics).length() > 500) {
      throw InvalidInputException.worded(
          "topics",
          "Keep to " + TOPICS_MAX + " short topics.",
          "refusal.library.resource.topics",
          TOPICS_MAX);
    }
    if (kind == ResourceKind.WORKSHEET) {
      if (fields.isEmpty() || fields.size() > FIELDS_MAX) {
        throw InvalidInputException.worded(
            "fields",
            "A worksheet needs 1 to " + FIELDS_MAX + " fields.",
            "refusal.library.resource.fields",
            FIELDS_MAX);
      }
      for (int i = 0; i < fields.size(); i++) {
        fields.get(i).validate(i);
      }
    }
  }

  String topicsText() {
    return topics.isEmpty() ? null : String.join(",", topics);
  }

  String groupKindsText() {
    return groupKinds.isEmpty()
        ? null
        : groupKinds.stream().map(Modality::name).collect(Collectors.joining(","));
  }

  static Set<Modality> groupKindsOf(String text) {
    return text == null
        ? EnumSet.noneOf(Modality.class)
        : Arrays.stream(text.split(","))
            .map(Modality::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Modality.class)));
  }

  private static boolean isWebAddress(String text) {
    if (text.length() > LINK_MAX) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
