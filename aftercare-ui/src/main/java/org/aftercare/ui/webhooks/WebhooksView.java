package org.aftercare.ui.webhooks;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.PageHeader;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.webhooks.WebhookDelivery;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.WebhookSubscription;
import org.aftercare.webhooks.Webhooks;

/**
 * The endpoints of the clinic's own systems that are told when something happens (a client
 * enrolled, a session moved, a roster saved, a support request), and what was sent to them lately.
 */
@CdiComponent
@Route("webhooks")
@Menu(order = 7.6, title = "Webhooks")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

  private final Webhooks webhooks;
  private final ZoneId zone;
  private final Grid<WebhookSubscription> endpoints = new Grid<>(WebhookSubscription.class, false);
  private final Grid<WebhookDelivery> deliveries = new Grid<>(WebhookDelivery.class, false);
  private Map<UUID, String> urls = Map.of();

  @Inject
  public WebhooksView(Webhooks webhooks, ClinicSettingsService clinic) {
    this.webhooks = webhooks;
    this.zone = ZoneId.of(clinic.current().timeZone());
    addClassName("aftercare-page");
    var add =
        new Button(
            getTranslation("webhooks.add"),
            VaadinIcon.PLUS.create(),
            click -> new WebhookDialog(webhooks, this::refresh).open());
    add.setId("add-webhook");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var intro = new Paragraph(getTranslation("webhooks.intro"));
    intro.addClassNames("text-secondary", "mt-0");
    configureEndpoints();
    configureDeliveries();
    add(
        new PageHeader(getTranslation("webhooks.webhooks"), add),
        intro,
        endpoints,
        new H2(getTranslation("webhooks.recentDeliveries")),
        deliveries);
    refresh();
  }

  private void configureEndpoints() {
    endpoints.setId("webhook-endpoints");
    endpoints.setAllRowsVisible(true);
    endpoints.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    endpoints
        .addColumn(WebhookSubscription::getUrl)
        .setHeader(getTranslation("webhooks.column.address"))
        .setFlexGrow(2);
    endpoints
        .addColumn(
            s -> s.events().stream().map(WebhookEvent::type).collect(Collectors.joining(", ")))
        .setHeader(getTranslation("webhooks.column.events"))
        .setFlexGrow(2);
    endpoints
        .addColumn(WebhookSubscription::getDescription)
        .setHeader(getTranslation("webhooks.column.for"))
        .setFlexGrow(1);
    endpoints
        .addComponentColumn(
            s -> {
              var remove = new RowAction(getTranslation("webhooks.remove"), () -> confirmRemove(s));
              remove.addClassName("remove-webhook");
              remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
              return remove;
            })
        .setAutoWidth(true)
        .setFlexGrow(0);
    endpoints.setEmptyStateText(getTranslation("webhooks.endpoints.empty"));
  }

  private void configureDeliveries() {
    deliveries.setId("webhook-deliveries");
    deliveries.setAllRowsVisible(true);
    deliveries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    deliveries
        .addColumn(d -> SessionTimes.at(d.createdAt(), zone))
        .setHeader(getTranslation("webhooks.column.queued"))
        .setAutoWidth(true);
    deliveries
        .addColumn(WebhookDelivery::eventType)
        .setHeader(getTranslation("webhooks.column.event"))
        .setAutoWidth(true);
    deliveries
        .addColumn(
            d -> urls.getOrDefault(d.subscriptionId(), getTranslation("webhooks.removedEndpoint")))
        .setHeader(getTranslation("webhooks.column.address"))
        .setFlexGrow(1);
    deliveries
        .addComponentColumn(WebhooksView::status)
        .setHeader(getTranslation("webhooks.column.status"))
        .setAutoWidth(true);
    deliveries
        .addColumn(WebhookDelivery::attempts)
        .setHeader(getTranslation("webhooks.column.attempts"))
        .setAutoWidth(true);
    deliveries
        .addColumn(WebhookDelivery::lastError)
        .setHeader(getTranslation("webhooks.column.lastAnswer"))
        .setFlexGrow(1);
    deliveries.setEmptyStateText(getTranslation("webhooks.deliveries.empty"));
  }

  private static Badge status(WebhookDelivery delivery) {
    var badge =
        new Badge(
            PortalTranslations.text(
                switch (delivery.status()) {
                  case "DELIVERED" -> "webhooks.status.delivered";
                  case "DEAD" -> "webhooks.status.dead";
                  case "CANCELLED" -> "webhooks.status.cancelled";
                  default -> "webhooks.status.waiting";
                }));
    switch (delivery.status()) {
      case "DELIVERED" -> badge.addThemeVariants(BadgeVariant.SUCCESS);
      case "DEAD" -> badge.addThemeVariants(BadgeVariant.ERROR);
      default -> {}
    }
    return badge;
  }

  private void confirmRemove(WebhookSubscription endpoint) {
    Confirmation.destructive(
            getTranslation("webhooks.removeDialog.title", endpoint.getUrl()),
            getTranslation("webhooks.removeDialog.text"),
            getTranslation("webhooks.removeDialog.confirm"),
            () -> {
              webhooks.retire(endpoint.getId());
              Notification.show(
                  getTranslation("webhooks.endpointRemoved"),
                  3000,
                  Notification.Position.BOTTOM_START);
              refresh();
            })
        .open();
  }

  private void refresh() {
    var current = webhooks.subscriptions();
    urls =
        current.stream()
            .collect(Collectors.toMap(WebhookSubscription::getId, WebhookSubscription::getUrl));
    endpoints.setItems(current);
    deliveries.setItems(webhooks.recentDeliveries(50));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.webhooks");
  }
}
