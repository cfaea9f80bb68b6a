package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.RouteParameters;
import java.util.UUID;
import org.aftercare.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * A page's address carries its record's id under the parameter the route names; an address whose id
 * is no id is a record not found, and a page that also opens without one sees none.
 */
class RouteIdTest {

  private static final RouteId SESSION_ID = new RouteId("sessionId", "Session");

  @Test
  void theParametersOfARecordOpenThePageOnIt() {
    UUID id = UUID.randomUUID();

    RouteParameters parameters = SESSION_ID.of(id);

    assertThat(SESSION_ID.in(parameters)).isEqualTo(id);
  }

  @Test
  void anAddressWhoseIdIsNoIdIsARecordNotFound() {
    var mistyped = new RouteParameters("sessionId", "not-an-id");

    assertThatThrownBy(() -> SESSION_ID.in(mistyped))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Session not found");
  }

  @Test
  void anAddressWithoutTheIdIsARecordNotFoundUnlessThePageOpensWithoutOne() {
    var without = RouteParameters.empty();

    assertThat(SESSION_ID.ifIn(without)).isEmpty();
    assertThatThrownBy(() -> SESSION_ID.in(without)).isInstanceOf(NotFoundException.class);
  }
}
