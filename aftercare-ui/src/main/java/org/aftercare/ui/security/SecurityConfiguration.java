package org.aftercare.ui.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.aftercare.access.Role;

/**
 * Jakarta Security's custom form mechanism with the Vaadin login view as its form. The error page
 * stays empty: otherwise a failed sign-in would forward Vaadin's own request to it.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
  Role.Names.PLATFORM_OPERATOR,
  Role.Names.CLINIC_ADMIN,
  Role.Names.CLINICIAN,
  Role.Names.PEER_MENTOR,
  Role.Names.CLIENT
})
public class SecurityConfiguration {}
