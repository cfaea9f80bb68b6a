package org.aftercare.ui.security;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;

/**
 * The {@code ?clinic=} of a link, shown in a sign-in form's clinic field as the short name people
 * type. Links in mails carry the clinic's id, which names no clinic in an inbox; a short name (from
 * a link a clinic hands out) passes through as it is.
 */
final class ClinicParameter {

  private ClinicParameter() {}

  static void prefill(TextField field, BeforeEnterEvent event, TenantService tenants) {
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("clinic")
        .map(
            reference ->
                tenants.findActiveByReference(reference).map(Tenant::getSlug).orElse(reference))
        .ifPresent(field::setValue);
  }
}
