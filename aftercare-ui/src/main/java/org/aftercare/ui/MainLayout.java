package org.aftercare.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Optional;
import org.aftercare.access.SignedInUser;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.security.ChangePasswordView;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * The frame of every signed-in page: clinic name, the account menu at the top right (password,
 * sign-out), and side navigation listing only the views the user's role may open (Vaadin filters
 * the {@code @Menu} entries by their access annotations). Being signed in, it also asks the service
 * worker to keep the clinic's crisis page for when the connection drops.
 */
@CdiComponent
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  @Inject
  public MainLayout(CurrentClinic clinic) {
    var user = PortalSession.current();
    String clinicName = clinic.tenant().map(Tenant::getName).orElse("Aftercare platform");
    var toggle = new DrawerToggle();
    toggle.setAriaLabel("Menu");
    addToNavbar(toggle, createHeader(clinicName, user));
    addToDrawer(createNavigation());
    setPrimarySection(Section.DRAWER);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    super.onAttach(attach);
    attach
        .getUI()
        .getPage()
        .executeJs(
            "navigator.serviceWorker && navigator.serviceWorker.ready.then("
                + "r => r.active && r.active.postMessage('remember-crisis-contacts'))");
  }

  private static HorizontalLayout createHeader(String clinicName, Optional<SignedInUser> user) {
    var title = new Span(clinicName);
    title.addClassNames("font-semibold", "text-l", "aftercare-header-title");
    var header = new HorizontalLayout(title, createAccountMenu(user));
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.setWidthFull();
    header.addClassNames("px-m");
    return header;
  }

  /** What concerns the person rather than the clinic's work: their password and signing out. */
  private static MenuBar createAccountMenu(Optional<SignedInUser> user) {
    String name = user.map(SignedInUser::displayName).orElse("");
    var avatar = new Avatar(name);
    avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
    avatar.getElement().setAttribute("aria-hidden", "true");
    var who = new Span(name);
    who.addClassNames("aftercare-header-user");
    var menu = new MenuBar();
    menu.addClassName("aftercare-account-menu");
    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_END_ALIGNED);
    var account = menu.addItem(new HorizontalLayout(avatar, who));
    account.setId("account-menu");
    account.setAriaLabel("Account: " + name);
    var items = account.getSubMenu();
    if (user.flatMap(SignedInUser::tenantId).isPresent()) {
      items
          .addItem(
              "Change password",
              click -> account.getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)))
          .setId("account-password");
    }
    items.addItem("Sign out", click -> PortalSession.signOut()).setId("sign-out");
    return menu;
  }

  private static SideNav createNavigation() {
    var navigation = new SideNav();
    navigation.setLabel("Main");
    MenuConfiguration.getMenuEntries()
        .forEach(entry -> navigation.addItem(new SideNavItem(entry.title(), entry.path())));
    return navigation;
  }
}
