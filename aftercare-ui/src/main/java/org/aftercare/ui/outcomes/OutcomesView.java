package org.aftercare.ui.outcomes;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.access.Role;
import org.aftercare.groups.GroupFilter;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.Modality;
import org.aftercare.identity.AccountService;
import org.aftercare.outcomes.MentorFigures;
import org.aftercare.outcomes.OutcomeReport;
import org.aftercare.outcomes.OutcomeScope;
import org.aftercare.outcomes.OutcomeScope.Reach;
import org.aftercare.outcomes.Outcomes;
import org.aftercare.outcomes.OutcomesCsv;
import org.aftercare.outcomes.Share;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.CsvDownload;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Figure;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PageHeader;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.outcomes.ShareBars.Bar;
import org.aftercare.ui.security.CurrentClinic;

/**
 * The figures a clinic is judged on, for a period of its days (the last 90 by default) and a scope:
 * the clinic, a group, a kind of group or a mentor's mentees. Figures, charts with text
 * alternatives, the mentors' table and a CSV of it all.
 */
@CdiComponent
@Route("outcomes")
@Menu(order = 3.5, title = "Outcomes")
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.CLINIC_ADMIN})
public class OutcomesView extends VerticalLayout implements HasDynamicTitle {

  /** What a scope picker offers: a group's or mentor's id, or a kind's name, and its label. */
  record Target(String value, String label) {}

  static final int DEFAULT_DAYS = 90;

  private final Outcomes outcomes;
  private final GroupService groups;
  private final AccountService accounts;
  private final ZoneId zone;

  private final DatePicker from = Pickers.date(getTranslation("outcomes.from"));
  private final DatePicker to = Pickers.date(getTranslation("outcomes.to"));
  private final Select<Reach> reach = new Select<>();
  private final ComboBox<Target> target = new ComboBox<>();
  private final FieldErrors errors = new FieldErrors(to).field("from", from).field("to", to);
  private final VerticalLayout results = new VerticalLayout();

  /**
   * What the page shows, which the CSV download writes as it is rather than asking for it again
   * (read outside the session lock, hence volatile).
   */
  private volatile Shown shown;

  private record Selection(OutcomeScope scope, String label, LocalDate from, LocalDate to) {}

  private record Shown(Selection selection, OutcomeReport report, List<MentorFigures> mentors) {}

  @Inject
  public OutcomesView(
      Outcomes outcomes, GroupService groups, AccountService accounts, CurrentClinic clinic) {
    this.outcomes = outcomes;
    this.groups = groups;
    this.accounts = accounts;
    this.zone = clinic.zone();
    addClassNames("aftercare-page", "aftercare-wide-page");
    results.setPadding(false);
    results.setId("outcome-results");
    add(createHeader(), createIntro(), createPickers(), results);
    refresh();
  }

  private PageHeader createHeader() {
    var export =
        new CsvDownload("outcomes", zone, csv -> writeCsv(csv))
            .asButton(
                "export-outcomes-csv",
                getTranslation("outcomes.export"),
                getTranslation("outcomes.export.title"));
    return new PageHeader(getTranslation("outcomes.outcomes"), export);
  }

  private void writeCsv(java.io.Writer csv) throws java.io.IOException {
    Shown figures = shown;
    if (figures == null) {
      return;
    }
    OutcomesCsv.write(figures.report(), figures.selection().label(), figures.mentors(), csv);
  }

  private Paragraph createIntro() {
    var intro = new Paragraph(getTranslation("outcomes.intro", zone.getId()));
    intro.addClassNames("text-secondary", "mt-0");
    return intro;
  }

  private FlexLayout createPickers() {
    LocalDate today = LocalDate.now(zone);
    from.setId("outcomes-from");
    from.setValue(today.minusDays(DEFAULT_DAYS - 1));
    from.setWidth("10rem");
    to.setId("outcomes-to");
    to.setValue(today);
    to.setWidth("10rem");
    reach.setId("outcomes-scope");
    reach.setLabel(getTranslation("outcomes.reach"));
    reach.setItems(Reach.values());
    reach.setItemLabelGenerator(this::reachLabel);
    reach.setValue(Reach.CLINIC);
    reach.setWidth("11rem");
    target.setId("outcomes-target");
    target.setItemLabelGenerator(Target::label);
    target.setWidth("16rem");
    target.setVisible(false);
    from.addValueChangeListener(change -> refresh());
    to.addValueChangeListener(change -> refresh());
    reach.addValueChangeListener(change -> chooseTargets());
    target.addValueChangeListener(change -> refresh());
    var pickers = new FlexLayout(from, to, reach, target);
    pickers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
    pickers.getStyle().set("gap", "var(--lumo-space-m)");
    return pickers;
  }

