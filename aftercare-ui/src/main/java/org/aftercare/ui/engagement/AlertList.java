package org.aftercare.ui.engagement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.engagement.Dashboards.OpenAlert;
import org.aftercare.shared.ConflictException;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/** Open "I need support now" alerts, each to acknowledge once someone has reached out. */
class AlertList extends VerticalLayout {

  AlertList(List<OpenAlert> open, SupportAlerts alerts, ZoneId zone, Runnable refresh) {
    setPadding(false);
    setId("open-alerts");
    if (open.isEmpty()) {
      var none = new Paragraph(getTranslation("engagement.alerts.none"));
      none.addClassName("aftercare-empty-state");
      add(none);
      return;
    }
    for (OpenAlert item : open) {
      var who = new Span(item.client().getDisplayName());
      who.addClassName("aftercare-roster-name");
      var when =
          new Span(
              getTranslation(
                  item.alert().isEscalated()
                      ? "engagement.alerts.askedEscalated"
                      : "engagement.alerts.asked",
                  SessionTimes.at(item.alert().getRaisedAt(), zone)));
      var acknowledge =
          new Button(
              getTranslation("engagement.alerts.acknowledge"),
              click -> {
                try {
                  alerts.acknowledge(item.alert().getId());
                  Notification.show(
                      getTranslation("engagement.alerts.acknowledged"),
                      3000,
                      Notification.Position.BOTTOM_START);
                } catch (ConflictException taken) {
                  Notification.show(
                      PortalTranslations.refusal(taken), 4000, Notification.Position.BOTTOM_START);
                }
                refresh.run();
              });
      acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      var row = new Div(who, when, acknowledge);
      row.addClassNames("aftercare-roster-row", "aftercare-alert");
      row.getElement().setAttribute("data-client", item.client().getDisplayName());
      add(row);
    }
  }
}
