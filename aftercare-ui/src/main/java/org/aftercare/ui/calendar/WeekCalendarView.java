package org.aftercare.ui.calendar;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.calendar.CalendarFeeds;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.ui.components.CalendarFeedCard;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.groups.SessionView;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/** The clinic's sessions for one week, Monday to Sunday in the clinic's time zone. */
@CdiComponent
@Route("schedule")
@Menu(order = 3, title = "Calendar")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN, Role.Names.PEER_MENTOR})
public class WeekCalendarView extends VerticalLayout implements HasDynamicTitle {

  private final GroupSessions sessions;
  private final ZoneId zone;
  private final H2 weekTitle = new H2();
  private final Div week = new Div();
  private LocalDate monday;

  @Inject
  public WeekCalendarView(GroupSessions sessions, CurrentClinic clinic, CalendarFeeds feeds) {
    this.sessions = sessions;
    this.zone = clinic.zone();
    addClassNames("aftercare-page", "aftercare-wide-page");
    monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> show(monday.minusWeeks(1)));
    previous.setAriaLabel(getTranslation("calendar.previous.aria"));
    previous.setId("week-previous");
    var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> show(monday.plusWeeks(1)));
    next.setAriaLabel(getTranslation("calendar.next.aria"));
    next.setId("week-next");
    var today =
        new Button(
            getTranslation("calendar.today"),
            click ->
                show(LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
    today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    weekTitle.setId("week-title");
    var toolbar = new HorizontalLayout(previous, next, today, weekTitle);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    week.addClassName("aftercare-week");
    week.setId("week");
    add(new H1(getTranslation("calendar.calendar")), toolbar, week);
    SignedInUser user = PortalSession.current().orElseThrow();
    add(new CalendarFeedCard(feeds, user.accountId(), zone));
    show(monday);
  }

  private void show(LocalDate weekStart) {
    monday = weekStart;
    weekTitle.setText(
        getTranslation(
            "calendar.week",
            SessionTimes.date(monday),
            SessionTimes.date(monday.plusDays(6)),
            zone.getId()));
    week.removeAll();
    List<GroupSession> all =
        sessions.between(
            monday.atStartOfDay(zone).toInstant(),
            monday.plusDays(7).atStartOfDay(zone).toInstant());
    for (int offset = 0; offset < 7; offset++) {
      LocalDate day = monday.plusDays(offset);
      var column = new Div();
      column.addClassName("aftercare-week-day");
      if (day.equals(LocalDate.now(zone))) {
        column.addClassName("aftercare-today");
      }
      var heading = new Span(SessionTimes.weekday(day, getLocale()));
      heading.addClassName("aftercare-week-day-name");
      column.add(heading);
      all.stream()
          .filter(session -> LocalDate.ofInstant(session.getStartsAt(), zone).equals(day))
          .forEach(session -> column.add(card(session)));
      week.add(column);
    }
  }

  private RouterLink card(GroupSession session) {
    var link = new RouterLink("", SessionView.class, SessionView.SESSION_ID.of(session.getId()));
    link.addClassName("aftercare-session-card");
    if (session.isCancelled()) {
      link.addClassName("aftercare-cancelled");
    }
    var time =
        new Span(
            SessionTimes.time(session.getStartsAt(), zone)
                + "–"
                + SessionTimes.time(session.getEndsAt(), zone));
    time.addClassName("aftercare-session-time");
    link.add(time, new Span(session.getGroup().getName()));
    if (session.isCancelled()) {
      link.add(new Span(getTranslation("calendar.cancelled")));
    } else if (session.isMoved()) {
      link.add(new Span(getTranslation("calendar.moved")));
    }
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.weekCalendar");
  }
}
