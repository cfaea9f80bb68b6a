package org.aftercare.ui.groups;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.SessionPlace;
import org.aftercare.groups.SessionRemoval;
import org.aftercare.groups.SessionRemovals;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/**
 * Who may join this session, for its facilitators: each enrolled client, and for each a way to take
 * them out of this one session (after a confirmation with the note of what happened) or to let them
 * back in. A removed client's Join is refused from that moment.
 */
class SessionParticipants extends VerticalLayout {

  private final SessionRemovals removals;
  private final GroupSession session;
  private final ZoneId zone;
  private final Runnable changed;

  /** {@code changed} redraws the page, whose roster says who is removed. */
  SessionParticipants(
      SessionRemovals removals, GroupSession session, ZoneId zone, Runnable changed) {
    this.removals = removals;
    this.changed = changed;
    this.session = session;
    this.zone = zone;
    setPadding(false);
    setId("session-participants");
    render();
  }

  private void render() {
    removeAll();
    add(new H2(getTranslation("groups.participants.whoMayJoin")));
    var places = removals.participants(session.getId());
    if (places.isEmpty()) {
      add(new Paragraph(getTranslation("groups.participants.noOneIs")));
    }
    places.forEach(place -> add(line(place)));
  }

  private Div line(SessionPlace place) {
    var line = new Div();
    line.addClassName("aftercare-participant");
    line.getElement().setAttribute("data-participant", place.displayName());
    var name = new Span(place.displayName());
    name.getStyle().set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-m)");
    line.add(name);
    if (place.removal().isPresent()) {
      SessionRemoval removal = place.removal().get();
      var status =
          new Span(
              getTranslation(
                  "groups.participants.removed",
                  SessionTimes.time(removal.getRemovedAt(), zone),
                  removal.getNote()));
      status.addClassName("aftercare-removed-status");
      var readmit =
          new Button(getTranslation("groups.participants.readmit"), click -> confirmReadmit(place));
      readmit.addClassName("readmit-participant");
      readmit.setAriaLabel(getTranslation("groups.participants.readmit.aria", place.displayName()));
      line.add(status, readmit);
    } else {
      var status = new Span(getTranslation("groups.participants.status"));
      status.addClassName("text-secondary");
      var remove =
          new Button(getTranslation("groups.participants.remove"), click -> confirmRemoval(place));
      remove.addClassName("remove-participant");
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
      remove.setAriaLabel(getTranslation("groups.participants.remove.aria", place.displayName()));
      line.add(status, remove);
    }
    line.getChildren()
        .forEach(child -> child.getElement().getStyle().set("margin-inline-end", "0.75em"));
    return line;
  }

  private void confirmRemoval(SessionPlace place) {
    var dialog =
        new Dialog(getTranslation("groups.participants.removeDialog.title", place.displayName()));
    dialog.setId("remove-dialog");
    var note = new TextArea(getTranslation("groups.participants.note"));
    note.setId("removal-note");
    note.setRequired(true);
    note.setMaxLength(SessionRemoval.NOTE_MAX);
    note.setWidthFull();
    var body =
        new VerticalLayout(new Span(getTranslation("groups.participants.removeDialog.text")), note);
    body.setPadding(false);
    dialog.add(body);
    var errors = new FieldErrors(note);
    var confirm =
        new Button(
            getTranslation("groups.participants.remove"),
            click -> {
              errors.clear();
              try {
                removals.remove(session.getId(), place.clientId(), note.getValue());
                dialog.close();
                done(getTranslation("groups.participants.isRemoved", place.displayName()));
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              } catch (ConflictException | NotFoundException stale) {
                dialog.close();
                failed(PortalTranslations.refusal(stale));
              }
            });
    confirm.setId("confirm-removal");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(
            new Button(getTranslation("groups.participants.keepThemIn"), click -> dialog.close()),
            confirm);
    dialog.open();
  }

  private void confirmReadmit(SessionPlace place) {
    var dialog =
        new Dialog(getTranslation("groups.participants.readmitDialog.title", place.displayName()));
    dialog.add(new Span(getTranslation("groups.participants.theyCanJoin")));
    var confirm =
        new Button(
            getTranslation("groups.participants.readmit"),
            click -> {
              dialog.close();
              try {
                removals.readmit(session.getId(), place.clientId());
                done(getTranslation("groups.participants.isReadmitted", place.displayName()));
              } catch (ConflictException | NotFoundException stale) {
                failed(PortalTranslations.refusal(stale));
              }
            });
    confirm.setId("confirm-readmit");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(
            new Button(getTranslation("groups.participants.close"), click -> dialog.close()),
            confirm);
    dialog.open();
  }

  private void done(String message) {
    Notification.show(message, 3000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    changed.run();
  }

  private void failed(String message) {
    Notification.show(message, 6000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
    render();
  }
}
