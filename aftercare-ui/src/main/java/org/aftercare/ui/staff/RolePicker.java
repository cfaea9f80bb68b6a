package org.aftercare.ui.staff;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.EnumSet;
import java.util.Set;
import org.aftercare.access.Role;

/** The staff roles a clinic admin can give, with the names staff know them by. */
class RolePicker extends CheckboxGroup<Role> {

  RolePicker() {
    super("Roles");
    setId("staff-roles");
    setItems(EnumSet.of(Role.CLINIC_ADMIN, Role.CLINICIAN, Role.PEER_MENTOR));
    setItemLabelGenerator(RolePicker::label);
    setRequiredIndicatorVisible(true);
  }

  static String label(Role role) {
    return switch (role) {
      case CLINIC_ADMIN -> "Clinic admin";
      case CLINICIAN -> "Clinician";
      case PEER_MENTOR -> "Peer mentor";
      case CLIENT -> "Client";
      case PLATFORM_OPERATOR -> "Platform operator";
    };
  }

  static String labels(Set<Role> roles) {
    return String.join(", ", roles.stream().sorted().map(RolePicker::label).toList());
  }
}
