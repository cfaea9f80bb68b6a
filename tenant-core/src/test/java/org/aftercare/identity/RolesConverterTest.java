package org.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.aftercare.access.Role;
import org.junit.jupiter.api.Test;

class RolesConverterTest {

  private final RolesConverter converter = new RolesConverter();

  @Test
  void rolesSurviveTheRoundTripInAStableOrder() {
    var roles = EnumSet.of(Role.PEER_MENTOR, Role.CLINICIAN);

    String column = converter.convertToDatabaseColumn(roles);

    assertThat(column).isEqualTo("CLINICIAN,PEER_MENTOR");
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(roles);
  }

  @Test
  void emptyColumnMeansNoRoles() {
    assertThat(converter.convertToEntityAttribute("")).isEmpty();
    assertThat(converter.convertToEntityAttribute(null)).isEmpty();
  }
}
