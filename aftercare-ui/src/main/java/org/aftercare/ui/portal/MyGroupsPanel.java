package org.aftercare.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.board.BoardDigest;
import org.aftercare.calendar.CalendarFeeds;
import org.aftercare.groups.ClientGroup;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.JoinWindow;
import org.aftercare.groups.MyGroups;
import org.aftercare.groups.SessionConcern;
import org.aftercare.groups.SessionConcerns;
import org.aftercare.identity.Account;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.SessionTimes;

/**
 * A client's groups on their phone: each group's next sessions in the client's own time zone, the
 * Join link from 10 minutes before the start, the ground rules to accept first, a seat offer to
 * take, a link to each group's board and its morning e-mail to turn on, and the sessions as a
 * calendar file.
 */
public class MyGroupsPanel extends VerticalLayout {

  /** Reload the page when a Join window opens within this time, so the button becomes live. */
  private static final Duration RELOAD_AHEAD = Duration.ofHours(3);

  private final MyGroups myGroups;
  private final SessionConcerns concerns;
  private final CalendarFeeds feeds;
  private final AttendanceService attendance;
  private final BoardDigest digest;
  private final Account account;
  private final UUID clientId;
  private final ZoneId zone;

  public MyGroupsPanel(
      MyGroups myGroups,
      SessionConcerns concerns,
      CalendarFeeds feeds,
      AttendanceService attendance,
      BoardDigest digest,
      Account account,
      ZoneId zone) {
    this.myGroups = myGroups;
    this.concerns = concerns;
    this.feeds = feeds;
    this.attendance = attendance;
    this.digest = digest;
    this.account = account;
    this.clientId = account.clientId().orElseThrow();
    this.zone = zone;
    setPadding(false);
    setId("my-groups");
    render();
  }

  private void render() {
    removeAll();
    add(new H2(getTranslation("groups.title")));
    Instant now = Instant.now();
    List<ClientGroup> groups = myGroups.of(clientId, now);
    if (groups.isEmpty()) {
      var empty = new Paragraph(getTranslation("groups.none"));
      empty.addClassName("aftercare-empty-state");
      add(empty);
      return;
    }
    List<GroupSession> reportable = concerns.reportable(clientId);
    List<SessionConcern> sent = concerns.mine(clientId);
    groups.forEach(group -> add(card(group, now, reportable, sent)));
    if (groups.stream()
        .anyMatch(group -> group.enrollment().getStatus() == EnrollmentStatus.ENROLLED)) {
      add(new BoardDigestSwitch(digest));
    }
    DownloadHandler calendarFile =
        event -> {
          event.setFileName("aftercare-sessions.ics");
          event.setContentType("text/calendar; charset=utf-8");
          event
              .getOutputStream()
              .write(feeds.calendarOf(account.getId()).getBytes(StandardCharsets.UTF_8));
        };
    var download = new Anchor(calendarFile, getTranslation("groups.ics"));
    download.setId("download-ics");
    add(download, new Span(getTranslation("groups.zone", zone.getId())));
    scheduleReload(groups, now);
  }

  private Component card(
      ClientGroup group, Instant now, List<GroupSession> reportable, List<SessionConcern> sent) {
    var card = new Div();
    card.addClassName("aftercare-group-card");
    card.getElement().setAttribute("data-group", group.group().getName());
    card.add(new H3(group.group().getName()));
    var enrollment = group.enrollment();
    switch (enrollment.getStatus()) {
      case WAITLISTED -> card.add(new Paragraph(getTranslation("groups.waitlisted")));
      case OFFERED -> {
        card.add(
            new Paragraph(
                enrollment
                    .offerExpiresAt()
                    .map(at -> getTranslation("groups.offered", SessionTimes.at(at, zone)))
                    .orElseGet(() -> getTranslation("groups.offered.soon"))));
        var accept =
            new Button(
                getTranslation("groups.accept"),
                click -> {
                  myGroups.acceptOffer(clientId, enrollment.getId());
                  Notification.show(
                      getTranslation("groups.accepted"), 3000, Notification.Position.MIDDLE);
                  render();
                });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("accept-offer");
        card.add(accept);
      }
      default -> {
        if (group.mustAcceptGroundRules()) {
          var rules =
              new Button(getTranslation("groups.rules.read"), click -> openGroundRules(group));
          rules.addClassName("ground-rules");
          rules.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
          card.add(new Paragraph(getTranslation("groups.rules.before")), rules);
        }
        if (group.nextSessions().isEmpty()) {
          card.add(new Paragraph(getTranslation("groups.noSessions")));
        }
        group.nextSessions().forEach(session -> card.add(sessionRow(group, session, now)));
        if (enrollment.getStatus() == EnrollmentStatus.ENROLLED) {
          // By address: the board is another screen package's page.
          var board = new Anchor("board/" + group.group().getId(), getTranslation("groups.board"));
          board.addClassName("aftercare-board-link");
          card.add(board);
          addConcerns(card, group, reportable, sent);
        }
      }
    }
    return card;
  }

