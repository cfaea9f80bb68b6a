package org.aftercare.ui.clients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.MeasureAssignment;
import org.aftercare.measures.MeasureResponse;
import org.aftercare.measures.MeasureSchedule;
import org.aftercare.measures.Measures;
import org.aftercare.measures.ScaleScore;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.components.SessionTimes;

/**
 * Standard measures on a client's record: assign one (once, or every so many days or weeks), the
 * assignments with their next due day, and the results over time — a list, and per measure a small
 * trend with its text alternative. Reading the results is audited by the service.
 */
class ClientMeasuresSection extends VerticalLayout {

  /** Shown as {@code clients.measures.repeat.<NAME>}. */
  private enum Repeat {
    ONCE,
    DAYS,
    WEEKS
  }

  private final UUID clientId;
  private final Measures measures;
  private final ZoneId zone;

  ClientMeasuresSection(UUID clientId, Measures measures, ZoneId zone) {
    this.clientId = clientId;
    this.measures = measures;
    this.zone = zone;
    setPadding(false);
    setId("client-measures");
    render();
  }

  private void render() {
    removeAll();
    add(new H2(getTranslation("clients.measures.standardMeasures")));
    add(createAssignForm());
    add(createAssignments(measures.assignmentsOf(clientId)));
    add(createResults(measures.resultsOf(clientId)));
  }

