package org.aftercare.ui.staff;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.EnumSet;
import java.util.Set;
import org.aftercare.access.Role;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;

/** The staff roles a clinic admin can give, with the names staff know them by. */
class RolePicker extends CheckboxGroup<Role> {

  RolePicker() {
    super(PortalTranslations.text("staff.roles.label"));
    setId("staff-roles");
    setItems(EnumSet.of(Role.CLINIC_ADMIN, Role.CLINICIAN, Role.PEER_MENTOR));
    setItemLabelGenerator(Labels::of);
    setRequiredIndicatorVisible(true);
  }

  static String labels(Set<Role> roles) {
    return String.join(", ", roles.stream().sorted().map(Labels::of).toList());
  }
}
