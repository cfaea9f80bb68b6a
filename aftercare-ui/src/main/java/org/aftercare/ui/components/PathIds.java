package org.aftercare.ui.components;

import java.util.Optional;
import java.util.UUID;

/** The id a servlet's address ends with ({@code /join/<id>}, {@code /files/<id>}), if it is one. */
public final class PathIds {

  private PathIds() {}

  /** The id in a servlet's path info ({@code "/<id>"}); empty for anything else. */
  public static Optional<UUID> in(String pathInfo) {
    if (pathInfo == null || pathInfo.length() < 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(pathInfo.substring(1)));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