  private Component sessionRow(ClientGroup group, GroupSession session, Instant now) {
    var row = new Div();
    row.addClassName("aftercare-next-session");
    var when = new Span(SessionTimes.of(session, zone));
    when.addClassName("aftercare-session-time");
    row.add(when);
    if (session.isCancelled()) {
      row.add(new Span(getTranslation("groups.cancelled", session.cancelReason().orElse(""))));
      return row;
    }
    if (group.isRemovedFrom(session)) {
      var removed = new Span(getTranslation("groups.removed"));
      removed.addClassName("aftercare-removed");
      removed.setId("removed-" + session.getId());
      row.add(removed);
      return row;
    }
    if (JoinWindow.isOpen(session, now) && !group.mustAcceptGroundRules()) {
      // The portal's own address: the meeting link is asked for at the click, so a removal made
      // since this page was drawn is in force.
      var join =
          new Anchor(JoinSessionServlet.addressOf(session.getId()), getTranslation("groups.join"));
      join.setTarget("_blank");
      // The meeting opens in a new tab; this records the client's own check-in as they go.
      join.getElement()
          .addEventListener(
              "click",
              event -> {
                try {
                  attendance.selfCheckIn(clientId, session.getId(), Instant.now());
                  Notification.show(
                      getTranslation("groups.checkedIn"),
                      4000,
                      Notification.Position.BOTTOM_CENTER);
                } catch (ForbiddenException refused) {
                  render();
                }
              });
      join.addClassName("aftercare-join");
      join.setId("join-" + session.getId());
      row.add(join);
    } else {
      var join = new Button(getTranslation("groups.join.closed"));
      join.setEnabled(false);
      join.setId("join-" + session.getId());
      var opens =
          new Span(
              group.mustAcceptGroundRules()
                  ? getTranslation("groups.rulesFirst")
                  : getTranslation(
                      "groups.opensAt", SessionTimes.time(JoinWindow.opensAt(session), zone)));
      opens.addClassName("text-secondary");
      row.add(opens, join);
    }
    return row;
  }

  /**
   * A client's concerns about the group's sessions: a button to raise one about a session under way
   * or recently held, and a line for each sent, saying it was received and when it was handled.
   */
  private void addConcerns(
      Div card, ClientGroup group, List<GroupSession> reportable, List<SessionConcern> sent) {
    UUID groupId = group.group().getId();
    sent.stream()
        .filter(concern -> concern.getSession().getGroup().getId().equals(groupId))
        .forEach(
            concern -> {
              String received =
                  getTranslation(
                      "groups.concern.received",
                      SessionTimes.of(concern.getSession(), zone),
                      SessionTimes.at(concern.getReportedAt(), zone));
              var line =
                  new Paragraph(
                      concern.isHandled()
                          ? received + " " + getTranslation("groups.concern.handled")
                          : received);
              line.addClassName("aftercare-concern-receipt");
              card.add(line);
            });
    List<GroupSession> ofGroup =
        reportable.stream().filter(s -> s.getGroup().getId().equals(groupId)).toList();
    if (!ofGroup.isEmpty()) {
      var report =
          new Button(
              getTranslation("groups.concern.report"), click -> new ConcernDialog(ofGroup).open());
      report.addClassName("aftercare-report-concern");
      card.add(report);
    }
  }

