package org.aftercare.ui.security;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.aftercare.identity.PasswordResets;

/** Where a reset link leads: choose a new password, once; a locked account is unlocked. */
@CdiComponent
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends AccountCard implements BeforeEnterObserver, HasDynamicTitle {

  private final PasswordResets resets;
  private String clinic = "";
  private String token = "";

  @Inject
  public ResetPasswordView(PasswordResets resets) {
    this.resets = resets;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var query = event.getLocation().getQueryParameters();
    clinic = query.getSingleParameter("clinic").orElse("");
    token = query.getSingleParameter("token").orElse("");
    if (resets.isUsable(clinic, token)) {
      showForm();
    } else {
      showUnusable();
    }
  }

  private void showForm() {
    card.removeAll();
    var newPassword = new NewPasswordFields();
    var save = new Button(getTranslation("password.reset.save"), click -> save(newPassword));
    save.setId("save-password");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickShortcut(Key.ENTER);
    card.add(new H1(getTranslation("password.reset.chooseANew")), newPassword, save);
  }

  private void save(NewPasswordFields newPassword) {
    applyPassword(
        newPassword,
        clinic,
        password -> resets.reset(clinic, token, password),
        getTranslation("password.reset.done"),
        this::showUnusable);
  }

  private void showUnusable() {
    card.removeAll();
    var explanation = new Paragraph(getTranslation("password.reset.explanation"));
    explanation.setId("reset-unusable");
    card.add(
        new H1(getTranslation("password.reset.linkNotValid")),
        explanation,
        new Anchor("/forgot-password?clinic=" + clinic, getTranslation("password.reset.sendANew")));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.resetPassword");
  }
}
