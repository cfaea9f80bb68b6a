package org.aftercare.ui.clinics;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import org.aftercare.access.Role;
import org.aftercare.clinics.ClinicProvisioning;
import org.aftercare.clinics.ClinicSummary;
import org.aftercare.identity.PlatformOperatorService;
import org.aftercare.tenancy.TenantStatus;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/** The clinics on the platform, with counts only: operators never see who is in a clinic. */
@CdiComponent
@Route("clinics")
@Menu(order = 1, title = "Clinics")
@RolesAllowed(Role.Names.PLATFORM_OPERATOR)
public class ClinicsView extends VerticalLayout implements HasDynamicTitle {

  private final ClinicProvisioning provisioning;
  private final Grid<ClinicSummary> grid = createGrid();

  @Inject
  public ClinicsView(ClinicProvisioning provisioning, PlatformOperatorService operators) {
    this.provisioning = provisioning;
    addClassName("aftercare-page");
    setHeightFull();
    var register =
        new Button(
            getTranslation("clinics.register"),
            VaadinIcon.PLUS.create(),
            click -> openRegistration());
    register.setId("new-clinic");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new H1(getTranslation("clinics.clinics")),
        new Paragraph(getTranslation("clinics.suspendingAClinic")),
        register,
        grid,
        new OperatorsSection(operators));
    grid.setItems(
        query -> provisioning.list(query.getOffset(), query.getLimit()).stream(),
        query -> (int) provisioning.count());
  }

  private Grid<ClinicSummary> createGrid() {
    var clinics = new Grid<>(ClinicSummary.class, false);
    clinics.setId("clinics");
    clinics
        .addColumn(ClinicSummary::name)
        .setHeader(getTranslation("clinics.column.clinic"))
        .setAutoWidth(true)
        .setFlexGrow(2);
    clinics
        .addColumn(ClinicSummary::slug)
        .setHeader(getTranslation("clinics.column.shortName"))
        .setAutoWidth(true);
    clinics
        .addComponentColumn(ClinicsView::statusBadge)
        .setHeader(getTranslation("clinics.column.status"))
        .setAutoWidth(true);
    clinics
        .addColumn(clinic -> clinic.timeZone().getId())
        .setHeader(getTranslation("clinics.column.timeZone"))
        .setAutoWidth(true);
    clinics
        .addColumn(ClinicSummary::staffCount)
        .setHeader(getTranslation("clinics.column.staff"))
        .setAutoWidth(true);
    clinics
        .addColumn(ClinicSummary::clientCount)
        .setHeader(getTranslation("clinics.column.clients"))
        .setAutoWidth(true);
    clinics
        .addColumn(clinic -> SessionTimes.date(clinic.createdAt(), ZoneOffset.UTC))
        .setHeader(getTranslation("clinics.column.registered"))
        .setAutoWidth(true);
    clinics.addComponentColumn(this::statusAction).setHeader("").setAutoWidth(true);
    clinics.setEmptyStateText(getTranslation("clinics.clinics.empty"));
    return clinics;
  }

  private static Badge statusBadge(ClinicSummary clinic) {
    boolean active = clinic.status() == TenantStatus.ACTIVE;
    var badge =
        new Badge(PortalTranslations.text(active ? "clinics.badge.active" : "clinics.badge"));
    badge.addThemeVariants(active ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
    if (clinic.statusReason() != null) {
      badge.getElement().setAttribute("title", clinic.statusReason());
    }
    return badge;
  }

  private Button statusAction(ClinicSummary clinic) {
    boolean active = clinic.status() == TenantStatus.ACTIVE;
    var action =
        new Button(
            getTranslation(active ? "clinics.suspend" : "clinics.action"),
            click -> openStatusChange(clinic));
    action.setId((active ? "suspend-" : "reactivate-") + clinic.slug());
    action.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    if (active) {
      action.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
    return action;
  }

  private void openStatusChange(ClinicSummary clinic) {
    if (clinic.status() == TenantStatus.ACTIVE) {
      new StatusChangeDialog(
              getTranslation("clinics.suspendDialog.title", clinic.name()),
              getTranslation("clinics.suspendDialog.text"),
              getTranslation("clinics.suspendDialog.confirm"),
              reason -> changed(provisioning.suspend(clinic.id(), reason)))
          .open();
    } else {
      new StatusChangeDialog(
              getTranslation("clinics.reactivateDialog.title", clinic.name()),
              getTranslation("clinics.reactivateDialog.text"),
              getTranslation("clinics.action"),
              reason -> changed(provisioning.reactivate(clinic.id(), reason)))
          .open();
    }
  }

  private void openRegistration() {
    new ClinicDialog(
            provisioning,
            clinic -> {
              Notification.show(
                  getTranslation("clinics.registered", clinic.name()),
                  3000,
                  Notification.Position.BOTTOM_START);
              grid.getDataProvider().refreshAll();
            })
        .open();
  }

  private void changed(ClinicSummary clinic) {
    Notification.show(
        getTranslation(
            clinic.status() == TenantStatus.ACTIVE ? "clinics.isActive" : "clinics.isSuspended",
            clinic.name()),
        3000,
        Notification.Position.BOTTOM_START);
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.clinics");
  }
}
