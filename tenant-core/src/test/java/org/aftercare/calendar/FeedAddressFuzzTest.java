package org.aftercare.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.aftercare.identity.LinkToken;

/**
 * Feed paths come from anyone who guesses at {@code /calendar/}: a path is an address or none, an
 * address names the clinic and token it was made of, and the token looks up by its hash whatever it
 * holds.
 */
class FeedAddressFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({"/", ".ics", "riverside", "harbor-light", "0190c6e1-7c3e-7b0a-9b1d-", "%2F"})
  void pathIsAnAddressOrNone(byte[] requested) {
    String path = new String(requested, StandardCharsets.UTF_8);

    var address = FeedAddress.parse(path);

    address.ifPresent(
        read -> {
          assertThat(read.path()).isEqualTo(path);
          assertThat(LinkToken.hashOf(read.token())).hasSize(64);
        });
  }

  @FuzzTest(maxDuration = "1m")
  void addressMadeForAPersonReadsBack(FuzzedDataProvider data) {
    var made =
        new FeedAddress(
            new UUID(data.consumeLong(), data.consumeLong()).toString(),
            LinkToken.create().value());

    assertThat(FeedAddress.parse(made.path())).hasValue(made);
  }
}
