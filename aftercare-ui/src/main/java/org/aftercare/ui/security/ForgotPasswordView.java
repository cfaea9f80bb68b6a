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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.aftercare.identity.PasswordResets;
import org.aftercare.tenancy.TenantService;

/** Asks for clinic and e-mail and sends a reset link; the answer is the same for any input. */
@CdiComponent
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgotten password · Aftercare")
@AnonymousAllowed
public class ForgotPasswordView extends AccountCard implements BeforeEnterObserver {

  private final TextField clinic = new TextField("Clinic");
  private final TenantService tenants;
  private final EmailField email = new EmailField("E-mail");

  @Inject
  public ForgotPasswordView(PasswordResets resets, TenantService tenants) {
    this.tenants = tenants;
    clinic.setId("reset-clinic");
    clinic.setWidthFull();
    email.setId("reset-email");
    email.setWidthFull();
    var send = new Button("Send me a link", click -> send(resets));
    send.setId("send-reset");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickShortcut(Key.ENTER);
    card.add(
        new H1("Forgotten password"),
        new Paragraph("We will e-mail you a link to choose a new password. It works for one hour."),
        clinic,
        email,
        send,
        new Anchor("/login", "Back to sign-in"));
  }

  private void send(PasswordResets resets) {
    resets.request(clinic.getValue(), email.getValue());
    card.removeAll();
    var sent =
        new Paragraph(
            "If the clinic and e-mail match an account, a link is on its way. Check your inbox.");
    sent.setId("reset-sent");
    card.add(new H1("Check your e-mail"), sent, new Anchor("/login", "Back to sign-in"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    ClinicParameter.prefill(clinic, event, tenants);
  }
}
