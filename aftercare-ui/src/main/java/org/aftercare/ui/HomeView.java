package org.aftercare.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.identity.Role;
import org.aftercare.identity.SignedInUser;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/** The start page after sign-in: who you are signed in as, and in which role. */
@CdiComponent
@Route("")
@PageTitle("Home · Aftercare")
@Menu(order = 0, title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

  @Inject
  public HomeView(CurrentClinic clinic) {
    addClassName("aftercare-page");
    var user = PortalSession.current();
    add(new H1("Welcome, " + user.map(SignedInUser::displayName).orElse("")));
    add(
        new Paragraph(
            "Signed in as "
                + user.map(SignedInUser::getName).orElse("")
                + " · "
                + roles(user.map(SignedInUser::roles).orElse(Set.of()))));
    add(new Paragraph("Use the menu to open the parts of the portal your role includes."));
    clinic
        .tenant()
        .map(Tenant::settings)
        .map(ClinicSettings::welcomeText)
        .filter(text -> user.map(SignedInUser::roles).orElse(Set.of()).contains(Role.CLIENT))
        .ifPresent(this::addWelcome);
  }

  private void addWelcome(String welcomeText) {
    var welcome = new Paragraph(welcomeText);
    welcome.setId("clinic-welcome");
    welcome.addClassNames("text-l");
    addComponentAtIndex(1, welcome);
  }

  private static String roles(Set<Role> roles) {
    return roles.stream()
        .map(role -> role.name().toLowerCase().replace('_', ' '))
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
