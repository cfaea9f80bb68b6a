package org.aftercare.groups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The participant key rides on the meeting link as one more query parameter. */
class ParticipantKeysTest {

  @Test
  void theKeyIsAddedAsTheFirstOrAFurtherParameterBeforeAnyFragment() {
    assertThat(ParticipantKeys.carrying("https://meet.example/g1", "aftercare", "k-1"))
        .isEqualTo("https://meet.example/g1?aftercare=k-1");
    assertThat(ParticipantKeys.carrying("https://zoom.example/j/81?pwd=x", "customer_key", "k_2"))
        .isEqualTo("https://zoom.example/j/81?pwd=x&customer_key=k_2");
    assertThat(ParticipantKeys.carrying("https://meet.example/room#config.a=b", "aftercare", "k"))
        .isEqualTo("https://meet.example/room?aftercare=k#config.a=b");
  }
}
