package org.aftercare.ui.sharing;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.DeliveryStatus;
import org.aftercare.sharing.OutboxMessage;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;

/**
 * The summaries the clinic sends, newest first and paged from the database, for the admin to
 * follow: where each goes, how it stands, why it failed; a dead or cancelled one sent again, a
 * queued one cancelled. No client is named: the admin opens no client record.
 */
@CdiComponent
@Route("deliveries")
@Menu(order = 8, title = "Deliveries")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class DeliveriesView extends VerticalLayout implements HasDynamicTitle {

  private final SummaryOutbox outbox;
  private final ZoneId zone;
  private final Select<DeliveryStatus> status = new Select<>();
  private final Span count = new Span();
  private final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);
  private final Map<UUID, String> connections;

  @Inject
  public DeliveriesView(SummaryOutbox outbox, CareTeams careTeams, CurrentClinic clinic) {
    this.outbox = outbox;
    this.zone = clinic.zone();
    this.connections =
        careTeams.endpoints().stream()
            .collect(Collectors.toMap(CareTeamEndpoint::getId, CareTeamEndpoint::getName));
    addClassNames("aftercare-page", "aftercare-wide-page");
    var intro = new Paragraph(getTranslation("sharing.deliveries.intro", zone.getId()));
    intro.addClassNames("text-secondary", "mt-0");
    configureFilter();
    configureGrid();
    count.setId("deliveries-count");
    count.addClassNames("text-secondary", "text-s");
    add(new H1(getTranslation("sharing.deliveries.deliveries")), intro, status, count, grid);
    grid.setItems(
            query ->
                outbox.deliveries(status.getValue(), query.getOffset(), query.getLimit()).stream(),
            query -> (int) outbox.countDeliveries(status.getValue()))
        .addItemCountChangeListener(
            change ->
                count.setText(getTranslation("sharing.deliveries.count", change.getItemCount())));
  }

  private void configureFilter() {
    status.setId("delivery-status");
    status.setLabel(getTranslation("sharing.deliveries.status"));
    status.setItems(DeliveryStatus.values());
    status.setItemLabelGenerator(
        s -> s == null ? getTranslation("sharing.deliveries.status.any") : Labels.of(s, s.label()));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("sharing.deliveries.status.any"));
    status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
  }

  private void configureGrid() {
    grid.setId("deliveries");
    grid.addThemeVariants(
        GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(m -> SessionTimes.at(m.getCreatedAt(), zone))
        .setHeader(getTranslation("sharing.deliveries.column.created"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(
            m ->
                connections.getOrDefault(
                    m.getEndpointId(), getTranslation("sharing.careTeam.channel.retired")))
        .setHeader(getTranslation("sharing.deliveries.column.connection"))
        .setFlexGrow(1);
    grid.addColumn(m -> Labels.of(m.getKind(), m.getKind().label()))
        .setHeader(getTranslation("sharing.deliveries.column.kind"))
        .setWidth("7rem")
        .setFlexGrow(0);
    grid.addColumn(m -> SessionTimes.period(m.getPeriodFrom(), m.getPeriodTo()))
        .setHeader(getTranslation("sharing.deliveries.column.period"))
        .setWidth("8rem")
        .setFlexGrow(0);
    grid.addComponentColumn(DeliveriesView::statusOf)
        .setHeader(getTranslation("sharing.deliveries.status"))
        .setWidth("7rem")
        .setFlexGrow(0);
    grid.addColumn(OutboxMessage::getAttempts)
        .setHeader(getTranslation("sharing.deliveries.column.attempts"))
        .setWidth("5rem")
        .setFlexGrow(0)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(m -> m.getLastError() == null ? "—" : m.getLastError())
        .setHeader(getTranslation("sharing.deliveries.column.lastResult"))
        .setFlexGrow(2);
    grid.addColumn(
            m ->
                m.getStatus() == DeliveryStatus.QUEUED
                    ? SessionTimes.at(m.getNextAttemptAt(), zone)
                    : "")
        .setHeader(getTranslation("sharing.deliveries.column.nextTry"))
        .setWidth("9rem")
        .setFlexGrow(0);
    grid.addComponentColumn(this::actions).setWidth("7rem").setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("sharing.deliveries.grid.empty"));
  }

  private static Component statusOf(OutboxMessage message) {
    var badge = new Badge(Labels.of(message.getStatus(), message.getStatus().label()));
    switch (message.getStatus()) {
      case DELIVERED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
      case DEAD -> badge.addThemeVariants(BadgeVariant.ERROR);
      default -> {}
    }
    return badge;
  }

  private Component actions(OutboxMessage message) {
    var actions = new HorizontalLayout();
    switch (message.getStatus()) {
      case DEAD, CANCELLED -> {
        var again =
            new RowAction(getTranslation("sharing.deliveries.again"), () -> redrive(message));
        again.addClassName("send-again");
        actions.add(again);
      }
      case QUEUED -> {
        var cancel =
            new RowAction(
                getTranslation("sharing.deliveries.cancel"), () -> confirmCancel(message));
        cancel.addClassName("cancel-delivery");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(cancel);
      }
      case DELIVERED -> {}
    }
    return actions;
  }

  private void redrive(OutboxMessage message) {
    outbox.redrive(message.getId());
    Notification.show(
        getTranslation("sharing.deliveries.queuedAgainThe"),
        3000,
        Notification.Position.BOTTOM_START);
    grid.getDataProvider().refreshAll();
  }

  private void confirmCancel(OutboxMessage message) {
    var confirm =
        Confirmation.destructive(
            getTranslation("sharing.deliveries.confirm"),
            getTranslation("sharing.deliveries.cancelDialog.text"),
            getTranslation("sharing.deliveries.cancelDialog.confirm"),
            () -> {
              outbox.cancel(message.getId());
              Notification.show(
                  getTranslation("sharing.deliveries.deliveryCancelled"),
                  3000,
                  Notification.Position.BOTTOM_START);
              grid.getDataProvider().refreshAll();
            });
    confirm.setCancelText(getTranslation("sharing.deliveries.confirm.cancel"));
    confirm.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.deliveries");
  }
}
