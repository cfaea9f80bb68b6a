package org.aftercare.ui.staff;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.aftercare.access.Role;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.staff.Invitation;
import org.aftercare.staff.Invitations;
import org.aftercare.staff.StaffAdministration;
import org.aftercare.staff.StaffInvitations;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;

/**
 * The clinic's staff and open invitations. A clinic's staff is small, so both lists are read whole;
 * every change goes through the services, which check the admin role and the last-admin rule.
 */
@CdiComponent
@Route("staff")
@Menu(order = 4, title = "Staff")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

  private final AccountService accounts;
  private final StaffAdministration staffAdmin;
  private final Mentoring mentoring;
  private final Invitations invitations;
  private final StaffInvitations staffInvitations;
  private final ZoneId zone;
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
    this.zone = clinic.zone();
    addClassName("aftercare-page");
    var invite =
        new Button(
            getTranslation("staff.invite"), VaadinIcon.ENVELOPE.create(), click -> openInvite());
    invite.setId("invite-staff");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    configureStaffGrid();
    configureInvitationGrid();
    add(
        new H1(getTranslation("staff.staff")),
        invite,
        staff,
        new H2(getTranslation("staff.openInvitations")),
        open);
    refresh();
  }

  private void configureStaffGrid() {
    staff.setId("staff");
    staff.setAllRowsVisible(true);
    staff
        .addColumn(Account::getDisplayName)
        .setHeader(getTranslation("staff.column.name"))
        .setAutoWidth(true);
    staff
        .addColumn(Account::getEmail)
        .setHeader(getTranslation("staff.column.eMail"))
        .setAutoWidth(true);
    staff
        .addColumn(account -> RolePicker.labels(account.getRoles()))
        .setHeader(getTranslation("staff.column.roles"));
    staff
        .addComponentColumn(StaffView::statusBadge)
        .setHeader(getTranslation("staff.column.status"))
        .setAutoWidth(true);
    staff.addComponentColumn(this::staffActions).setHeader("").setAutoWidth(true);
  }

  private void configureInvitationGrid() {
    open.setId("invitations");
    open.setAllRowsVisible(true);
    open.addColumn(Invitation::getEmail)
        .setHeader(getTranslation("staff.column.eMail"))
        .setAutoWidth(true);
    open.addColumn(Invitation::getDisplayName).setHeader(getTranslation("staff.column.name"));
    open.addColumn(invitation -> RolePicker.labels(invitation.getRoles()))
        .setHeader(getTranslation("staff.column.roles"));
    open.addColumn(invitation -> SessionTimes.at(invitation.getExpiresAt(), zone))
        .setHeader(getTranslation("staff.column.linkValidUntil"));
    open.addComponentColumn(this::invitationActions).setHeader("").setAutoWidth(true);
    open.setEmptyStateText(getTranslation("staff.open.empty"));
  }

  private static Badge statusBadge(Account account) {
    if (!account.isActive()) {
      return new Badge(PortalTranslations.text("staff.deactivated"));
    }
    var badge =
        new Badge(PortalTranslations.text(account.isLocked() ? "staff.locked" : "staff.active"));
    badge.addThemeVariants(account.isLocked() ? BadgeVariant.ERROR : BadgeVariant.SUCCESS);
    return badge;
  }

  private HorizontalLayout staffActions(Account account) {
    var actions = new HorizontalLayout();
    if (!account.isActive()) {
      return actions;
    }
    var roles = new RowAction(getTranslation("staff.column.roles"), () -> openRoles(account));
    roles.setId("roles-" + account.getEmail());
    actions.add(roles);
    if (account.getRoles().contains(Role.PEER_MENTOR)) {
      actions.add(
          new RowAction(
              getTranslation("staff.caseload", account.getCaseloadCapacity()),
              () -> openCaseload(account)));
    }
    if (account.isLocked()) {
      actions.add(
          new RowAction(
              getTranslation("staff.unlock"),
              () ->
                  changed(
                      getTranslation(
                          "staff.unlocked", staffAdmin.unlock(account.getId()).getDisplayName()))));
    }
    var signOut =
        new RowAction(getTranslation("staff.signOut"), () -> confirmSignOutEverywhere(account));
    signOut.setId("sign-out-everywhere-" + account.getEmail());
    actions.add(signOut);
    var deactivate =
        new RowAction(getTranslation("staff.deactivate"), () -> confirmDeactivate(account));
    deactivate.setId("deactivate-" + account.getEmail());
    deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
    actions.add(deactivate);
    return actions;
  }

  private HorizontalLayout invitationActions(Invitation invitation) {
    return new HorizontalLayout(
        new RowAction(
            getTranslation("staff.resend"),
            () -> {
              staffInvitations.resend(invitation.getId());
              changed(getTranslation("staff.resent", invitation.getEmail()));
            }),
        new RowAction(
            getTranslation("staff.revoke"),
            () -> {
              staffInvitations.revoke(invitation.getId());
              changed(getTranslation("staff.revoked", invitation.getEmail()));
            }));
  }

  private void openInvite() {
    new InviteDialog(staffInvitations, () -> changed(getTranslation("staff.invitationSent")))
        .open();
  }

  private void openRoles(Account account) {
    var dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("staff.rolesDialog.title", account.getDisplayName()));
    var roles = new RolePicker();
    roles.setValue(account.getRoles());
    dialog.add(roles);
    var save =
        new Button(
            getTranslation("staff.save"),
            click -> {
              staffAdmin.changeRoles(account.getId(), roles.getValue());
              dialog.close();
              changed(getTranslation("staff.rolesChanged", account.getDisplayName()));
            });
    save.setId("save-roles");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("staff.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  /** How many mentees a peer mentor takes at most; mentor suggestions leave full mentors out. */
  private void openCaseload(Account account) {
    var dialog = new Dialog(getTranslation("staff.caseloadDialog.title", account.getDisplayName()));
    var capacity = new IntegerField(getTranslation("staff.capacity"));
    capacity.setId("caseload-capacity");
    capacity.setMin(0);
    capacity.setMax(100);
    capacity.setStepButtonsVisible(true);
    capacity.setValue(account.getCaseloadCapacity());
    dialog.add(capacity);
    var save =
        new Button(
            getTranslation("staff.save"),
            click -> {
              try {
                mentoring.changeCaseloadCapacity(
                    account.getId(), capacity.getValue() == null ? -1 : capacity.getValue());
                dialog.close();
                changed(getTranslation("staff.caseloadChanged"));
              } catch (InvalidInputException invalid) {
                new FieldErrors(capacity).show(invalid);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("staff.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private void confirmSignOutEverywhere(Account account) {
    Confirmation.of(
            getTranslation("staff.signOutDialog.title", account.getDisplayName()),
            getTranslation("staff.signOutDialog.text"),
            getTranslation("staff.signOut"),
            () ->
                changed(
                    getTranslation(
                        "staff.signedOut",
                        staffAdmin.signOutEverywhere(account.getId()).getDisplayName())))
        .open();
  }

  private void confirmDeactivate(Account account) {
    Confirmation.destructive(
            getTranslation("staff.deactivateDialog.title", account.getDisplayName()),
            getTranslation("staff.deactivateDialog.text"),
            getTranslation("staff.deactivate"),
            () ->
                changed(
                    getTranslation(
                        "staff.deactivatedNotice",
                        staffAdmin.deactivate(account.getId()).getDisplayName())))
        .open();
  }

  private void changed(String message) {
    Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    refresh();
  }

  private void refresh() {
    staff.setItems(accounts.staff());
    open.setItems(invitations.open());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.staff");
  }
}
