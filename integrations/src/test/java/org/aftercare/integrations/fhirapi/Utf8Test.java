package org.aftercare.integrations.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void wellFormedQueriesPass() {
    assertThat(Utf8.isWellFormedQuery(null)).isTrue();
    assertThat(Utf8.isWellFormedQuery("identifier=MRN-1&_count=10")).isTrue();
    assertThat(Utf8.isWellFormedQuery("name=Jos%C3%A9")).isTrue();
  }

  @Test
  void brokenBytesAndBrokenEscapesDoNot() {
    assertThat(Utf8.isWellFormedQuery("identifier=%FF%FE")).isFalse();
    assertThat(Utf8.isWellFormedQuery("name=Jos%C3")).isFalse();
    assertThat(Utf8.isWellFormedQuery("name=%G1")).isFalse();
    assertThat(Utf8.isWellFormedQuery("name=%4")).isFalse();
  }
}
