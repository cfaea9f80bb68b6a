package org.aftercare.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientSearchTest {

  @Test
  void missingTextAndSortFallBackToAllClientsByDisplayName() {
    var search = new ClientSearch(null, null, true, 0, 10);

    assertThat(search.text()).isEmpty();
    assertThat(search.sortBy()).isEqualTo(ClientSearch.SortBy.DISPLAY_NAME);
  }

  @Test
  void pagesOutsideTheAllowedWindowAreRefused() {
    assertThatThrownBy(() -> new ClientSearch("", null, true, -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClientSearch("", null, true, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClientSearch("", null, true, 0, ClientSearch.MAX_PAGE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