  private String reachLabel(Reach reach) {
    return switch (reach) {
      case CLINIC -> getTranslation("outcomes.reach.clinic");
      case GROUP -> getTranslation("outcomes.reach.group");
      case KIND_OF_GROUP -> getTranslation("outcomes.reach.kindOfGroup");
      case MENTOR -> getTranslation("outcomes.reach.mentor");
    };
  }

  private void chooseTargets() {
    Reach chosen = reach.getValue();
    target.clear();
    target.setVisible(chosen != Reach.CLINIC);
    switch (chosen) {
      case CLINIC -> target.setItems(List.of());
      case GROUP -> {
        target.setLabel(getTranslation("outcomes.target"));
        target.setItems(
            groups.list(new GroupFilter(null, null, null)).stream()
                .map(group -> new Target(group.getId().toString(), group.getName()))
                .toList());
      }
      case KIND_OF_GROUP -> {
        target.setLabel(getTranslation("outcomes.target.kindOfGroup"));
        target.setItems(
            java.util.Arrays.stream(Modality.values())
                .map(kind -> new Target(kind.name(), Labels.of(kind, kind.label())))
                .toList());
      }
      case MENTOR -> {
        target.setLabel(getTranslation("outcomes.target.mentor"));
        target.setItems(
            accounts.staff().stream()
                .filter(account -> account.getRoles().contains(Role.PEER_MENTOR))
                .map(account -> new Target(account.getId().toString(), account.getDisplayName()))
                .toList());
      }
    }
    refresh();
  }

  private void refresh() {
    errors.clear();
    results.removeAll();
    shown = null;
    if (from.isEmpty() || to.isEmpty()) {
      FieldErrors.showAt(from.isEmpty() ? from : to, getTranslation("outcomes.chooseADay"));
      return;
    }
    if (reach.getValue() != Reach.CLINIC && target.isEmpty()) {
      results.add(emptyState(getTranslation("outcomes.chooseTarget." + reach.getValue().name())));
      return;
    }
    Selection selection = selection();
    try {
      OutcomeReport report = outcomes.report(selection.scope(), selection.from(), selection.to());
      List<MentorFigures> mentors = outcomes.mentors(selection.from(), selection.to());
      shown = new Shown(selection, report, mentors);
      show(report, mentors);
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    }
  }

  private Selection selection() {
    OutcomeScope scope =
        reach.getValue() == Reach.CLINIC
            ? OutcomeScope.clinic()
            : new OutcomeScope(reach.getValue(), target.getValue().value());
    String label =
        reach.getValue() == Reach.CLINIC
            ? getTranslation("outcomes.reach.clinic")
            : target.getLabel() + ": " + target.getValue().label();
    return new Selection(scope, label, from.getValue(), to.getValue());
  }

  private void show(OutcomeReport report, List<MentorFigures> mentors) {
    results.add(
        new Paragraph(
            getTranslation(
                "outcomes.period",
                shown.selection().label(),
                SessionTimes.date(report.from()),
                SessionTimes.date(report.to()))));
    if (report.isEmpty()) {
      results.add(emptyState(getTranslation("outcomes.empty")));
    } else {
      results.add(createFigures(report), createShareChart(report), createWeeklySection(report));
    }
    results.add(createMentorSection(mentors));
  }

  private Div createFigures(OutcomeReport report) {
    var figures =
        new Div(
            new Figure(String.valueOf(report.clients()), getTranslation("outcomes.figure.clients"))
                .withValueId("outcome-clients"),
            new Figure(
                    String.valueOf(report.attendance().sessionsHeld()),
                    getTranslation("outcomes.figure.sessions"))
                .withValueId("outcome-sessions"),
            new Figure(
                    percent(report.attendance().rate()),
                    getTranslation("outcomes.figure.attendance"))
                .withValueId("outcome-attendance"),
            new Figure(
                    percent(report.retention().get(2).stillAttending()),
                    getTranslation("outcomes.figure.retention90"))
                .withValueId("outcome-retention-90"));
    figures.addClassNames("aftercare-figures", "aftercare-outcome-figures");
    return figures;
  }

