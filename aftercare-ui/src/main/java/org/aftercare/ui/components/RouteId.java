package org.aftercare.ui.components;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.shared.NotFoundException;

/**
 * The id of the record a page's address names, such as {@code :sessionId} in {@code
 * sessions/:sessionId}. An address whose id is not an id at all (mistyped, cut short) is a record
 * not found, just as another clinic's id is: the page tells nothing more about either.
 */
public record RouteId(String parameter, String record) {

  /** The address parameters that open the page on this record. */
  public RouteParameters of(UUID id) {
    return new RouteParameters(parameter, id.toString());
  }

  /** The id in the address being entered ({@code event.getRouteParameters()}). */
  public UUID in(RouteParameters address) {
    return ifIn(address).orElseThrow(() -> new NotFoundException(record));
  }

  /** The id, for a page that also opens without one (a new group rather than an edited one). */
  public Optional<UUID> ifIn(RouteParameters address) {
    return address.get(parameter).map(this::parse);
  }

  private UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException(record);
    }
  }
}
