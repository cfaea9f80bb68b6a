package org.aftercare.ui.engagement;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.coping.CopingTools;
import org.aftercare.engagement.Dashboards;
import org.aftercare.engagement.Dashboards.Mentee;
import org.aftercare.mentoring.ContactChannel;
import org.aftercare.mentoring.ContactLog;
import org.aftercare.mentoring.MentorContact;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.CopingUseLine;
import org.aftercare.ui.components.FlagText;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.MilestoneText;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * A peer mentor's open follow-ups first, then their mentees — only their current ones — with last
 * attendance, last check-in, days in recovery, open alerts and flags, and coping-tool use counts
 * where the mentee shares them; the milestones coming within two weeks; the contact log and the
 * follow-ups they set themselves.
 */
@CdiComponent
@Route("mentees")
@Menu(order = 1, title = "My mentees")
@RolesAllowed(Role.Names.PEER_MENTOR)
public class MentorDashboardView extends VerticalLayout implements HasDynamicTitle {

  private final Dashboards dashboards;
  private final Mentoring mentoring;
  private final SupportAlerts alerts;
  private final OutreachTasks followUps;
  private final CopingTools copingTools;
  private final ZoneId zone;
  private final UUID mentorId;

  @Inject
  public MentorDashboardView(
      Dashboards dashboards,
      Mentoring mentoring,
      SupportAlerts alerts,
      OutreachTasks followUps,
      CopingTools copingTools,
      CurrentClinic clinic) {
    this.dashboards = dashboards;
    this.copingTools = copingTools;
    this.mentoring = mentoring;
    this.alerts = alerts;
    this.followUps = followUps;
    this.zone = clinic.zone();
    this.mentorId = PortalSession.current().map(SignedInUser::accountId).orElseThrow();
    addClassName("aftercare-page");
    render();
  }

  private void render() {
    removeAll();
    add(new H1(getTranslation("engagement.mentor.myMentees")));
    add(
        new H2(getTranslation("engagement.mentor.followUps")),
        new FollowUpList(
            followUps.mine(),
            followUps,
            LocalDate.now(zone),
            getTranslation("engagement.mentor.noFollowUps"),
            this::render));
    add(
        new H2(getTranslation("engagement.mentor.openSupportRequests")),
        new AlertList(dashboards.openAlertsForMentor(mentorId), alerts, zone, this::render));
    List<MentorContact> due = mentoring.dueFollowUps(mentorId, LocalDate.now(zone));
    if (!due.isEmpty()) {
      add(new H2(getTranslation("engagement.mentor.followUpsDue")));
      due.forEach(
          contact -> {
            var done =
                new Button(
                    getTranslation("engagement.mentor.done"),
                    click -> {
                      mentoring.followedUp(mentorId, contact.getId());
                      render();
                    });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var row =
                new Div(
                    new Span(contact.followUp().map(LocalDate::toString).orElse("")),
                    new Span(contact.note().orElse("")),
                    done);
            row.addClassName("aftercare-roster-row");
            add(row);
          });
    }
    List<Mentee> mentees = dashboards.forMentor(mentorId, Instant.now());
    add(upcomingMilestones(mentees));
    add(new H2(getTranslation("engagement.mentor.mentees")));
    var list = new VerticalLayout();
    list.setPadding(false);
    list.setId("mentees");
    if (mentees.isEmpty()) {
      var none = new Paragraph(getTranslation("engagement.mentor.none"));
      none.addClassName("aftercare-empty-state");
      list.add(none);
    }
    mentees.forEach(mentee -> list.add(card(mentee)));
    add(list);
  }

