package org.aftercare.ui.security;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.aftercare.identity.PasswordResets;
import org.aftercare.tenancy.TenantService;

/** Asks for clinic and e-mail and sends a reset link; the answer is the same for any input. */
@CdiComponent
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends AccountCard
    implements BeforeEnterObserver, HasDynamicTitle {

  private final TextField clinic = new TextField(getTranslation("password.forgot.clinic"));
  private final TenantService tenants;
  private final EmailField email = new EmailField(getTranslation("password.forgot.email"));

  @Inject
  public ForgotPasswordView(PasswordResets resets, TenantService tenants) {
    this.tenants = tenants;
    clinic.setId("reset-clinic");
    clinic.setWidthFull();
    email.setId("reset-email");
    email.setWidthFull();
    var send = new Button(getTranslation("password.forgot.send"), click -> send(resets));
    send.setId("send-reset");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickShortcut(Key.ENTER);
    card.add(
        new H1(getTranslation("password.forgot.forgottenPassword")),
        new Paragraph(getTranslation("password.forgot.weWillE")),
        clinic,
        email,
        send,
        new Anchor("/login", getTranslation("password.backToSignIn")));
  }

  private void send(PasswordResets resets) {
    resets.request(clinic.getValue(), email.getValue());
    card.removeAll();
    var sent = new Paragraph(getTranslation("password.forgot.sent"));
    sent.setId("reset-sent");
    card.add(
        new H1(getTranslation("password.forgot.checkYourE")),
        sent,
        new Anchor("/login", getTranslation("password.backToSignIn")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    ClinicParameter.prefill(clinic, event, tenants);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.forgotPassword");
  }
}
