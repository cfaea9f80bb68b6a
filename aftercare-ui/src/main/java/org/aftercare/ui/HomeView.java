package org.aftercare.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.portal.ClientHome;
import org.aftercare.ui.security.PortalSession;

/**
 * The start page after sign-in. Clients get their own home ({@link ClientHome}); staff see who they
 * are signed in as and use the menu.
 */
@CdiComponent
@Route("")
@PageTitle("Home · Aftercare")
@Menu(order = 0, title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

  @Inject
  public HomeView(Instance<ClientHome> clientHome) {
    addClassName("aftercare-page");
    var user = PortalSession.current();
    Set<Role> roles = user.map(SignedInUser::roles).orElse(Set.of());
    add(new H1("Welcome, " + user.map(SignedInUser::displayName).orElse("")));
    if (roles.contains(Role.CLIENT)) {
      add(clientHome.get());
      return;
    }
    add(
        new Paragraph(
            "Signed in as " + user.map(SignedInUser::getName).orElse("") + " · " + names(roles)));
    add(new Paragraph("Use the menu to open the parts of the portal your role includes."));
  }

  private static String names(Set<Role> roles) {
    return roles.stream().map(Labels::inSentence).sorted().collect(Collectors.joining(", "));
  }
}
