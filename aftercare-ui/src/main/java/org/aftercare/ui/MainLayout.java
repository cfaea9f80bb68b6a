package org.aftercare.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.aftercare.access.SignedInUser;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * The frame of every signed-in page: clinic name, the user, sign-out, and side navigation listing
 * only the views the user's role may open (Vaadin filters the {@code @Menu} entries by their access
 * annotations).
 */
@CdiComponent
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  @Inject
  public MainLayout(CurrentClinic clinic) {
    var user = PortalSession.current();
    String clinicName = clinic.tenant().map(Tenant::getName).orElse("Aftercare platform");
    addToNavbar(
        new DrawerToggle(),
        createHeader(clinicName, user.map(SignedInUser::displayName).orElse("")));
    addToDrawer(createNavigation());
    setPrimarySection(Section.DRAWER);
  }

  private static HorizontalLayout createHeader(String clinicName, String userName) {
    var title = new Span(clinicName);
    title.addClassNames("font-semibold", "text-l");
    var who = new Span(userName);
    who.addClassNames("text-secondary", "aftercare-header-user");
    var signOut = new Button("Sign out", click -> PortalSession.signOut());
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    signOut.setId("sign-out");
    var header = new HorizontalLayout(title, who, signOut);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.setWidthFull();
    header.addClassNames("px-m");
    return header;
  }

  private static SideNav createNavigation() {
    var navigation = new SideNav();
    navigation.setLabel("Main");
    MenuConfiguration.getMenuEntries()
        .forEach(entry -> navigation.addItem(new SideNavItem(entry.title(), entry.path())));
    return navigation;
  }
}
