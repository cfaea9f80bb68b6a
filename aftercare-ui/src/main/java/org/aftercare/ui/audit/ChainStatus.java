package org.aftercare.ui.audit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import org.aftercare.audit.ChainBreak;
import org.aftercare.audit.ChainVerification;
import org.aftercare.ui.components.SessionTimes;

/** Where the audit log says what the last chain verification found; empty until one has run. */
class ChainStatus extends Div {

  ChainStatus() {
    setId("chain-status");
    addClassName("aftercare-status");
    setVisible(false);
  }

  void show(ChainVerification result, ZonedDateTime checkedAt) {
    removeAll();
    getElement().setAttribute("theme", result.ok() ? "success" : "error");
    String when =
        getTranslation(
            "audit.chain.checkedAt",
            SessionTimes.time(checkedAt.toInstant(), checkedAt.getZone())
                + " "
                + checkedAt.getZone().getDisplayName(TextStyle.SHORT, getLocale()));
    if (result.ok()) {
      add(icon(VaadinIcon.CHECK_CIRCLE), new Span(intactText(result.rowsChecked()) + when));
    } else {
      ChainBreak broken = result.firstBreak().orElseThrow();
      add(
          icon(VaadinIcon.WARNING),
          new Span(
              getTranslation(
                      "audit.chain.broken",
                      broken.sequence(),
                      broken.explanation(),
                      String.valueOf(broken.eventId()))
                  + when));
    }
    setVisible(true);
  }

  void clear() {
    removeAll();
    setVisible(false);
  }

  private String intactText(long entries) {
    return getTranslation("audit.chain.intact", entries);
  }

  private static Icon icon(VaadinIcon shape) {
    var icon = shape.create();
    icon.addClassName("aftercare-status-icon");
    return icon;
  }
}