  private HorizontalLayout createAssignForm() {
    var instrument = new Select<Instrument>();
    instrument.setId("measure-instrument");
    instrument.setLabel(getTranslation("clients.measures.instrument"));
    instrument.setItems(Instrument.values());
    instrument.setItemLabelGenerator(Instrument::label);
    var repeat = new Select<Repeat>();
    repeat.setId("measure-repeat");
    repeat.setLabel(getTranslation("clients.measures.repeat"));
    repeat.setItems(Repeat.values());
    repeat.setItemLabelGenerator(
        choice -> getTranslation("clients.measures.repeat." + choice.name()));
    repeat.setValue(Repeat.ONCE);
    var every = new IntegerField(getTranslation("clients.measures.every"));
    every.setId("measure-every");
    every.setMin(1);
    every.setStepButtonsVisible(true);
    every.setVisible(false);
    repeat.addValueChangeListener(
        changed -> {
          every.setVisible(changed.getValue() != Repeat.ONCE);
          every.setSuffixComponent(
              new Div(
                  getTranslation(
                      changed.getValue() == Repeat.WEEKS
                          ? "clients.measures.every.weeks"
                          : "clients.measures.every.days")));
        });
    var errors = new FieldErrors(instrument).field("instrument", instrument).field("every", every);
    var assign =
        new Button(
            getTranslation("clients.measures.assign"),
            click -> {
              errors.clear();
              if (instrument.getValue() == null) {
                FieldErrors.showAt(instrument, getTranslation("clients.measures.chooseAMeasure"));
                return;
              }
              if (repeat.getValue() != Repeat.ONCE && every.getValue() == null) {
                FieldErrors.showAt(every, getTranslation("clients.measures.sayHowOften"));
                return;
              }
              try {
                measures.assign(
                    clientId, instrument.getValue(), schedule(repeat.getValue(), every.getValue()));
                Notification.show(
                    getTranslation("clients.measures.assigned", instrument.getValue().label()),
                    3000,
                    Notification.Position.BOTTOM_START);
                render();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    assign.setId("assign-measure");
    var form = new HorizontalLayout(instrument, repeat, every, assign);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    return form;
  }

  private static MeasureSchedule schedule(Repeat repeat, Integer every) {
    return switch (repeat) {
      case ONCE -> MeasureSchedule.once();
      case DAYS -> MeasureSchedule.everyDays(every);
      case WEEKS -> MeasureSchedule.everyWeeks(every);
    };
  }

  private VerticalLayout createAssignments(List<MeasureAssignment> assignments) {
    var section = new VerticalLayout();
    section.setPadding(false);
    if (assignments.isEmpty()) {
      section.add(new Paragraph(getTranslation("clients.measures.noMeasuresAssigned")));
      return section;
    }
    var grid = new Grid<MeasureAssignment>();
    grid.setId("measure-assignments");
    grid.setAllRowsVisible(true);
    grid.addColumn(assignment -> assignment.getInstrument().label())
        .setHeader(getTranslation("clients.measures.instrument"));
    grid.addColumn(assignment -> assignment.schedule().describe())
        .setHeader(getTranslation("clients.measures.repeat"));
    grid.addColumn(this::nextDueText).setHeader(getTranslation("clients.measures.column.nextDue"));
    grid.addComponentColumn(
            assignment -> {
              var stop =
                  new RowAction(
                      getTranslation("clients.measures.stop"), () -> confirmStop(assignment));
              stop.setVisible(assignment.nextDue().isPresent());
              return stop;
            })
        .setHeader("");
    grid.setItems(assignments);
    section.add(grid);
    return section;
  }

  private String nextDueText(MeasureAssignment assignment) {
    if (assignment.isStopped()) {
      return getTranslation("clients.measures.stopped");
    }
    return assignment
        .nextDue()
        .map(SessionTimes::date)
        .orElseGet(() -> getTranslation("clients.measures.answered"));
  }

  private void confirmStop(MeasureAssignment assignment) {
    Confirmation.of(
            getTranslation("clients.measures.stopDialog.title", assignment.getInstrument().label()),
            getTranslation("clients.measures.stopDialog.text"),
            getTranslation("clients.measures.stopDialog.confirm"),
            () -> {
              measures.stop(assignment.getId());
              render();
            })
        .open();
  }

  /**
   * "10 of 27"; an instrument with further scales (the BAM) names each, the stored one first: "Use
   * 1 of 12 · Risk factors 8 of 24 · Protective factors 18 of 24".
   */
  private String scoreText(MeasureResponse result) {
    var questionnaire = result.getInstrument().questionnaire();
    String total =
        getTranslation(
            "clients.measures.score", result.getTotalScore(), questionnaire.highestTotal());
    if (questionnaire.subscales().isEmpty()) {
      return total;
    }
    var parts = new ArrayList<String>();
    parts.add(ScaleWords.name(questionnaire.total()) + " " + total);
    for (ScaleScore scale : questionnaire.subscaleScores(result.answers())) {
      parts.add(
          ScaleWords.name(scale.scale())
              + " "
              + getTranslation("clients.measures.score", scale.points(), scale.scale().highest()));
    }
    return String.join(" · ", parts);
  }

  /** "PHQ-9"; "BAM · Use" where the chart shows one of several scales. */
  private static String chartTitle(Instrument instrument) {
    var questionnaire = instrument.questionnaire();
    return questionnaire.subscales().isEmpty()
        ? instrument.label()
        : instrument.label() + " · " + ScaleWords.name(questionnaire.total());
  }

  private static String bandText(MeasureResponse result) {
    var instrument = result.getInstrument();
    var questionnaire = instrument.questionnaire();
    var parts = new ArrayList<String>();
    parts.add(ScaleWords.band(instrument, questionnaire.total(), result.getBand()));
    questionnaire.subscaleScores(result.answers()).stream()
        .map(scale -> ScaleWords.band(instrument, scale.scale(), scale.band()))
        .forEach(parts::add);
    return String.join(" · ", parts);
  }

  private VerticalLayout createResults(List<MeasureResponse> results) {
    var section = new VerticalLayout();
    section.setPadding(false);
    section.add(new H3(getTranslation("clients.measures.results")));
    if (results.isEmpty()) {
      var none = new Paragraph(getTranslation("clients.measures.none"));
      none.setId("measure-results-empty");
      section.add(none);
      return section;
    }
    var grid = new Grid<MeasureResponse>();
    grid.setId("measure-results");
    grid.setAllRowsVisible(true);
    // The BAM's three scores and bands are longer than a column: they wrap rather than cut off.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(result -> SessionTimes.date(result.getCompletedAt(), zone))
        .setHeader(getTranslation("clients.measures.column.answered"));
    grid.addColumn(result -> result.getInstrument().label())
        .setHeader(getTranslation("clients.measures.instrument"));
    grid.addColumn(this::scoreText).setHeader(getTranslation("clients.measures.column.score"));
    grid.addColumn(ClientMeasuresSection::bandText)
        .setHeader(getTranslation("clients.measures.column.band"));
    grid.setItems(results.reversed());
    section.add(grid);
    Map<Instrument, List<MeasureResponse>> byInstrument =
        results.stream()
            .collect(
                Collectors.groupingBy(
                    MeasureResponse::getInstrument,
                    () -> new EnumMap<>(Instrument.class),
                    Collectors.toList()));
    var trends = new Div();
    trends.addClassName("aftercare-figures");
    byInstrument.forEach(
        (instrument, answered) -> {
          var trend = new Div();
          trend.setId("measure-trend-" + instrument.name().toLowerCase());
          trend.add(
              new Paragraph(chartTitle(instrument)), MeasureTrendChart.of(instrument, answered));
          trends.add(trend);
        });
    section.add(trends);
    return section;
  }
}
