package org.aftercare.ui.groups;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.clients.Client;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.shared.CsvFile;

/**
 * A group's attendance over the last eight weeks: a row per client, a column per held session, and
 * the same as CSV. An empty cell is a session nobody recorded for that client.
 */
class AttendanceMatrix extends VerticalLayout {

  private static final Duration SPAN = Duration.ofDays(56);
  private final DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", getLocale());

  AttendanceMatrix(
      UUID groupId, GroupSessions sessions, AttendanceService attendance, ZoneId zone) {
    setPadding(false);
    setId("attendance-matrix");
    Instant now = Instant.now();
    Instant from = now.minus(SPAN);
    List<GroupSession> held =
        sessions.between(from, now).stream()
            .filter(s -> s.getGroup().getId().equals(groupId) && !s.isCancelled())
            .toList();
    Map<UUID, Map<UUID, AttendanceStatus>> cells = new HashMap<>();
    Map<UUID, Client> people = new LinkedHashMap<>();
    for (Attendance record : attendance.ofGroup(groupId, from, now)) {
      people.putIfAbsent(record.getClient().getId(), record.getClient());
      cells
          .computeIfAbsent(record.getClient().getId(), id -> new HashMap<>())
          .put(record.getSession().getId(), record.getStatus());
    }
    List<Client> rows =
        people.values().stream().sorted(Comparator.comparing(Client::getDisplayName)).toList();
    add(new H2(getTranslation("groups.matrix.attendanceLast8")));
    var grid = new Grid<Client>();
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
    grid.setAllRowsVisible(true);
    grid.addColumn(Client::getDisplayName)
        .setHeader(getTranslation("groups.matrix.column.client"))
        .setFrozen(true)
        .setAutoWidth(true);
    for (GroupSession session : held) {
      grid.addColumn(c -> code(cells.getOrDefault(c.getId(), Map.of()).get(session.getId())))
          .setHeader(day.format(session.getStartsAt().atZone(zone)))
          .setAutoWidth(true);
    }
    grid.setItems(rows);
    grid.setEmptyStateText(getTranslation("groups.matrix.grid.empty"));
    add(grid);
    DownloadHandler csv =
        event -> {
          event.setFileName("group-attendance.csv");
          event.setContentType("text/csv; charset=UTF-8");
          try (Writer out =
              new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            var header = new ArrayList<String>(List.of("client"));
            held.forEach(s -> header.add(s.getStartsAt().atZone(zone).toLocalDate().toString()));
            var file = new CsvFile(out, header.toArray(String[]::new));
            for (Client client : rows) {
              var line = new ArrayList<Object>(List.of(client.getDisplayName()));
              for (GroupSession session : held) {
                AttendanceStatus status =
                    cells.getOrDefault(client.getId(), Map.of()).get(session.getId());
                line.add(status == null ? null : status.name());
              }
              file.row(line.toArray());
            }
            file.flush();
          }
        };
    var export = new Anchor(csv, getTranslation("groups.matrix.export"));
    export.setId("group-attendance-csv");
    add(export);
  }

  private String code(AttendanceStatus status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case PRESENT -> "✓";
      case LATE -> getTranslation("groups.matrix.late");
      case LEFT_EARLY -> getTranslation("groups.matrix.leftEarly");
      case ABSENT -> "✗";
      case EXCUSED -> getTranslation("groups.matrix.excused");
    };
  }
}