  /** Asks which session and what happened; errors show at the field, in the client's language. */
  private final class ConcernDialog extends Dialog {

    ConcernDialog(List<GroupSession> sessions) {
      setHeaderTitle(getTranslation("groups.concern.title"));
      setId("concern-dialog");
      var session = new Select<GroupSession>();
      session.setId("concern-session");
      session.setLabel(getTranslation("groups.concern.session"));
      session.setItems(sessions);
      session.setItemLabelGenerator(s -> SessionTimes.of(s, zone));
      session.setValue(sessions.getFirst());
      var text = new TextArea(getTranslation("groups.concern.text"));
      text.setId("concern-text");
      text.setMaxLength(SessionConcerns.MAX_LENGTH);
      text.setRequired(true);
      text.setHelperText(getTranslation("groups.concern.helper"));
      text.setWidthFull();
      var body = new VerticalLayout(session, text);
      body.setPadding(false);
      add(body);
      var errors = new FieldErrors(text);
      var send =
          new Button(
              getTranslation("groups.concern.send"),
              click -> {
                errors.clear();
                if (session.getValue() == null) {
                  FieldErrors.showAt(session, getTranslation("groups.concern.chooseSession"));
                  return;
                }
                try {
                  concerns.report(clientId, session.getValue().getId(), text.getValue());
                  close();
                  Notification.show(
                      getTranslation("groups.concern.sent"), 5000, Notification.Position.MIDDLE);
                  render();
                } catch (InvalidInputException invalid) {
                  errors.show(invalid);
                } catch (NotFoundException gone) {
                  FieldErrors.showAt(session, getTranslation("groups.concern.gone"));
                }
              });
      send.setId("send-concern");
      send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      getFooter().add(new Button(getTranslation("groups.concern.cancel"), click -> close()), send);
    }
  }

  /**
   * After the card is drawn anew its first control (the Join link, when open) takes focus: the
   * button that opened the dialog is gone, and a keyboard user would otherwise start again at the
   * top of the page.
   */
  private void focusCardOf(ClientGroup group) {
    String name = group.group().getName();
    getChildren()
        .filter(card -> name.equals(card.getElement().getAttribute("data-group")))
        .findFirst()
        .flatMap(
            card ->
                card.getChildren()
                    .flatMap(child -> Stream.concat(Stream.of(child), child.getChildren()))
                    .filter(child -> child instanceof Focusable<?> && child.isVisible())
                    .filter(child -> !(child instanceof Button button) || button.isEnabled())
                    .map(child -> (Focusable<?>) child)
                    .findFirst())
        .ifPresent(Focusable::focus);
  }

  private void openGroundRules(ClientGroup group) {
    var dialog = new Dialog(getTranslation("groups.rules.title", group.group().getName()));
    var text = new Paragraph(group.group().getGroundRules());
    text.getStyle().set("white-space", "pre-line");
    dialog.add(text);
    var accept =
        new Button(
            getTranslation("groups.rules.accept"),
            click -> {
              myGroups.acceptGroundRules(clientId, group.enrollment().getId());
              dialog.close();
              render();
              focusCardOf(group);
            });
    accept.setId("accept-ground-rules");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("groups.rules.later"), click -> dialog.close()), accept);
    dialog.open();
  }

  /** A page left open turns its Join button live by reloading when the window opens. */
  private void scheduleReload(List<ClientGroup> groups, Instant now) {
    groups.stream()
        .flatMap(group -> group.nextSessions().stream())
        .filter(session -> !session.isCancelled())
        .map(JoinWindow::opensAt)
        .filter(opens -> opens.isAfter(now) && opens.isBefore(now.plus(RELOAD_AHEAD)))
        .min(Instant::compareTo)
        .ifPresent(
            opens ->
                getElement()
                    .executeJs(
                        "setTimeout(() => location.reload(), $0)",
                        Duration.between(now, opens).toMillis() + 1000));
  }
}
