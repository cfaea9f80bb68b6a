package org.aftercare.ui.clients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.checkins.CheckIns;
import org.aftercare.engagement.Adherence;
import org.aftercare.engagement.AdherenceSummary;
import org.aftercare.shared.CsvFile;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.FlagText;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.components.SessionTimes;

/**
 * A client's engagement on their record: the last 30 days' adherence and flags, attendance as a
 * list and a three-month heat map, a CSV of it, the attestation letter, and the recovery start date
 * (which a clinician can reset after a lapse, the old one kept).
 */
class ClientEngagementSection extends VerticalLayout {

  private static final int HISTORY_DAYS = 90;

  ClientEngagementSection(
      UUID clientId,
      Adherence adherence,
      AttendanceService attendance,
      CheckIns checkIns,
      ZoneId zone,
      Runnable refresh) {
    setPadding(false);
    setId("client-engagement");
    LocalDate today = LocalDate.now(zone);
    AdherenceSummary summary = adherence.of(clientId, today.minusDays(29), today);
    add(new H2(getTranslation("clients.engagement.engagementLast30")));
    var figures = new Paragraph(describe(summary));
    figures.setId("adherence-summary");
    add(figures);
    if (!summary.flags().isEmpty()) {
      var flags = new Paragraph(FlagText.of(summary.flags()));
      flags.setId("client-flags");
      flags.addClassName("aftercare-error-text");
      add(flags);
    }

    Instant from = today.minusDays(HISTORY_DAYS).atStartOfDay(zone).toInstant();
    List<Attendance> history = attendance.historyOf(clientId, from, Instant.now());
    add(new H2(getTranslation("clients.engagement.attendance")));
    var months = new Div();
    months.addClassName("aftercare-figures");
    for (int back = 2; back >= 0; back--) {
      months.add(AttendanceCalendar.of(YearMonth.from(today).minusMonths(back), history, zone));
    }
    add(months);
    var grid = new Grid<Attendance>();
    grid.setId("attendance-history");
    grid.setAllRowsVisible(true);
    grid.addColumn(a -> SessionTimes.at(a.getSession().getStartsAt(), zone))
        .setHeader(getTranslation("clients.engagement.column.session"));
    grid.addColumn(a -> a.getSession().getGroup().getName())
        .setHeader(getTranslation("clients.engagement.column.group"));
    grid.addColumn(
            a ->
                Labels.of(a.getStatus(), a.getStatus().label())
                    + a.excuseReason().map(r -> " (" + r + ")").orElse("")
                    + (a.isSelfReported() ? getTranslation("clients.engagement.selfReported") : ""))
        .setHeader(getTranslation("clients.engagement.attendance"));
    grid.setItems(history);
    grid.setEmptyStateText(getTranslation("clients.engagement.grid.empty"));
    add(grid);
    DownloadHandler csv =
        event -> {
          event.setFileName("attendance.csv");
          event.setContentType("text/csv; charset=UTF-8");
          try (Writer out =
              new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            var file =
                new CsvFile(
                    out, "session_start", "group", "status", "excuse_reason", "self_reported");
            for (Attendance a : history) {
              file.row(
                  a.getSession().getStartsAt().atZone(zone).toOffsetDateTime(),
                  a.getSession().getGroup().getName(),
                  a.getStatus().name(),
                  a.excuseReason().orElse(null),
                  a.isSelfReported());
            }
            file.flush();
          }
        };
    var export = new Anchor(csv, getTranslation("clients.engagement.export"));
    export.setId("attendance-csv");
    var letter =
        new Anchor(
            "clients/"
                + clientId
                + "/attestation?from="
                + today.minusDays(HISTORY_DAYS)
                + "&to="
                + today,
            getTranslation("clients.engagement.letter"));
    letter.setId("attestation-link");
    letter.setTarget("_blank");
    add(new HorizontalLayout(export, letter));

    var restart = Pickers.date(getTranslation("clients.engagement.restart"));
    restart.setId("recovery-restart");
    restart.setMax(today);
    var save =
        new Button(
            getTranslation("clients.engagement.save"),
            click -> {
              try {
                checkIns.restartRecovery(clientId, restart.getValue());
                Notification.show(
                    getTranslation("clients.engagement.recoveryStartDate"),
                    3000,
                    Notification.Position.BOTTOM_START);
                refresh.run();
              } catch (InvalidInputException invalid) {
                new FieldErrors(restart).show(invalid);
              }
            });
    var reset = new HorizontalLayout(restart, save);
    reset.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(reset);
    var changes = checkIns.recoveryStartHistory(clientId);
    if (!changes.isEmpty()) {
      add(
          new Paragraph(
              getTranslation(
                  "clients.engagement.earlierStarts",
                  changes.stream()
                      .map(c -> String.valueOf(c.getPreviousDate()))
                      .collect(Collectors.joining(", ")))));
    }
  }

  private String describe(AdherenceSummary summary) {
    String rate =
        summary.attendanceRate().isPresent()
            ? getTranslation(
                "clients.engagement.rate", Math.round(summary.attendanceRate().getAsDouble() * 100))
            : getTranslation("clients.engagement.noSessionsYet");
    return getTranslation(
        "clients.engagement.summary",
        summary.sessionsAttended(),
        summary.sessionsScheduled(),
        rate,
        summary.sessionsExcused(),
        summary.currentStreak(),
        summary.consecutiveMisses(),
        summary.checkInDays());
  }
}