  private Div card(Mentee mentee) {
    var card = new Div();
    card.addClassName("aftercare-group-card");
    card.getElement().setAttribute("data-client", mentee.client().getDisplayName());
    card.add(new H2(mentee.client().getDisplayName()));
    card.add(
        line(
            getTranslation(
                "engagement.mentor.lastSession",
                mentee
                    .lastAttendance()
                    .map(
                        a ->
                            SessionTimes.at(a.getSession().getStartsAt(), zone)
                                + ", "
                                + Labels.of(a.getStatus(), a.getStatus().label()))
                    .orElseGet(() -> getTranslation("engagement.mentor.noneRecorded")))));
    card.add(
        line(
            getTranslation(
                "engagement.mentor.lastCheckIn",
                mentee
                    .lastCheckIn()
                    .map(LocalDate::toString)
                    .orElseGet(() -> getTranslation("engagement.mentor.noCheckIn")))));
    mentee
        .daysInRecovery()
        .ifPresent(
            days -> card.add(line(getTranslation("engagement.mentor.daysInRecovery", days))));
    card.add(CopingUseLine.of(copingTools.useCountsOf(mentee.client().getId())));
    if (mentee.openAlerts() > 0) {
      var alert = line(getTranslation("engagement.mentor.askedForSupport"));
      alert.addClassName("aftercare-error-text");
      card.add(alert);
    }
    if (!mentee.flags().isEmpty()) {
      var flags = line(FlagText.of(mentee.flags()));
      flags.addClassNames("aftercare-error-text", "mentee-flags");
      card.add(flags);
    }
    var log = new Button(getTranslation("engagement.mentor.log"), click -> openContactLog(mentee));
    log.addClassName("log-contact");
    card.add(log);
    List<MentorContact> contacts = mentoring.contactsOf(mentee.client().getId());
    contacts.stream()
        .limit(3)
        .forEach(
            c ->
                card.add(
                    line(
                        c.getContactDate()
                            + " · "
                            + Labels.inSentence(c.getChannel())
                            + c.note().map(note -> " · " + note).orElse(""))));
    return card;
  }

  /** Mentees reaching a milestone within two weeks, soonest first: time for a word or a call. */
  private Div upcomingMilestones(List<Mentee> mentees) {
    var section =
        new Div(
            new H2(
                getTranslation(
                    "engagement.mentor.milestonesAhead", Dashboards.MILESTONE_DAYS_AHEAD)));
    section.setId("upcoming-milestones");
    LocalDate today = LocalDate.now(zone);
    var coming =
        mentees.stream()
            .filter(mentee -> mentee.upcomingMilestone().isPresent())
            .sorted(Comparator.comparing(mentee -> mentee.upcomingMilestone().get().date()))
            .toList();
    if (coming.isEmpty()) {
      var none = new Paragraph(getTranslation("engagement.mentor.none.noMilestonesIn"));
      none.addClassName("aftercare-empty-state");
      section.add(none);
    }
    coming.forEach(
        mentee ->
            section.add(
                line(
                    mentee.client().getDisplayName()
                        + ": "
                        + MilestoneText.of(mentee.upcomingMilestone().get(), today))));
    return section;
  }

  private void openContactLog(Mentee mentee) {
    var dialog =
        new Dialog(
            getTranslation(
                "engagement.mentor.contactDialog.title", mentee.client().getDisplayName()));
    var date = Pickers.date(getTranslation("engagement.mentor.date"));
    date.setId("contact-date");
    date.setValue(LocalDate.now(zone));
    var channel = new Select<ContactChannel>();
    channel.setId("contact-channel");
    channel.setLabel(getTranslation("engagement.mentor.channel"));
    channel.setItems(ContactChannel.values());
    channel.setItemLabelGenerator(Labels::of);
    channel.setValue(ContactChannel.PHONE);
    var note = new TextArea(getTranslation("engagement.mentor.note"));
    note.setId("contact-note");
    note.setMaxLength(2000);
    note.setWidthFull();
    var followUp = Pickers.date(getTranslation("engagement.mentor.followUp"));
    followUp.setId("contact-follow-up");
    dialog.add(new VerticalLayout(date, channel, note, followUp));
    var save =
        new Button(
            getTranslation("engagement.mentor.save"),
            click -> {
              try {
                mentoring.logContact(
                    mentorId,
                    mentee.client().getId(),
                    new ContactLog(
                        date.getValue(), channel.getValue(), note.getValue(), followUp.getValue()),
                    LocalDate.now(zone));
                dialog.close();
                Notification.show(
                    getTranslation("engagement.mentor.contactLogged"),
                    3000,
                    Notification.Position.BOTTOM_START);
                render();
              } catch (InvalidInputException invalid) {
                Notification.show(
                    PortalTranslations.refusal(invalid), 4000, Notification.Position.MIDDLE);
              }
            });
    save.setId("save-contact");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(getTranslation("engagement.mentor.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private static Paragraph line(String text) {
    var paragraph = new Paragraph(text);
    paragraph.getStyle().set("margin", "0");
    return paragraph;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.mentorDashboard");
  }
}
