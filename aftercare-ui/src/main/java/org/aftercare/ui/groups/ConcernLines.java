package org.aftercare.ui.groups;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.aftercare.groups.SessionConcern;
import org.aftercare.groups.SessionConcerns;
import org.aftercare.ui.components.SessionTimes;

/**
 * Clients' concerns about sessions, for clinicians: who, when, what they wrote (as text), and a
 * button to mark each handled. The client then sees that a clinician followed up.
 */
class ConcernLines extends VerticalLayout {

  private final SessionConcerns concerns;
  private final Supplier<List<SessionConcern>> source;
  private final ZoneId zone;
  private final boolean linksToSession;
  private final String emptyText;

  ConcernLines(
      SessionConcerns concerns,
      Supplier<List<SessionConcern>> source,
      ZoneId zone,
      boolean linksToSession,
      String emptyText) {
    this.concerns = concerns;
    this.source = source;
    this.zone = zone;
    this.linksToSession = linksToSession;
    this.emptyText = emptyText;
    setPadding(false);
    addClassName("aftercare-concerns");
    render();
  }

  private void render() {
    removeAll();
    List<SessionConcern> shown = source.get();
    if (shown.isEmpty()) {
      var empty = new Paragraph(emptyText);
      empty.addClassName("aftercare-empty-state");
      add(empty);
    }
    shown.forEach(concern -> add(line(concern)));
  }

  private Div line(SessionConcern concern) {
    var line = new Div();
    line.addClassName("aftercare-concern");
    line.getElement().setAttribute("data-concern-client", concern.clientName());
    var who =
        new Paragraph(
            getTranslation(
                concern.isHandled() ? "groups.concerns.line.handled" : "groups.concerns.line.open",
                concern.clientName(),
                SessionTimes.at(concern.getReportedAt(), zone)));
    who.getStyle().set("font-weight", "600").set("margin-bottom", "0");
    line.add(who);
    if (linksToSession) {
      var session = concern.getSession();
      line.add(
          new RouterLink(
              session.getGroup().getName() + ", " + SessionTimes.of(session, zone),
              SessionView.class,
              SessionView.SESSION_ID.of(session.getId())));
    }
    var text = new Span(concern.getBody());
    text.addClassName("aftercare-concern-text");
    text.getStyle().set("white-space", "pre-line").set("display", "block");
    line.add(text);
    if (!concern.isHandled()) {
      var handled =
          new Button(
              getTranslation("groups.concerns.handled"),
              click -> {
                concerns.handle(concern.getId());
                Notification.show(
                    getTranslation("groups.concerns.markedHandled"),
                    3000,
                    Notification.Position.BOTTOM_START);
                render();
              });
      handled.addClassName("handle-concern");
      handled.setAriaLabel(getTranslation("groups.concerns.handled.aria", concern.clientName()));
      line.add(handled);
    }
    return line;
  }
}
