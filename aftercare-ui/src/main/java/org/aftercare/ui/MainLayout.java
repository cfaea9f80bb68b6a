package org.aftercare.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Optional;
import org.aftercare.access.SignedInUser;
import org.aftercare.languages.PreferredLanguages;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.components.PortalTranslations;
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

  private final PreferredLanguages languages;

  @Inject
  public MainLayout(CurrentClinic clinic, PreferredLanguages languages) {
    this.languages = languages;
    var user = PortalSession.current();
    String clinicName =
        clinic.tenant().map(Tenant::getName).orElseGet(() -> getTranslation("layout.platform"));
    var toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("layout.menu"));
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

  private HorizontalLayout createHeader(String clinicName, Optional<SignedInUser> user) {
    var title = new Span(clinicName);
    title.addClassNames("font-semibold", "text-l", "aftercare-header-title");
    var header = new HorizontalLayout(title, createAccountMenu(user));
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.setWidthFull();
    header.addClassNames("px-m");
    return header;
  }

  /**
   * What concerns the person rather than the clinic's work: their language, their password and
   * signing out.
   */
  private MenuBar createAccountMenu(Optional<SignedInUser> user) {
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
    account.setAriaLabel(getTranslation("account.menu.label", name));
    var items = account.getSubMenu();
    if (user.flatMap(SignedInUser::tenantId).isPresent()) {
      addLanguageChoice(items.addItem(getTranslation("account.language")));
      items
          .addItem(
              getTranslation("account.password"),
              click -> account.getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)))
          .setId("account-password");
    }
    items
        .addItem(getTranslation("account.signOut"), click -> PortalSession.signOut())
        .setId("sign-out");
    return menu;
  }

  /**
   * Each language named in itself. The choice is kept for the person and applies to this session at
   * once: the page reloads so that everything on it is in the new language.
   */
  private void addLanguageChoice(MenuItem language) {
    language.setId("account-language");
    for (String tag : PreferredLanguages.OFFERED) {
      var item =
          language
              .getSubMenu()
              .addItem(
                  getTranslation("account.language." + tag),
                  click -> {
                    languages.choose(tag);
                    VaadinSession.getCurrent().setLocale(PortalTranslations.forLanguage(tag));
                    UI.getCurrent().getPage().reload();
                  });
      item.setId("language-" + tag);
      item.setCheckable(true);
      item.setChecked(tag.equals(getLocale().getLanguage()));
    }
  }

  /**
   * Every page is named in the reader's language from the bundles' {@code nav.<path>}; a page the
   * bundles do not name yet keeps its {@code @Menu} title.
   */
  private SideNav createNavigation() {
    var navigation = new SideNav();
    navigation.setLabel(getTranslation("layout.navigation"));
    MenuConfiguration.getMenuEntries()
        .forEach(
            entry ->
                navigation.addItem(
                    new SideNavItem(navigationTitle(entry.path(), entry.title()), entry.path())));
    return navigation;
  }

  private String navigationTitle(String path, String title) {
    String key = "nav." + path.replaceFirst("^/", "");
    return PortalTranslations.inOr(key, title);
  }
}