  private Div createShareChart(OutcomeReport report) {
    var bars = new java.util.ArrayList<Bar>();
    report
        .retention()
        .forEach(
            r ->
                bars.add(
                    new Bar(
                        getTranslation("outcomes.bar.stillAttending", r.days()),
                        r.stillAttending())));
    bars.add(new Bar(getTranslation("outcomes.attendance"), report.attendance().rate()));
    var checkIns = report.checkIns();
    bars.add(
        new Bar(
            getTranslation("outcomes.bar.checkIns", checkIns.percentOfDays()), checkIns.engaged()));
    report
        .measures()
        .forEach(
            change ->
                bars.add(
                    new Bar(
                        getTranslation(
                            "outcomes.bar.measure", change.instrument().label(), change.points()),
                        change.improved())));
    var section =
        new Div(
            new H2(getTranslation("outcomes.retentionAndOutcomes")),
            ShareBars.of("outcome-chart", getTranslation("outcomes.outcomes"), bars));
    section.add(note(getTranslation("outcomes.bars.note")));
    return section;
  }

  private Div createWeeklySection(OutcomeReport report) {
    var section = new Div(new H2(getTranslation("outcomes.attendanceWeekBy")));
    // Holds the visually hidden table: positioned anywhere else, it would lengthen the page.
    section.addClassName("aftercare-outcome-section");
    if (report.weeks().isEmpty()) {
      section.add(emptyState(getTranslation("outcomes.weekly.empty")));
      return section;
    }
    section.add(WeeklyAttendanceChart.of(report.weeks()), weeklyTable(report));
    return section;
  }

  /** The weeks as a table for screen readers; the chart above shows them to the eye. */
  private Html weeklyTable(OutcomeReport report) {
    var table =
        new StringBuilder(
            String.format(
                "<table class=\"aftercare-visually-hidden\"><caption>%s</caption>"
                    + "<tr><th>%s</th><th>%s</th><th>%s</th></tr>",
                SvgText.escaped(getTranslation("outcomes.attendanceWeekBy")),
                SvgText.escaped(getTranslation("outcomes.table.weekOf")),
                SvgText.escaped(getTranslation("outcomes.table.attended")),
                SvgText.escaped(getTranslation("outcomes.table.expected"))));
    report
        .weeks()
        .forEach(
            week ->
                table
                    .append("<tr><td>")
                    .append(week.monday())
                    .append("</td><td>")
                    .append(week.rate().count())
                    .append("</td><td>")
                    .append(week.rate().of())
                    .append("</td></tr>"));
    return new Html(table.append("</table>").toString());
  }

  private Div createMentorSection(List<MentorFigures> mentors) {
    var section = new Div(new H2(getTranslation("outcomes.mentors")));
    if (mentors.isEmpty()) {
      section.add(emptyState(getTranslation("outcomes.mentors.empty")));
      return section;
    }
    var grid = new Grid<MentorFigures>();
    grid.setId("mentor-figures");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    grid.addColumn(MentorFigures::name)
        .setHeader(getTranslation("outcomes.target.mentor"))
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addColumn(MentorFigures::caseload)
        .setHeader(getTranslation("outcomes.column.caseload"))
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(
            mentor ->
                mentor.contactsPerMentee().isPresent()
                    ? String.format(getLocale(), "%.1f", mentor.contactsPerMentee().getAsDouble())
                    : "—")
        .setHeader(getTranslation("outcomes.column.contactsPerMentee"))
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(mentor -> percent(mentor.firstHalf()))
        .setHeader(getTranslation("outcomes.column.attendance1stHalf"))
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(mentor -> percent(mentor.secondHalf()))
        .setHeader(getTranslation("outcomes.column.2ndHalf"))
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(this::trend)
        .setHeader(getTranslation("outcomes.column.trend"))
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setTextAlign(ColumnTextAlign.END);
    grid.setItems(mentors);
    grid.setAllRowsVisible(true);
    section.add(grid);
    section.add(note(getTranslation("outcomes.mentors.note")));
    return section;
  }

  private String trend(MentorFigures mentor) {
    if (mentor.attendanceTrend().isEmpty()) {
      return "—";
    }
    int points = mentor.attendanceTrend().getAsInt();
    return getTranslation(
        "outcomes.trend.points", (points > 0 ? "+" : points < 0 ? "−" : "±") + Math.abs(points));
  }

  private static String percent(Share share) {
    return share.percent().isPresent() ? share.percent().getAsInt() + " %" : "—";
  }

  private static Paragraph emptyState(String text) {
    var empty = new Paragraph(text);
    empty.addClassName("aftercare-empty-state");
    return empty;
  }

  private static Paragraph note(String text) {
    var note = new Paragraph(text);
    note.addClassNames("text-secondary", "aftercare-outcome-note");
    return note;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.outcomes");
  }
}
