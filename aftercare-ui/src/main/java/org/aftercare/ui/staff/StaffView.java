package org.aftercare.ui.staff;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.aftercare.access.Role;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.staff.Invitation;
import org.aftercare.staff.Invitations;
import org.aftercare.staff.StaffAdministration;
import org.aftercare.staff.StaffInvitations;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.security.CurrentClinic;

/**
 * The clinic's staff and open invitations. A clinic's staff is small, so both lists are read whole;
 * every change goes through the services, which check the admin role and the last-admin rule.
 */
@CdiComponent
@Route("staff")
@PageTitle("Staff · Aftercare")
@Menu(order = 4, title = "Staff")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class StaffView extends VerticalLayout {

  private final AccountService accounts;
  private final StaffAdministration staffAdmin;
  private final Mentoring mentoring;
  private final Invitations invitations;
  private final StaffInvitations staffInvitations;
  private final DateTimeFormatter expiry;
  private final Grid<Account> staff = new Grid<>(Account.class, false);
  private final Grid<Invitation> open = new Grid<>(Invitation.class, false);

  @Inject
  public StaffView(
      AccountService accounts,
      StaffAdministration staffAdmin,
      Mentoring mentoring,
      Invitations invitations,
      StaffInvitations staffInvitations,
      CurrentClinic clinic) {
    this.accounts = accounts;
    this.staffAdmin = staffAdmin;
    this.mentoring = mentoring;
    this.invitations = invitations;
    this.staffInvitations = staffInvitations;
    this.expiry =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.US)
            .withZone(clinic.zone());
    addClassName("aftercare-page");
    var invite = new Button("Invite staff", VaadinIcon.ENVELOPE.create(), click -> openInvite());
    invite.setId("invite-staff");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    configureStaffGrid();
    configureInvitationGrid();
    add(new H1("Staff"), invite, staff, new H2("Open invitations"), open);
    refresh();
  }

  private void configureStaffGrid() {
    staff.setId("staff");
    staff.setAllRowsVisible(true);
    staff.addColumn(Account::getDisplayName).setHeader("Name").setAutoWidth(true);
    staff.addColumn(Account::getEmail).setHeader("E-mail").setAutoWidth(true);
    staff.addColumn(account -> RolePicker.labels(account.getRoles())).setHeader("Roles");
    staff.addComponentColumn(StaffView::statusBadge).setHeader("Status").setAutoWidth(true);
    staff.addComponentColumn(this::staffActions).setHeader("").setAutoWidth(true);
  }

  private void configureInvitationGrid() {
    open.setId("invitations");
    open.setAllRowsVisible(true);
    open.addColumn(Invitation::getEmail).setHeader("E-mail").setAutoWidth(true);
    open.addColumn(Invitation::getDisplayName).setHeader("Name");
    open.addColumn(invitation -> RolePicker.labels(invitation.getRoles())).setHeader("Roles");
    open.addColumn(invitation -> expiry.format(invitation.getExpiresAt()))
        .setHeader("Link valid until");
    open.addComponentColumn(this::invitationActions).setHeader("").setAutoWidth(true);
    open.setEmptyStateText("No open invitations.");
  }

  private static Badge statusBadge(Account account) {
    if (!account.isActive()) {
      return new Badge("Deactivated");
    }
    var badge = new Badge(account.isLocked() ? "Locked" : "Active");
    badge.addThemeVariants(account.isLocked() ? BadgeVariant.ERROR : BadgeVariant.SUCCESS);
    return badge;
  }

  private HorizontalLayout staffActions(Account account) {
    var actions = new HorizontalLayout();
    if (!account.isActive()) {
      return actions;
    }
    var roles = new RowAction("Roles", () -> openRoles(account));
    roles.setId("roles-" + account.getEmail());
    actions.add(roles);
    if (account.getRoles().contains(Role.PEER_MENTOR)) {
      actions.add(
          new RowAction(
              "Caseload (" + account.getCaseloadCapacity() + ")", () -> openCaseload(account)));
    }
    if (account.isLocked()) {
      actions.add(
          new RowAction(
              "Unlock",
              () ->
                  changed(
                      staffAdmin.unlock(account.getId()).getDisplayName() + " can sign in again")));
    }
    var signOut = new RowAction("Sign out everywhere", () -> confirmSignOutEverywhere(account));
    signOut.setId("sign-out-everywhere-" + account.getEmail());
    actions.add(signOut);
    var deactivate = new RowAction("Deactivate", () -> confirmDeactivate(account));
    deactivate.setId("deactivate-" + account.getEmail());
    deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
    actions.add(deactivate);
    return actions;
  }

  private HorizontalLayout invitationActions(Invitation invitation) {
    return new HorizontalLayout(
        new RowAction(
            "Resend",
            () -> {
              staffInvitations.resend(invitation.getId());
              changed("Sent a new link to " + invitation.getEmail());
            }),
        new RowAction(
            "Revoke",
            () -> {
              staffInvitations.revoke(invitation.getId());
              changed("The link to " + invitation.getEmail() + " no longer works");
            }));
  }

  private void openInvite() {
    new InviteDialog(staffInvitations, () -> changed("Invitation sent")).open();
  }

  private void openRoles(Account account) {
    var dialog = new Dialog();
    dialog.setHeaderTitle("Roles of " + account.getDisplayName());
    var roles = new RolePicker();
    roles.setValue(account.getRoles());
    dialog.add(roles);
    var save =
        new Button(
            "Save",
            click -> {
              staffAdmin.changeRoles(account.getId(), roles.getValue());
              dialog.close();
              changed("Roles changed; " + account.getDisplayName() + " signs in again to use them");
            });
    save.setId("save-roles");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
    dialog.open();
  }

  /** How many mentees a peer mentor takes at most; mentor suggestions leave full mentors out. */
  private void openCaseload(Account account) {
    var dialog = new Dialog("Caseload of " + account.getDisplayName());
    var capacity = new IntegerField("Most mentees at once");
    capacity.setId("caseload-capacity");
    capacity.setMin(0);
    capacity.setMax(100);
    capacity.setStepButtonsVisible(true);
    capacity.setValue(account.getCaseloadCapacity());
    dialog.add(capacity);
    var save =
        new Button(
            "Save",
            click -> {
              try {
                mentoring.changeCaseloadCapacity(
                    account.getId(), capacity.getValue() == null ? -1 : capacity.getValue());
                dialog.close();
                changed("Caseload changed");
              } catch (InvalidInputException invalid) {
                new FieldErrors(capacity).show(invalid);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
    dialog.open();
  }

  private void confirmSignOutEverywhere(Account account) {
    var confirm =
        new ConfirmDialog(
            "Sign " + account.getDisplayName() + " out everywhere?",
            "Every browser and phone they are signed in on is signed out at its next click."
                + " They can sign in again.",
            "Sign out everywhere",
            event ->
                changed(
                    staffAdmin.signOutEverywhere(account.getId()).getDisplayName()
                        + " is signed out everywhere"));
    confirm.setCancelable(true);
    confirm.open();
  }

  private void confirmDeactivate(Account account) {
    var confirm =
        new ConfirmDialog(
            "Deactivate " + account.getDisplayName() + "?",
            "They are signed out at once and cannot sign in again. Their history stays.",
            "Deactivate",
            event ->
                changed(
                    staffAdmin.deactivate(account.getId()).getDisplayName() + " is deactivated"));
    confirm.setCancelable(true);
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }

  private void changed(String message) {
    Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    refresh();
  }

  private void refresh() {
    staff.setItems(accounts.staff());
    open.setItems(invitations.open());
  }
}
