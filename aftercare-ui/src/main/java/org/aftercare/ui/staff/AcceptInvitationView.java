package org.aftercare.ui.staff;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.aftercare.staff.Invitation;
import org.aftercare.staff.StaffInvitations;
import org.aftercare.ui.security.AccountCard;
import org.aftercare.ui.security.NewPasswordFields;

/** Where an invitation link leads: the invited person chooses a password, once. */
@CdiComponent
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends AccountCard
    implements BeforeEnterObserver, HasDynamicTitle {

  private final StaffInvitations invitations;
  private String clinic = "";
  private String token = "";

  @Inject
  public AcceptInvitationView(StaffInvitations invitations) {
    this.invitations = invitations;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    clinic = query.getSingleParameter("clinic").orElse("");
    token = query.getSingleParameter("token").orElse("");
    invitations.usable(clinic, token).ifPresentOrElse(this::showPasswordForm, this::showUnusable);
  }

  private void showPasswordForm(Invitation invitation) {
    card.removeAll();
    var newPassword = new NewPasswordFields();
    var join = new Button(getTranslation("staff.accept.join"), click -> join(newPassword));
    join.setId("accept-invitation");
    join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    join.addClickShortcut(Key.ENTER);
    card.add(
        new H1(getTranslation("staff.accept.welcome", invitation.getDisplayName())),
        new Paragraph(
            getTranslation(
                "staff.accept.joiningAs",
                invitation.getEmail(),
                RolePicker.labels(invitation.getRoles()))),
        newPassword,
        join);
  }

  private void join(NewPasswordFields newPassword) {
    applyPassword(
        newPassword,
        clinic,
        password -> invitations.accept(clinic, token, password),
        getTranslation("staff.accept.ready"),
        this::showUnusable);
  }

  private void showUnusable() {
    card.removeAll();
    var explanation = new Paragraph(getTranslation("staff.accept.unusable"));
    explanation.setId("invitation-unusable");
    card.add(new H1(getTranslation("staff.accept.invitationNotValid")), explanation);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.acceptInvitation");
  }
}
